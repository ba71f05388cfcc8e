// otelcol.processor.k8sattributes (component/otelcol/processor/k8sattributes).

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration, type Values } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const fieldExtractFields: Schema = [arg("tag_name", "string"), arg("key", "string"), arg("key_regex", "string"), arg("from", "string")];

const fieldFilterFields: Schema = [requiredArg("key", "string"), requiredArg("value", "string"), arg("op", "string")];

/** The pods SetToDefault excludes, as the Collector's factory does. */
export const DEFAULT_EXCLUDE: Values = { pod: [{ name: "jaeger-agent" }, { name: "jaeger-collector" }] };

export const k8sAttributesProcessor: ComponentSchema = {
  name: "otelcol.processor.k8sattributes",
  fields: [
    arg("auth_type", "string"),
    arg("passthrough", "bool"),
    blockOf(
      "extract",
      [
        arg("metadata", "list"),
        blocksOf("annotation", fieldExtractFields),
        blocksOf("label", fieldExtractFields),
        arg("otel_annotations", "bool"),
        arg("deployment_name_from_replicaset", "bool"),
      ],
      { omitWhenEmpty: true },
    ),
    blockOf(
      "filter",
      [arg("node", "string"), arg("namespace", "string"), blocksOf("field", fieldFilterFields), blocksOf("label", fieldFilterFields)],
      { omitWhenEmpty: true },
    ),
    blocksOf("pod_association", [blocksOf("source", [requiredArg("from", "string"), arg("name", "string")])]),
    blockOf("exclude", [blocksOf("pod", [requiredArg("name", "string")])], { omitWhenEmpty: true, defaultValue: DEFAULT_EXCLUDE }),
    arg("wait_for_metadata", "bool"),
    arg("wait_for_metadata_timeout", "duration", new Duration(10_000)),
    outputBlock,
    debugMetricsBlock,
  ],
};
