// The Agent's snowflake integration (static/integrations/snowflake_exporter) →
// prometheus.exporter.snowflake. The Agent reads the driver's trace switch from `enable_tracing`.

import { snowflakeExporter } from "../../../components/prometheus/exporter/snowflake.js";
import { secret } from "../../shared/http-client.js";
import { bool, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const snowflakeIntegration = exporterIntegration({
  v1Name: "snowflake",
  v2Name: "snowflake_configs",
  goName: "snowflake_exporter.Config",
  fields: {
    account_name: string,
    username: string,
    password: secret,
    private_key_path: string,
    private_key_password: secret,
    role: string,
    warehouse: string,
    exclude_deleted_tables: bool,
    enable_tracing: bool,
  },
  defaults: () => ({ role: "ACCOUNTADMIN" }),
  exporter: (cfg) => ({
    component: snowflakeExporter,
    values: {
      account_name: cfg.account_name,
      username: cfg.username,
      password: cfg.password,
      private_key_path: cfg.private_key_path,
      private_key_password: cfg.private_key_password,
      role: cfg.role,
      warehouse: cfg.warehouse,
      exclude_deleted_tables: cfg.exclude_deleted_tables,
      enable_driver_trace_logs: cfg.enable_tracing,
    },
  }),
});
