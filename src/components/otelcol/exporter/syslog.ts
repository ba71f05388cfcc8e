// otelcol.exporter.syslog (component/otelcol/exporter/syslog): a syslog client whose queue
// is off by default, as upstream's is.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, defaultsOf, queueFields, retryBlock, tlsClientFields } from "../config.js";

export const syslogExporter: ComponentSchema = {
  name: "otelcol.exporter.syslog",
  fields: [
    arg("timeout", "duration", new Duration(5000)),
    blockOf("sending_queue", queueFields, { omitWhenEmpty: true, defaultValue: { ...defaultsOf(queueFields), enabled: false } }),
    retryBlock,
    debugMetricsBlock,
    blockOf("tls", tlsClientFields, { omitWhenEmpty: true }),
    requiredArg("endpoint", "string"),
    arg("port", "number", 514),
    arg("network", "string", "tcp"),
    arg("protocol", "string", "rfc5424"),
    arg("enable_octet_counting", "bool"),
  ],
};
