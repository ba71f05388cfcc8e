// The Agent's mysqld_exporter integration (static/integrations/mysqld_exporter) →
// prometheus.exporter.mysql: the flat collector settings go into Alloy's per-collector blocks.

import { mysqlExporter } from "../../../components/prometheus/exporter/mysql.js";
import { secret } from "../../shared/http-client.js";
import { bool, int, list, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const mysqldIntegration = exporterIntegration({
  v1Name: "mysqld_exporter",
  v2Name: "mysql_configs",
  goName: "mysqld_exporter.Config",
  fields: {
    data_source_name: secret,
    enable_collectors: list(string),
    disable_collectors: list(string),
    set_collectors: list(string),
    lock_wait_timeout: int,
    log_slow_filter: bool,
    info_schema_processlist_min_time: int,
    info_schema_processlist_processes_by_user: bool,
    info_schema_processlist_processes_by_host: bool,
    info_schema_tables_databases: string,
    perf_schema_eventsstatements_limit: int,
    perf_schema_eventsstatements_time_limit: int,
    perf_schema_eventsstatements_digtext_text_limit: int,
    perf_schema_file_instances_filter: string,
    perf_schema_file_instances_remove_prefix: string,
    perf_schema_memory_events_remove_prefix: string,
    heartbeat_database: string,
    heartbeat_table: string,
    heartbeat_utc: bool,
    mysql_user_privileges: bool,
  },
  defaults: () => ({
    lock_wait_timeout: 2,
    info_schema_processlist_processes_by_user: true,
    info_schema_processlist_processes_by_host: true,
    info_schema_tables_databases: "*",
    perf_schema_eventsstatements_limit: 250,
    perf_schema_eventsstatements_time_limit: 86400,
    perf_schema_eventsstatements_digtext_text_limit: 120,
    perf_schema_file_instances_filter: ".*",
    perf_schema_file_instances_remove_prefix: "/var/lib/mysql",
    perf_schema_memory_events_remove_prefix: "memory/",
    heartbeat_database: "heartbeat",
    heartbeat_table: "heartbeat",
  }),
  exporter: (cfg) => ({
    component: mysqlExporter,
    values: {
      data_source_name: cfg.data_source_name,
      enable_collectors: cfg.enable_collectors,
      disable_collectors: cfg.disable_collectors,
      set_collectors: cfg.set_collectors,
      lock_wait_timeout: cfg.lock_wait_timeout,
      log_slow_filter: cfg.log_slow_filter,
      "info_schema.processlist": {
        min_time: cfg.info_schema_processlist_min_time,
        processes_by_user: cfg.info_schema_processlist_processes_by_user,
        processes_by_host: cfg.info_schema_processlist_processes_by_host,
      },
      "info_schema.tables": { databases: cfg.info_schema_tables_databases },
      "perf_schema.eventsstatements": {
        limit: cfg.perf_schema_eventsstatements_limit,
        time_limit: cfg.perf_schema_eventsstatements_time_limit,
        text_limit: cfg.perf_schema_eventsstatements_digtext_text_limit,
      },
      "perf_schema.file_instances": {
        filter: cfg.perf_schema_file_instances_filter,
        remove_prefix: cfg.perf_schema_file_instances_remove_prefix,
      },
      "perf_schema.memory_events": { remove_prefix: cfg.perf_schema_memory_events_remove_prefix },
      heartbeat: { database: cfg.heartbeat_database, table: cfg.heartbeat_table, utc: cfg.heartbeat_utc },
      "mysql.user": { privileges: cfg.mysql_user_privileges },
    },
  }),
});
