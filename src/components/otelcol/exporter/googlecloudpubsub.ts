// otelcol.exporter.googlecloudpubsub (component/otelcol/exporter/googlecloudpubsub):
// queue and retry, the Pub/Sub client and topic, watermark and ordering.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, queueBlock, retryBlock } from "../config.js";

export const googlecloudpubsubExporter: ComponentSchema = {
  name: "otelcol.exporter.googlecloudpubsub",
  fields: [
    queueBlock,
    retryBlock,
    arg("project", "string"),
    arg("user_agent", "string", "opentelemetry-collector-contrib {{version}}"),
    requiredArg("topic", "string"),
    arg("compression", "string"),
    blockOf("watermark", [arg("behavior", "string"), arg("allowed_drift", "duration")], { omitWhenEmpty: true }),
    arg("endpoint", "string"),
    arg("universe_domain", "string"),
    arg("insecure", "bool"),
    blockOf("ordering", [arg("enabled", "bool"), arg("from_resource_attribute", "string"), arg("remove_resource_attribute", "bool")], { omitWhenEmpty: true }),
    arg("timeout", "duration", new Duration(12_000)),
    debugMetricsBlock,
  ],
};
