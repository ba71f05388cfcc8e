// otelcol.processor.tail_sampling (component/otelcol/processor/tail_sampling): policies
// are repeated blocks; each policy kind is one optional block named after it, and the
// compound kinds (and, drop, composite) nest sub-policies of the same shape.

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

/** Each policy kind's block arguments, in Alloy's SharedPolicyConfig order. */
export const POLICY_KINDS: Readonly<Record<string, Schema>> = {
  latency: [requiredArg("threshold_ms", "number"), arg("upper_threshold_ms", "number")],
  numeric_attribute: [requiredArg("key", "string"), requiredArg("min_value", "number"), requiredArg("max_value", "number"), arg("invert_match", "bool")],
  probabilistic: [arg("hash_salt", "string"), requiredArg("sampling_percentage", "number")],
  status_code: [requiredArg("status_codes", "list")],
  string_attribute: [
    requiredArg("key", "string"),
    requiredArg("values", "list"),
    arg("enabled_regex_matching", "bool"),
    arg("cache_max_size", "number"),
    arg("invert_match", "bool"),
  ],
  rate_limiting: [requiredArg("spans_per_second", "number")],
  bytes_limiting: [requiredArg("bytes_per_second", "number"), arg("burst_capacity", "number")],
  span_count: [requiredArg("min_spans", "number"), arg("max_spans", "number")],
  boolean_attribute: [requiredArg("key", "string"), requiredArg("value", "bool"), arg("invert_match", "bool")],
  ottl_condition: [requiredArg("error_mode", "string"), arg("span", "list"), arg("spanevent", "list")],
  trace_state: [requiredArg("key", "string"), requiredArg("values", "list")],
};

/** name, type and one value block per kind: written only when some field is set. */
const sharedPolicyFields: Schema = [
  requiredArg("name", "string"),
  requiredArg("type", "string"),
  ...Object.entries(POLICY_KINDS).map(([kind, fields]) => blockOf(kind, fields, { omitWhenEmpty: true })),
];

const andBlock = blockOf("and", [blocksOf("and_sub_policy", sharedPolicyFields)], { omitWhenEmpty: true });
const dropBlock = blockOf("drop", [blocksOf("drop_sub_policy", sharedPolicyFields)], { omitWhenEmpty: true });
const compositeBlock = blockOf(
  "composite",
  [
    requiredArg("max_total_spans_per_second", "number"),
    requiredArg("policy_order", "list"),
    blocksOf("composite_sub_policy", [...sharedPolicyFields, andBlock]),
    blocksOf("rate_allocation", [requiredArg("policy", "string"), requiredArg("percent", "number")]),
  ],
  { omitWhenEmpty: true },
);

export const tailSamplingProcessor: ComponentSchema = {
  name: "otelcol.processor.tail_sampling",
  fields: [
    blocksOf("policy", [...sharedPolicyFields, compositeBlock, andBlock, dropBlock]),
    arg("decision_wait", "duration", new Duration(30_000)),
    arg("num_traces", "number", 50_000),
    arg("block_on_overflow", "bool"),
    arg("expected_new_traces_per_sec", "number"),
    arg("sample_on_first_match", "bool"),
    arg("drop_pending_traces_on_shutdown", "bool"),
    outputBlock,
    debugMetricsBlock,
  ],
};
