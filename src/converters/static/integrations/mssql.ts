// The Agent's mssql integration (static/integrations/mssql) → prometheus.exporter.mssql.
// Alloy's converter passes the connection settings and leaves query_config out.

import { mssqlExporter } from "../../../components/prometheus/exporter/mssql.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { secret } from "../../shared/http-client.js";
import { int, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";
import { rawYaml } from "./raw-yaml.js";

export const mssqlIntegration = exporterIntegration({
  v1Name: "mssql",
  v2Name: "mssql_configs",
  goName: "mssql.Config",
  fields: {
    connection_string: secret,
    connection_name: string,
    max_idle_connections: int,
    max_open_connections: int,
    timeout: goDuration,
    query_config: rawYaml,
  },
  defaults: () => ({ max_idle_connections: 3, max_open_connections: 3, timeout: new Duration(10_000) }),
  exporter: (cfg) => ({
    component: mssqlExporter,
    values: {
      connection_string: cfg.connection_string,
      connection_name: cfg.connection_name,
      max_idle_connections: cfg.max_idle_connections,
      max_open_connections: cfg.max_open_connections,
      timeout: cfg.timeout,
    },
  }),
});
