// discovery.serverset (grafana/alloy internal/component/discovery/serverset): arguments in
// Go struct order with SetToDefault's defaults.

import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryServerset: ComponentSchema = {
  name: "discovery.serverset",
  fields: [requiredArg("servers", "list"), requiredArg("paths", "list"), arg("timeout", "duration", new Duration(10_000))],
};
