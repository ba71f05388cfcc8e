// otelcol.receiver.splunkhec (component/otelcol/receiver/splunkhec): an HTTP server
// (squashed) plus the HEC paths and metadata mapping; its output has metrics and logs only.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, DEFAULT_COMPRESSION_ALGORITHMS, httpServerFields, withDefaults } from "../config.js";

export const HEC_TO_OTEL_ATTRS_DEFAULT = { source: "com.splunk.source", sourcetype: "com.splunk.sourcetype", index: "com.splunk.index", host: "host.name" };

export const splunkhecReceiver: ComponentSchema = {
  name: "otelcol.receiver.splunkhec",
  fields: [
    // Alloy v1.19 defaults the server timeouts to confighttp's (the corpus prints a zero idle_timeout).
    ...withDefaults(httpServerFields, {
      endpoint: "localhost:8088",
      compression_algorithms: DEFAULT_COMPRESSION_ALGORITHMS,
      idle_timeout: new Duration(60_000),
      write_timeout: new Duration(30_000),
      read_header_timeout: new Duration(60_000),
    }),
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
