// discovery.lightsail (grafana/alloy internal/component/discovery/aws LightsailArguments):
// arguments in Go struct order with SetToDefault's defaults, then the squashed HTTP client.

import { httpClientFields } from "../common/http-client.js";
import { arg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryLightsail: ComponentSchema = {
  name: "discovery.lightsail",
  fields: [
    arg("endpoint", "string"),
    arg("region", "string"),
    arg("access_key", "string"),
    arg("secret_key", "string"),
    arg("profile", "string"),
    arg("role_arn", "string"),
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
    ...httpClientFields,
  ],
};
