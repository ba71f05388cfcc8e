// loki.process and its stage blocks, from grafana/alloy internal/component/loki/process
// (process.go Arguments, stages/*.go Config structs, metric/*.go): field order, attribute
// names, which are required, and the defaults their SetToDefault sets.

import { arg, blocksOf, enumOf, requiredArg, type ArgField, type ComponentSchema, type Schema } from "../schema.js";
import { Duration } from "../values.js";

/**
 * A Go pointer attribute: written whenever it is set, even to its type's zero value,
 * because Alloy compares it against a nil default.
 */
function pointerArg(name: string): ArgField {
  return { kind: "arg", name, type: "expr" };
}

/** A units.Base2Bytes attribute, carried as its printed text; zero prints as `0B`. */
function bytesArg(name: string): ArgField {
  return arg(name, "string", "0B");
}

/** The arguments every metric kind starts with. */
const metricCommon: Schema = [
  requiredArg("name", "string"),
  arg("description", "string"),
  arg("source", "string"),
  arg("prefix", "string"),
  arg("max_idle_duration", "duration", new Duration(5 * 60_000)),
  arg("value", "string"),
];

const counter: Schema = [
  ...metricCommon,
  requiredArg("action", "string"),
  arg("match_all", "bool"),
  arg("count_entry_bytes", "bool"),
];

const gauge: Schema = [
  ...metricCommon,
  requiredArg("action", "string"),
];

const histogram: Schema = [
  ...metricCommon,
  requiredArg("buckets", "list"),
];

const truncateRule: Schema = [
  requiredArg("limit", "string"),
  arg("suffix", "string"),
  arg("sources", "list"),
  arg("source_type", "string"),
];

/** Every `stage.<name>` block, keyed by the name after `stage.`. */
export const stageSchemas: Record<string, Schema> = {
  cri: [
    arg("max_partial_lines", "number", 100),
    arg("max_partial_line_size", "number"),
    arg("max_partial_line_size_truncate", "bool"),
  ],
  decolorize: [],
  docker: [],
  drop: [
    arg("drop_counter_reason", "string"),
    arg("source", "string"),
    arg("value", "string"),
    arg("separator", "string"),
    arg("expression", "string"),
    arg("older_than", "duration"),
    bytesArg("longer_than"),
  ],
  eventlogmessage: [
    arg("source", "string", "message"),
    arg("drop_invalid_labels", "bool"),
    arg("overwrite_existing", "bool"),
  ],
  geoip: [requiredArg("db", "string"), requiredArg("source", "expr"), arg("db_type", "string"), arg("custom_lookups", "map")],
  json: [requiredArg("expressions", "map"), pointerArg("source"), arg("drop_malformed", "bool")],
  label_keep: [requiredArg("values", "list")],
  label_drop: [requiredArg("values", "list")],
  labels: [requiredArg("values", "map"), arg("source_type", "string")],
  limit: [
    requiredArg("rate", "number"),
    requiredArg("burst", "number"),
    arg("drop", "bool"),
    arg("by_label_name", "string"),
    arg("max_distinct_labels", "number"),
  ],
  logfmt: [arg("mapping", "map"), arg("source", "string"), arg("regex", "string")],
  luhn: [
    arg("replacement", "string"),
    pointerArg("source"),
    arg("min_length", "number"),
    arg("delimiters", "string"),
    arg("skip_regex", "string"),
  ],
  metrics: [enumOf("metric", { counter, gauge, histogram })],
  multiline: [
    requiredArg("firstline", "string"),
    arg("max_lines", "number", 128),
    arg("max_wait_time", "duration", new Duration(3000)),
  ],
  output: [requiredArg("source", "string")],
  pack: [requiredArg("labels", "list"), arg("ingest_timestamp", "bool", true)],
  pattern: [requiredArg("pattern", "string"), pointerArg("source"), arg("labels_from_groups", "bool")],
  regex: [requiredArg("expression", "string"), pointerArg("source"), arg("labels_from_groups", "bool")],
  replace: [requiredArg("expression", "string"), arg("source", "string"), arg("replace", "string")],
  split_json: [pointerArg("source")],
  static_labels: [requiredArg("values", "map")],
  structured_metadata: [arg("values", "map"), arg("regex", "string")],
  structured_metadata_drop: [requiredArg("values", "list")],
  sampling: [arg("drop_counter_reason", "string", "sampling_stage"), requiredArg("rate", "number")],
  template: [requiredArg("source", "string"), requiredArg("template", "string")],
  tenant: [arg("label", "string"), arg("source", "string"), arg("value", "string")],
  truncate: [blocksOf("rule", truncateRule)],
  timestamp: [
    requiredArg("source", "string"),
    requiredArg("format", "string"),
    arg("fallback_formats", "list"),
    pointerArg("location"),
    arg("action_on_failure", "string"),
  ],
  windowsevent: [
    arg("source", "string", "message"),
    arg("drop_invalid_labels", "bool"),
    arg("overwrite_existing", "bool"),
  ],
};

// A match stage nests a pipeline of its own.
stageSchemas.match = [
  requiredArg("selector", "string"),
  enumOf("stage", stageSchemas),
  arg("action", "string"),
  arg("pipeline_name", "string"),
  arg("drop_counter_reason", "string"),
];

export const lokiProcess: ComponentSchema = {
  name: "loki.process",
  fields: [requiredArg("forward_to", "list"), enumOf("stage", stageSchemas)],
};
