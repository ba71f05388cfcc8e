// otelcol.exporter.file (component/otelcol/exporter/file): rotation and group_by are
// pointer blocks with their own defaults.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock } from "../config.js";

export const fileExporter: ComponentSchema = {
  name: "otelcol.exporter.file",
  fields: [
    requiredArg("path", "string"),
    arg("append", "bool"),
    blockOf("rotation", [
      arg("max_megabytes", "number", 100),
      arg("max_days", "number"),
      arg("max_backups", "number", 100),
      arg("localtime", "bool"),
    ]),
    arg("format", "string", "json"),
    arg("encoding", "string"),
    arg("compression", "string"),
    // Inferred from the corpus (written after compression, left out at level 0): a value block.
    blockOf("compression_params", [requiredArg("level", "number")], { omitWhenEmpty: true }),
    arg("flush_interval", "duration", new Duration(1000)),
    blockOf("group_by", [
      arg("enabled", "bool"),
      arg("resource_attribute", "string", "fileexporter.path_segment"),
      arg("max_open_files", "number", 100),
    ]),
    debugMetricsBlock,
  ],
};
