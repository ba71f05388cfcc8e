// discovery.lightsail (grafana/alloy internal/component/discovery/aws LightsailArguments):
// arguments in Go struct order with SetToDefault's defaults, then the squashed HTTP client.

import { httpClientFields } from "../common/http-client.js";
import type { ComponentSchema } from "../schema.js";
import { awsConnectionFields } from "./aws.js";

export const discoveryLightsail: ComponentSchema = {
  name: "discovery.lightsail",
  fields: [
    ...awsConnectionFields,
    ...httpClientFields,
  ],
};
