// ec2_sd_configs (prometheus/prometheus discovery/aws EC2SDConfig) → discovery.ec2.

import { discoveryEc2 } from "../../../components/discovery/ec2.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { DecodeFailure, list, string, struct, type Infer } from "../../yaml/types.js";
import { awsConnectionDefaults, awsConnectionSource, awsConnectionValues } from "./aws.js";
import type { DiscoveryConverter } from "./registry.js";

const ec2FilterSource = struct("aws.EC2Filter", { name: string, values: list(string) });

const ec2Source = struct(
  "aws.plain",
  {
    ...awsConnectionSource,
    filters: list(ec2FilterSource),
    ...httpClientSource,
  },
  {
    defaults: () => ({ ...awsConnectionDefaults(), ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      // Without a region Prometheus asks the EC2 metadata service, which a conversion
      // cannot reach; its failure is this error.
      if (!c.region) throw new DecodeFailure("EC2 SD configuration requires a region", line);
      if ((c.filters ?? []).some((f) => !f.values || f.values.length === 0)) {
        throw new DecodeFailure("EC2 SD configuration filter values cannot be empty", line);
      }
      validateHttpClient(c, line);
    },
  },
);

export const ec2: DiscoveryConverter<Infer<typeof ec2Source>> = {
  key: "ec2_sd_configs",
  source: ec2Source,
  component: discoveryEc2,
  toValues: (sd, diags) => ({
    ...awsConnectionValues(sd),
    filter: (sd.filters ?? []).map((f) => ({ name: f.name ?? "", values: f.values ?? [] })),
    ...httpClientValues(sd, diags),
  }),
};
