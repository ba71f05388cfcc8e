// prometheus.exporter.mysql (component/prometheus/exporter/mysql Arguments), Go field order
// and SetToDefault. The collector blocks are Go value structs without defaults of their own:
// their defaults are the parent's (defaultValue), and once a block is written its fields
// are compared with zero.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";

export const mysqlExporter: ComponentSchema = {
  name: "prometheus.exporter.mysql",
  fields: [
    arg("data_source_name", "string"),
    arg("enable_collectors", "list"),
    arg("disable_collectors", "list"),
    arg("set_collectors", "list"),
    arg("lock_wait_timeout", "number", 2),
    arg("log_slow_filter", "bool"),
    blockOf("info_schema.processlist", [arg("min_time", "number"), arg("processes_by_user", "bool"), arg("processes_by_host", "bool")], {
      omitWhenEmpty: true,
      defaultValue: { processes_by_user: true, processes_by_host: true },
    }),
    blockOf("info_schema.tables", [arg("databases", "string")], { omitWhenEmpty: true, defaultValue: { databases: "*" } }),
    blockOf("perf_schema.eventsstatements", [arg("limit", "number"), arg("time_limit", "number"), arg("text_limit", "number")], {
      omitWhenEmpty: true,
      defaultValue: { limit: 250, time_limit: 86400, text_limit: 120 },
    }),
    blockOf("perf_schema.file_instances", [arg("filter", "string"), arg("remove_prefix", "string")], {
      omitWhenEmpty: true,
      defaultValue: { filter: ".*", remove_prefix: "/var/lib/mysql" },
    }),
    blockOf("perf_schema.memory_events", [arg("remove_prefix", "string")], {
      omitWhenEmpty: true,
      defaultValue: { remove_prefix: "memory/" },
    }),
    blockOf("heartbeat", [arg("database", "string"), arg("table", "string"), arg("utc", "bool")], {
      omitWhenEmpty: true,
      defaultValue: { database: "heartbeat", table: "heartbeat" },
    }),
    blockOf("mysql.user", [arg("privileges", "bool")], { omitWhenEmpty: true }),
  ],
};
