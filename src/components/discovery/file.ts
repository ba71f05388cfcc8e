// discovery.file (grafana/alloy internal/component/discovery/file).

import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryFile: ComponentSchema = {
  name: "discovery.file",
  fields: [requiredArg("files", "list"), arg("refresh_interval", "duration", new Duration(5 * 60_000))],
};
