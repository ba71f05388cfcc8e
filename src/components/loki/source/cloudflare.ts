// loki.source.cloudflare (grafana/alloy internal/component/loki/source/cloudflare).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const lokiSourceCloudflare: ComponentSchema = {
  name: "loki.source.cloudflare",
  fields: [
    requiredArg("api_token", "string"),
    requiredArg("zone_id", "string"),
    arg("labels", "map"),
    arg("workers", "number", 3),
    arg("pull_range", "duration", new Duration(60_000)),
    arg("fields_type", "string", "default"),
    arg("additional_fields", "list"),
    requiredArg("forward_to", "expr"),
  ],
};
