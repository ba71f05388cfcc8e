// otelcol.receiver.googlecloudpubsub (component/otelcol/receiver/googlecloudpubsub): the
// Pub/Sub client, the subscription and its decoding, and flow control.

import { arg, blockOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, defaultsOf, outputBlock } from "../config.js";

const flowControlFields: Schema = [
  arg("trigger_ack_batch_duration", "duration", new Duration(10_000)),
  arg("stream_ack_deadline", "duration", new Duration(60_000)),
  arg("max_outstanding_messages", "number"),
  arg("max_outstanding_bytes", "number"),
];

export const googlecloudpubsubReceiver: ComponentSchema = {
  name: "otelcol.receiver.googlecloudpubsub",
  fields: [
    arg("project", "string"),
    arg("user_agent", "string", "opentelemetry-collector-contrib {{version}}"),
    arg("endpoint", "string"),
    arg("universe_domain", "string"),
    arg("insecure", "bool"),
    requiredArg("subscription", "string"),
    arg("encoding", "string"),
    arg("compression", "string"),
    arg("ignore_encoding_error", "bool"),
    arg("client_id", "string"),
    arg("timeout", "duration", new Duration(12_000)),
    blockOf("flow_control", flowControlFields, { omitWhenEmpty: true, defaultValue: defaultsOf(flowControlFields) }),
    debugMetricsBlock,
    outputBlock,
  ],
};
