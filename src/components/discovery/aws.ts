// The AWS connection arguments discovery.ec2 and discovery.lightsail both start with.

import { arg, type Schema } from "../schema.js";
import { Duration } from "../values.js";

export const awsConnectionFields: Schema = [
  arg("endpoint", "string"),
  arg("region", "string"),
  arg("access_key", "string"),
  arg("secret_key", "string"),
  arg("profile", "string"),
  arg("role_arn", "string"),
  arg("refresh_interval", "duration", new Duration(60_000)),
  arg("port", "number", 80),
];
