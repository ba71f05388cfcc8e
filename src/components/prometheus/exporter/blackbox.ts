// prometheus.exporter.blackbox (component/prometheus/exporter/blackbox Arguments), Go field
// order and SetToDefault.

import { arg, blocksOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const blackboxExporter: ComponentSchema = {
  name: "prometheus.exporter.blackbox",
  fields: [
    arg("config_file", "string"),
    /** An optional secret, written as a plain string when not secret. */
    arg("config", "string"),
    blocksOf("target", [requiredArg("name", "string"), requiredArg("address", "string"), arg("module", "string"), arg("labels", "map")]),
    arg("probe_timeout_offset", "duration", new Duration(500)),
    arg("targets", "list"),
  ],
};
