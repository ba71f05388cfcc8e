// The Agent's oracledb integration (static/integrations/oracledb_exporter) →
// prometheus.exporter.oracledb. Alloy's converter passes the connection string and pool
// settings only; the credentials and metric files it leaves out.

import { oracledbExporter } from "../../../components/prometheus/exporter/oracledb.js";
import { secret } from "../../shared/http-client.js";
import { int, list, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const oracledbIntegration = exporterIntegration({
  v1Name: "oracledb",
  v2Name: "oracledb_configs",
  goName: "oracledb_exporter.Config",
  fields: {
    connection_string: secret,
    max_idle_connections: int,
    max_open_connections: int,
    query_timeout: int,
    username: string,
    password: secret,
    default_metrics: string,
    custom_metrics: list(string),
  },
  defaults: () => ({ max_open_connections: 10, query_timeout: 5 }),
  exporter: (cfg) => ({
    component: oracledbExporter,
    values: {
      connection_string: cfg.connection_string,
      max_idle_conns: cfg.max_idle_connections,
      max_open_conns: cfg.max_open_connections,
      query_timeout: cfg.query_timeout,
    },
  }),
});
