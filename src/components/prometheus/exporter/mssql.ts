// prometheus.exporter.mssql (component/prometheus/exporter/mssql Arguments), Go field order
// and SetToDefault.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const mssqlExporter: ComponentSchema = {
  name: "prometheus.exporter.mssql",
  fields: [
    requiredArg("connection_string", "string"),
    arg("connection_name", "string"),
    arg("max_idle_connections", "number", 3),
    arg("max_open_connections", "number", 3),
    arg("timeout", "duration", new Duration(10_000)),
    arg("query_config", "string"),
  ],
};
