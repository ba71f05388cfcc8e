// discovery.gce (grafana/alloy internal/component/discovery/gce).

import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryGce: ComponentSchema = {
  name: "discovery.gce",
  fields: [
    requiredArg("project", "string"),
    requiredArg("zone", "string"),
    arg("filter", "string"),
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
    arg("tag_separator", "string", ","),
  ],
};
