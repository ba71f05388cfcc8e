// otelcol.receiver.kafka (component/otelcol/receiver/kafka), Alloy v1.19. The stored
// upstream struct predates v1.19: `conn_idle_timeout` and `group_rebalance_strategies`
// (documented for v1.19) are placed by inference, and `default_fetch_size` is gone.

import { arg, blockOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration, type Values } from "../../values.js";
import { debugMetricsBlock, outputBlock, retryFields } from "../config.js";
import { kafkaAuthenticationBlock, kafkaMetadataBlock, kafkaTlsBlock } from "../kafka.js";

// KafkaReceiverTopicEncodingConfig has no defaults of its own; the component gives each
// signal its topic and encoding.
const topicEncodingFields: Schema = [arg("topic", "string"), arg("topics", "list"), arg("encoding", "string"), arg("exclude_topics", "list")];

function topicEncodingBlock(signal: string, topic: string) {
  const defaultValue: Values = { topics: [topic], encoding: "otlp_proto" };
  return blockOf(signal, topicEncodingFields, { omitWhenEmpty: true, defaultValue });
}

const AUTOCOMMIT_DEFAULT: Values = { enable: true, interval: new Duration(1000) };
const HEADER_EXTRACTION_DEFAULT: Values = { extract_headers: false, headers: [] };

// ErrorBackOffArguments: the retry fields with no defaults of their own.
const errorBackoffFields: Schema = retryFields.map((f) => (f.kind === "arg" ? { ...f, default: undefined } : f));

export const kafkaReceiver: ComponentSchema = {
  name: "otelcol.receiver.kafka",
  fields: [
    requiredArg("brokers", "list"),
    requiredArg("protocol_version", "string"),
    arg("session_timeout", "duration", new Duration(10_000)),
    arg("heartbeat_interval", "duration", new Duration(3000)),
    arg("encoding", "string"),
    arg("group_id", "string", "otel-collector"),
    arg("client_id", "string", "otel-collector"),
    arg("conn_idle_timeout", "duration", new Duration(540_000)),
    arg("initial_offset", "string", "latest"),
    topicEncodingBlock("logs", "otlp_logs"),
    topicEncodingBlock("metrics", "otlp_metrics"),
    topicEncodingBlock("traces", "otlp_spans"),
    arg("resolve_canonical_bootstrap_servers_only", "bool"),
    kafkaAuthenticationBlock,
    kafkaMetadataBlock,
    blockOf("autocommit", [arg("enable", "bool", true), arg("interval", "duration", new Duration(1000))], { omitWhenEmpty: true, defaultValue: AUTOCOMMIT_DEFAULT }),
    blockOf("message_marking", [arg("after_execution", "bool"), arg("include_unsuccessful", "bool")], { omitWhenEmpty: true }),
    blockOf("header_extraction", [arg("extract_headers", "bool"), arg("headers", "list", [])], { omitWhenEmpty: true, defaultValue: HEADER_EXTRACTION_DEFAULT }),
    kafkaTlsBlock,
    arg("min_fetch_size", "number", 1),
    arg("max_fetch_size", "number", 1_048_576),
    arg("max_partition_fetch_size", "number", 1_048_576),
    arg("max_fetch_wait", "duration", new Duration(250)),
    arg("group_rebalance_strategy", "string", "range"),
    arg("group_rebalance_strategies", "list"),
    arg("group_instance_id", "string"),
    arg("rack_id", "string"),
    arg("use_leader_epoch", "bool", true),
    blockOf("error_backoff", errorBackoffFields, { omitWhenEmpty: true }),
    debugMetricsBlock,
    outputBlock,
  ],
};
