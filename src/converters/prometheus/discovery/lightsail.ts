// lightsail_sd_configs (prometheus/prometheus discovery/aws LightsailSDConfig) →
// discovery.lightsail, as grafana/alloy's prometheusconvert maps it.

import { discoveryLightsail } from "../../../components/discovery/lightsail.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, secret, validateHttpClient } from "../../shared/http-client.js";
import { DecodeFailure, int, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const lightsailSource = struct(
  "aws.plain",
  {
    endpoint: string,
    region: string,
    access_key: string,
    secret_key: secret,
    profile: string,
    role_arn: string,
    refresh_interval: modelDuration,
    port: int,
    ...httpClientSource,
  },
  {
    defaults: () => ({ ...httpClientDefaults(), port: 80, refresh_interval: 60_000 }),
    validate(c, _ctx, line) {
      // Upstream asks the EC2 metadata service for a missing region; a converter runs
      // off EC2, where that lookup fails with this text.
      if (!c.region) throw new DecodeFailure("Lightsail SD configuration requires a region", line);
      validateHttpClient(c, line);
    },
  },
);

export const lightsail: DiscoveryConverter<Infer<typeof lightsailSource>> = {
  key: "lightsail_sd_configs",
  source: lightsailSource,
  component: discoveryLightsail,
  toValues: (sd, diags) => ({
    endpoint: sd.endpoint,
    region: sd.region,
    access_key: sd.access_key,
    secret_key: sd.secret_key,
    profile: sd.profile,
    role_arn: sd.role_arn,
    refresh_interval: goDurationOf(sd.refresh_interval),
    port: sd.port,
    ...httpClientValues(sd, diags),
  }),
};
