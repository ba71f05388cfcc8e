// prometheus.exporter.windows (component/prometheus/exporter/windows Arguments), Go field
// order. Its SetToDefault lives in a Windows-only file, so the Linux build `alloy convert`
// is pinned to has none: every default is Go's zero value. The collector blocks are value
// structs (left out while all zero) except msmq, text_file and textfile, which are pointers.

import { arg, blockOf, type ComponentSchema, type Schema } from "../../schema.js";

function collector(name: string, fields: Schema) {
  return blockOf(name, fields, { omitWhenEmpty: true });
}

const includeFirst: Schema = [arg("include", "string"), arg("exclude", "string")];
const excludeFirst: Schema = [arg("exclude", "string"), arg("include", "string")];

const listsAndRegexes: Schema = [
  arg("blacklist", "string"),
  arg("whitelist", "string"),
  arg("exclude", "string"),
  arg("include", "string"),
];

const textFile: Schema = [arg("text_file_directory", "string"), arg("directories", "list")];

const enabledList: Schema = [arg("enabled_list", "list")];

export const windowsExporter: ComponentSchema = {
  name: "prometheus.exporter.windows",
  fields: [
    arg("enabled_collectors", "list"),
    collector("dfsr", [arg("sources_enabled", "list")]),
    collector("exchange", enabledList),
    collector("iis", [
      arg("app_blacklist", "string"),
      arg("app_whitelist", "string"),
      arg("site_blacklist", "string"),
      arg("site_whitelist", "string"),
      arg("app_exclude", "string"),
      arg("app_include", "string"),
      arg("site_exclude", "string"),
      arg("site_include", "string"),
    ]),
    collector("logical_disk", [
      arg("enabled_list", "list"),
      arg("blacklist", "string"),
      arg("whitelist", "string"),
      arg("include", "string"),
      arg("exclude", "string"),
    ]),
    blockOf("msmq", [arg("where_clause", "string")]),
    collector("mssql", [arg("enabled_classes", "list")]),
    collector("network", listsAndRegexes),
    collector("physical_disk", includeFirst),
    collector("printer", excludeFirst),
    collector("process", [
      ...listsAndRegexes,
      arg("enable_iis_worker_process", "bool"),
      arg("counter_version", "number"),
    ]),
    collector("scheduled_task", excludeFirst),
    collector("service", [
      ...includeFirst,
      // Deprecated no-ops, Go *string fields.
      arg("use_api", "string"),
      arg("where_clause", "string"),
      arg("enable_v2_collector", "string"),
    ]),
    collector("smb", enabledList),
    collector("smb_client", enabledList),
    collector("smtp", listsAndRegexes),
    blockOf("text_file", textFile),
    blockOf("textfile", textFile),
    collector("tcp", enabledList),
    collector("update", [arg("online", "bool"), arg("scrape_interval", "duration")]),
    collector("filetime", [arg("file_patterns", "list")]),
    collector("performancecounter", [arg("objects", "string")]),
    collector("mscluster", enabledList),
    collector("netframework", enabledList),
    collector("dns", enabledList),
    collector("net", [arg("enabled_list", "list"), arg("exclude", "string"), arg("include", "string")]),
  ],
};
