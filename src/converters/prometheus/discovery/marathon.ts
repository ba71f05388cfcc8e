// marathon_sd_configs (prometheus/prometheus discovery/marathon SDConfig) →
// discovery.marathon, as grafana/alloy's prometheusconvert maps it.

import { discoveryMarathon } from "../../../components/discovery/marathon.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, secret, validateHttpClient } from "../../shared/http-client.js";
import { DecodeFailure, list, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const marathonSource = struct(
  "marathon.plain",
  {
    servers: list(string),
    refresh_interval: modelDuration,
    auth_token: secret,
    auth_token_file: string,
    ...httpClientSource,
  },
  {
    defaults: () => ({ ...httpClientDefaults(), refresh_interval: 30_000 }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (!c.servers?.length) fail("marathon_sd: must contain at least one Marathon server");
      if (c.auth_token && c.auth_token_file) fail("marathon_sd: at most one of auth_token & auth_token_file must be configured");
      if (c.auth_token || c.auth_token_file) {
        if (c.basic_auth) fail("marathon_sd: at most one of basic_auth, auth_token & auth_token_file must be configured");
        if (c.bearer_token || c.bearer_token_file) {
          fail("marathon_sd: at most one of bearer_token, bearer_token_file, auth_token & auth_token_file must be configured");
        }
        if (c.authorization) fail("marathon_sd: at most one of auth_token, auth_token_file & authorization must be configured");
      }
      validateHttpClient(c, line);
    },
  },
);

export const marathon: DiscoveryConverter<Infer<typeof marathonSource>> = {
  key: "marathon_sd_configs",
  source: marathonSource,
  component: discoveryMarathon,
  toValues: (sd, diags) => ({
    servers: sd.servers ?? [],
    refresh_interval: goDurationOf(sd.refresh_interval),
    auth_token: sd.auth_token,
    auth_token_file: sd.auth_token_file,
    ...httpClientValues(sd, diags),
  }),
};
