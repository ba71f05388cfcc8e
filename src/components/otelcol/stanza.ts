// The argument blocks Alloy's stanza-based log receivers share (component/otelcol
// config_stanza_receivers.go): consumer retry, multiline splitting, whitespace trimming.

import { arg, blockOf, type Schema } from "../schema.js";
import { Duration } from "../values.js";
import { defaultsOf } from "./config.js";

/** otelcol.ConsumerRetryArguments, with its SetToDefault. */
export const consumerRetryFields: Schema = [
  arg("enabled", "bool", false),
  arg("initial_interval", "duration", new Duration(1000)),
  arg("max_interval", "duration", new Duration(30_000)),
  arg("max_elapsed_time", "duration", new Duration(300_000)),
];

/** A value struct the receivers default with SetToDefault, so it is left out when unchanged. */
export const consumerRetryBlock = blockOf("retry_on_failure", consumerRetryFields, { omitWhenEmpty: true, defaultValue: defaultsOf(consumerRetryFields) });

/** otelcol.MultilineConfig, a pointer block Alloy's converters always set. */
export const multilineBlock = blockOf("multiline", [
  arg("line_start_pattern", "string"),
  arg("line_end_pattern", "string"),
  arg("omit_pattern", "bool"),
]);

/** otelcol.TrimConfig, squashed into the block that holds it. */
export const trimFields: Schema = [arg("preserve_leading_whitespaces", "bool"), arg("preserve_trailing_whitespaces", "bool")];
