// otelcol.receiver.splunkhec (component/otelcol/receiver/splunkhec): an HTTP server
// (squashed) plus the HEC paths and metadata mapping; its output has metrics and logs only.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, httpServerFieldsFor } from "../config.js";

export const HEC_TO_OTEL_ATTRS_DEFAULT = { source: "com.splunk.source", sourcetype: "com.splunk.sourcetype", index: "com.splunk.index", host: "host.name" };

export const splunkhecReceiver: ComponentSchema = {
  name: "otelcol.receiver.splunkhec",
  fields: [
    // Alloy v1.19 defaults the server timeouts to confighttp's (the corpus prints a zero idle_timeout).
    ...httpServerFieldsFor("localhost:8088", { max_request_body_size: "0B" }),
    arg("raw_path", "string", "/services/collector/raw"),
    arg("health_path", "string", "/services/collector/health"),
    arg("splitting", "string", "line"),
    arg("access_token_passthrough", "bool"),
    blockOf(
      "hec_metadata_to_otel_attrs",
      [
        arg("source", "string", HEC_TO_OTEL_ATTRS_DEFAULT.source),
        arg("sourcetype", "string", HEC_TO_OTEL_ATTRS_DEFAULT.sourcetype),
        arg("index", "string", HEC_TO_OTEL_ATTRS_DEFAULT.index),
        arg("host", "string", HEC_TO_OTEL_ATTRS_DEFAULT.host),
      ],
      { omitWhenEmpty: true, defaultValue: HEC_TO_OTEL_ATTRS_DEFAULT },
    ),
    debugMetricsBlock,
    blockOf("output", [arg("metrics", "list"), arg("logs", "list")]),
  ],
};
