// otelcol.exporter.debug (component/otelcol/exporter/debug).

import { arg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock } from "../config.js";

export const debugExporter: ComponentSchema = {
  name: "otelcol.exporter.debug",
  fields: [
    // Alloy's default is lower case; the converter writes the Collector level's String() ("Basic").
    arg("verbosity", "string", "basic"),
    arg("sampling_initial", "number", 2),
    arg("sampling_thereafter", "number", 1),
    arg("use_internal_logger", "bool", true),
    debugMetricsBlock,
  ],
};
