// The AWS connection settings ec2_sd_configs and lightsail_sd_configs share (prometheus
// discovery/aws), their defaults, and the matching arguments of discovery.ec2/lightsail.

import type { Values } from "../../../components/values.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { secret } from "../../shared/http-client.js";
import { int, string } from "../../yaml/types.js";

export const awsConnectionSource = {
  endpoint: string,
  region: string,
  access_key: string,
  secret_key: secret,
  profile: string,
  role_arn: string,
  refresh_interval: modelDuration,
  port: int,
};

export const awsConnectionDefaults = () => ({ port: 80, refresh_interval: 60_000 });

interface AwsConnection {
  endpoint?: string;
  region?: string;
  access_key?: string;
  secret_key?: string;
  profile?: string;
  role_arn?: string;
  refresh_interval?: number;
  port?: number;
}

export function awsConnectionValues(sd: AwsConnection): Values {
  return {
    endpoint: sd.endpoint,
    region: sd.region,
    access_key: sd.access_key,
    secret_key: sd.secret_key,
    profile: sd.profile,
    role_arn: sd.role_arn,
    refresh_interval: goDurationOf(sd.refresh_interval),
    port: sd.port,
  };
}
