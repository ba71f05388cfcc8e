// ionos_sd_configs (prometheus/prometheus discovery/ionos SDConfig) → discovery.ionos.

import { discoveryIonos } from "../../../components/discovery/ionos.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { DecodeFailure, int, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const ionosSource = struct(
  "ionos.plain",
  { ...httpClientSource, datacenter_id: string, refresh_interval: modelDuration, port: int },
  {
    defaults: () => ({ refresh_interval: 60_000, port: 80, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      if (!c.datacenter_id) throw new DecodeFailure("datacenter id can't be empty", line);
      validateHttpClient(c, line);
    },
  },
);

export const ionos: DiscoveryConverter<Infer<typeof ionosSource>> = {
  key: "ionos_sd_configs",
  source: ionosSource,
  component: discoveryIonos,
  toValues: (sd, diags) => ({
    datacenter_id: sd.datacenter_id,
    ...httpClientValues(sd, diags),
    refresh_interval: goDurationOf(sd.refresh_interval),
    port: sd.port,
  }),
};
