// otelcol.exporter.kafka (component/otelcol/exporter/kafka), Alloy v1.19. The producer's
// `max_broker_write_bytes` and `linger` postdate the stored struct; their places and
// defaults are inferred from the corpus (Collector defaults, printed where they differ).

import { arg, blockOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration, type Values } from "../../values.js";
import { debugMetricsBlock, queueBlock, retryBlock } from "../config.js";
import { kafkaAuthenticationBlock, kafkaMetadataBlock, kafkaTlsBlock } from "../kafka.js";

const signalFields: Schema = [arg("topic", "string"), arg("topic_from_metadata_key", "string"), arg("encoding", "string")];

// Producer has no defaults of its own: inside a written block every non-zero field shows.
const producerFields: Schema = [
  arg("max_message_bytes", "number"),
  arg("max_broker_write_bytes", "number"),
  arg("required_acks", "number"),
  arg("compression", "string"),
  blockOf("compression_params", [arg("level", "number")], { omitWhenEmpty: true }),
  arg("flush_max_messages", "number"),
  arg("allow_auto_topic_creation", "bool"),
  arg("linger", "duration"),
];

const PRODUCER_DEFAULT: Values = {
  max_message_bytes: 1_000_000,
  max_broker_write_bytes: 104_857_600,
  required_acks: 1,
  compression: "none",
  compression_params: { level: 0 },
  flush_max_messages: 10_000,
  allow_auto_topic_creation: true,
  linger: new Duration(10),
};

export const kafkaExporter: ComponentSchema = {
  name: "otelcol.exporter.kafka",
  fields: [
    requiredArg("protocol_version", "string"),
    arg("brokers", "list", ["localhost:9092"]),
    arg("resolve_canonical_bootstrap_servers_only", "bool"),
    arg("client_id", "string", "otel-collector"),
    arg("topic", "string"),
    arg("topic_from_attribute", "string"),
    arg("encoding", "string"),
    arg("partition_traces_by_id", "bool"),
    arg("partition_metrics_by_resource_attributes", "bool"),
    arg("partition_logs_by_resource_attributes", "bool"),
    arg("partition_logs_by_trace_id", "bool"),
    arg("timeout", "duration", new Duration(5000)),
    arg("include_metadata_keys", "list"),
    blockOf("logs", signalFields),
    blockOf("metrics", signalFields),
    blockOf("traces", signalFields),
    kafkaAuthenticationBlock,
    kafkaMetadataBlock,
    retryBlock,
    queueBlock,
    blockOf("producer", producerFields, { omitWhenEmpty: true, defaultValue: PRODUCER_DEFAULT }),
    kafkaTlsBlock,
    debugMetricsBlock,
  ],
};
