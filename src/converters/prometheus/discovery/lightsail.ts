// lightsail_sd_configs (prometheus/prometheus discovery/aws LightsailSDConfig) →
// discovery.lightsail, as grafana/alloy's prometheusconvert maps it.

import { discoveryLightsail } from "../../../components/discovery/lightsail.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { DecodeFailure, struct, type Infer } from "../../yaml/types.js";
import { awsConnectionDefaults, awsConnectionSource, awsConnectionValues } from "./aws.js";
import type { DiscoveryConverter } from "./registry.js";

const lightsailSource = struct(
  "aws.plain",
  {
    ...awsConnectionSource,
    ...httpClientSource,
  },
  {
    defaults: () => ({ ...httpClientDefaults(), ...awsConnectionDefaults() }),
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
    ...awsConnectionValues(sd),
    ...httpClientValues(sd, diags),
  }),
};
