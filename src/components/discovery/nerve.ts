// discovery.nerve (grafana/alloy internal/component/discovery/nerve): arguments in Go
// struct order with SetToDefault's defaults.

import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryNerve: ComponentSchema = {
  name: "discovery.nerve",
  fields: [requiredArg("servers", "list"), requiredArg("paths", "list"), arg("timeout", "duration", new Duration(10_000))],
};
