// discovery.ec2 (grafana/alloy internal/component/discovery/aws/ec2.go EC2Arguments).

import { httpClientFields } from "../common/http-client.js";
import { arg, blocksOf, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";
import { nameValuesFilterFields } from "./filter.js";

export const discoveryEc2: ComponentSchema = {
  name: "discovery.ec2",
  fields: [
    arg("endpoint", "string"),
    arg("region", "string"),
    arg("access_key", "string"),
    arg("secret_key", "string"),
    arg("profile", "string"),
    arg("role_arn", "string"),
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
    blocksOf("filter", nameValuesFilterFields),
    ...httpClientFields,
  ],
};
