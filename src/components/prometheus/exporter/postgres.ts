// prometheus.exporter.postgres (component/prometheus/exporter/postgres Arguments), Go field
// order and SetToDefault. Its blocks are Go value structs: their defaults are the parent's
// (defaultValue), and once a block is written its fields are compared with zero.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";

export const postgresExporter: ComponentSchema = {
  name: "prometheus.exporter.postgres",
  fields: [
    arg("data_source_names", "list"),
    arg("disable_settings_metrics", "bool"),
    arg("disable_default_metrics", "bool"),
    arg("custom_queries_config_path", "string"),
    arg("enabled_collectors", "list"),
    blockOf("autodiscovery", [arg("enabled", "bool"), arg("database_allowlist", "list"), arg("database_denylist", "list")], {
      omitWhenEmpty: true,
    }),
    blockOf("stat_statements", [arg("include_query", "bool"), arg("query_length", "number")], {
      omitWhenEmpty: true,
      defaultValue: { query_length: 120 },
    }),
  ],
};
