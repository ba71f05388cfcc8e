// linode_sd_configs (prometheus/prometheus discovery/linode SDConfig) → discovery.linode,
// as grafana/alloy's prometheusconvert maps it.

import { discoveryLinode } from "../../../components/discovery/linode.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { int, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const linodeSource = struct(
  "linode.plain",
  {
    ...httpClientSource,
    refresh_interval: modelDuration,
    port: int,
    tag_separator: string,
    region: string,
  },
  {
    defaults: () => ({ ...httpClientDefaults(), tag_separator: ",", port: 80, region: "", refresh_interval: 60_000 }),
    validate: (c, _ctx, line) => validateHttpClient(c, line),
  },
);

export const linode: DiscoveryConverter<Infer<typeof linodeSource>> = {
  key: "linode_sd_configs",
  source: linodeSource,
  component: discoveryLinode,
  toValues: (sd, diags) => ({
    refresh_interval: goDurationOf(sd.refresh_interval),
    port: sd.port,
    tag_separator: sd.tag_separator,
    region: sd.region,
    ...httpClientValues(sd, diags),
  }),
};
