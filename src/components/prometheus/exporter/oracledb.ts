// prometheus.exporter.oracledb (component/prometheus/exporter/oracledb Arguments), Go field
// order and SetToDefault (the arguments Alloy's static converter fills).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";

export const oracledbExporter: ComponentSchema = {
  name: "prometheus.exporter.oracledb",
  fields: [
    requiredArg("connection_string", "string"),
    arg("max_idle_conns", "number"),
    arg("max_open_conns", "number", 10),
    arg("query_timeout", "number", 5),
  ],
};
