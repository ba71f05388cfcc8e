// The Agent's postgres_exporter integration (static/integrations/postgres_exporter) →
// prometheus.exporter.postgres, database discovery and pg_stat_statements settings in blocks.

import { postgresExporter } from "../../../components/prometheus/exporter/postgres.js";
import { secret } from "../../shared/http-client.js";
import { bool, list, string, uint } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const postgresIntegration = exporterIntegration({
  v1Name: "postgres_exporter",
  v2Name: "postgres_configs",
  goName: "postgres_exporter.Config",
  fields: {
    data_source_names: list(secret, "[]config.Secret"),
    disable_settings_metrics: bool,
    autodiscover_databases: bool,
    exclude_databases: list(string),
    include_databases: list(string),
    disable_default_metrics: bool,
    query_path: string,
    enabled_collectors: list(string),
    stat_statement_include_query: bool,
    stat_statement_query_length: uint,
  },
  defaults: () => ({ stat_statement_query_length: 120 }),
  exporter: (cfg) => ({
    component: postgresExporter,
    values: {
      // Alloy's converter always makes the list, so an empty one is written as [].
      data_source_names: cfg.data_source_names ?? [],
      disable_settings_metrics: cfg.disable_settings_metrics,
      disable_default_metrics: cfg.disable_default_metrics,
      custom_queries_config_path: cfg.query_path,
      autodiscovery: {
        enabled: cfg.autodiscover_databases,
        database_allowlist: cfg.include_databases,
        database_denylist: cfg.exclude_databases,
      },
      stat_statements: { include_query: cfg.stat_statement_include_query, query_length: cfg.stat_statement_query_length },
    },
  }),
});
