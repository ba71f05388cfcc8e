// prometheus.exporter.snowflake (component/prometheus/exporter/snowflake Arguments), Go field
// order and SetToDefault.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";

export const snowflakeExporter: ComponentSchema = {
  name: "prometheus.exporter.snowflake",
  fields: [
    requiredArg("account_name", "string"),
    requiredArg("username", "string"),
    arg("password", "string"),
    arg("private_key_path", "string"),
    arg("private_key_password", "string"),
    arg("role", "string", "ACCOUNTADMIN"),
    requiredArg("warehouse", "string"),
    arg("exclude_deleted_tables", "bool"),
    arg("enable_driver_trace_logs", "bool"),
  ],
};
