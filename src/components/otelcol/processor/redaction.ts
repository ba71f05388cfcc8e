// otelcol.processor.redaction (component/otelcol/processor/redaction). Every default is
// the zero value; `sanitize_span_name` is a `*bool`, so only nil is left out ("expr").

import { arg, blockOf, type ComponentSchema, type Schema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const dbFields: Schema = [arg("enabled", "bool"), arg("attributes", "list")];

/** The per-database blocks of `db_sanitizer`, in Go field order. */
export const DB_SANITIZERS = ["sql", "redis", "valkey", "memcached", "mongo", "opensearch", "es"] as const;

export const redactionProcessor: ComponentSchema = {
  name: "otelcol.processor.redaction",
  fields: [
    arg("allow_all_keys", "bool"),
    arg("allowed_keys", "list"),
    arg("ignored_keys", "list"),
    arg("blocked_key_patterns", "list"),
    arg("ignored_key_patterns", "list"),
    arg("allowed_values", "list"),
    arg("blocked_values", "list"),
    arg("hash_function", "string"),
    arg("hmac_key", "string"),
    arg("redact_all_types", "bool"),
    arg("summary", "string"),
    blockOf("url_sanitizer", [arg("enabled", "bool"), arg("attributes", "list"), arg("sanitize_span_name", "expr")]),
    blockOf("db_sanitizer", [arg("sanitize_span_name", "expr"), ...DB_SANITIZERS.map((name) => blockOf(name, dbFields, { omitWhenEmpty: true }))]),
    outputBlock,
    debugMetricsBlock,
  ],
};
