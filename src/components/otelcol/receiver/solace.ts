// otelcol.receiver.solace (component/otelcol/receiver/solace): one broker, a queue, TLS,
// flow control and one of three SASL mechanisms.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock, tlsClientFields } from "../config.js";

const delayedRetryFields = [arg("delay", "duration")];

export const solaceReceiver: ComponentSchema = {
  name: "otelcol.receiver.solace",
  fields: [
    arg("broker", "string", "localhost:5671"),
    requiredArg("queue", "string"),
    arg("max_unacknowledged", "number", 1000),
    blockOf("tls", tlsClientFields, { omitWhenEmpty: true }),
    blockOf("flow_control", [blockOf("delayed_retry", delayedRetryFields)], {
      omitWhenEmpty: true,
      defaultValue: { delayed_retry: { delay: new Duration(10) } },
    }),
    debugMetricsBlock,
    // A required value block: always written, so the converter always gives it a value.
    blockOf(
      "auth",
      [
        blockOf("sasl_plain", [requiredArg("username", "string"), requiredArg("password", "string")]),
        blockOf("sasl_xauth2", [requiredArg("username", "string"), requiredArg("bearer", "string")]),
        blockOf("sasl_external", []),
      ],
    ),
    outputBlock,
  ],
};
