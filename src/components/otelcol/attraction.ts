// The attribute-action and include/exclude match blocks Alloy's otelcol processors share
// (component/otelcol config_attraction.go and config_filter.go), in Go struct order.
// `value` and `version` hold Go `any` / `*string`: only nil is their zero, so they are
// typed "expr" (no zero) and an empty string is still written.

import { arg, blockOf, blocksOf, requiredArg, type BlockField, type Schema } from "../schema.js";

/** AttrActionKeyValue: one `action` block. */
export const attrActionFields: Schema = [
  arg("key", "string"),
  arg("value", "expr"),
  arg("pattern", "string"),
  arg("from_attribute", "string"),
  arg("from_context", "string"),
  arg("converted_type", "string"),
  requiredArg("action", "string"),
];

export const attrActionBlocks = blocksOf("action", attrActionFields);

const attributeFields: Schema = [requiredArg("key", "string"), arg("value", "expr")];

/** MatchProperties: the body of an `include` or `exclude` block. */
export const matchPropertiesFields: Schema = [
  requiredArg("match_type", "string"),
  blockOf("regexp", [arg("cache_enabled", "bool"), arg("cache_max_num_entries", "number")]),
  arg("services", "list"),
  arg("span_names", "list"),
  arg("log_bodies", "list"),
  arg("log_severity_texts", "list"),
  blockOf("log_severity", [requiredArg("min", "string"), requiredArg("match_undefined", "bool")]),
  arg("metric_names", "list"),
  blocksOf("attribute", attributeFields),
  blocksOf("resource", attributeFields),
  blocksOf("library", [requiredArg("name", "string"), arg("version", "expr")]),
  arg("span_kinds", "list"),
];

/** MatchConfig, squashed into its parent: two optional pointer blocks. */
export const matchConfigBlocks: BlockField[] = [blockOf("include", matchPropertiesFields), blockOf("exclude", matchPropertiesFields)];

/** Alloy's SeverityLevel names by plog.SeverityNumber (1..24). */
export const SEVERITY_LEVELS: readonly string[] = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"].flatMap((name) => [name, `${name}2`, `${name}3`, `${name}4`]);

/** otelcol.LookupSeverityNumber; undefined for a number with no level (Alloy panics there). */
export function severityLevel(num: number): string | undefined {
  return SEVERITY_LEVELS[num - 1];
}
