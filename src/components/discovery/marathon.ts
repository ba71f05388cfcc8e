// discovery.marathon (grafana/alloy internal/component/discovery/marathon): arguments in
// Go struct order with SetToDefault's defaults, then the squashed HTTP client config.

import { httpClientFields } from "../common/http-client.js";
import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryMarathon: ComponentSchema = {
  name: "discovery.marathon",
  fields: [
    requiredArg("servers", "list"),
    arg("refresh_interval", "duration", new Duration(30_000)),
    arg("auth_token", "string"),
    arg("auth_token_file", "string"),
    ...httpClientFields,
  ],
};
