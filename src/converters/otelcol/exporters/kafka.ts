// exporters: kafka → otelcol.exporter.kafka

import { encodeBuilderComponent } from "../../../components/builder.js";
import { kafkaExporter } from "../../../components/otelcol/exporter/kafka.js";
import { Duration, type Values } from "../../../components/values.js";
import { bool, list, str, struct, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import type { OtelcolComponent } from "../component.js";
import {
  defaultKafkaClient,
  defaultKafkaProducer,
  kafkaAuthenticationValues,
  kafkaClientConfig,
  kafkaMetadataValues,
  kafkaProducerConfig,
  kafkaTlsValues,
  type KafkaProducerConfig,
} from "../shared/kafka.js";
import { defaultQueue, defaultRetry, queueConfig, queueValues, retryConfig, retryValues, timeoutConfig } from "../shared/settings.js";

const signalConfig = struct("kafkaexporter.SignalConfig", {
  topic: { key: "topic", shape: str },
  topicFromMetadataKey: { key: "topic_from_metadata_key", shape: str },
  encoding: { key: "encoding", shape: str },
});
type SignalConfig = Infer<typeof signalConfig>;

const SIGNALS = ["logs", "metrics", "traces", "profiles"] as const;

const fields = struct("kafkaexporter.Config", {
  timeout: { shape: timeoutConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  client: { shape: kafkaClientConfig },
  producer: { key: "producer", shape: kafkaProducerConfig },
  logs: { key: "logs", shape: signalConfig },
  metrics: { key: "metrics", shape: signalConfig },
  traces: { key: "traces", shape: signalConfig },
  profiles: { key: "profiles", shape: signalConfig },
  // Deprecated: when given they stand for every signal's topic or encoding not given.
  topic: { key: "topic", shape: str },
  encoding: { key: "encoding", shape: str },
  topicFromAttribute: { key: "topic_from_attribute", shape: str },
  partitionTracesById: { key: "partition_traces_by_id", shape: bool },
  partitionMetricsByResourceAttributes: { key: "partition_metrics_by_resource_attributes", shape: bool },
  partitionLogsByResourceAttributes: { key: "partition_logs_by_resource_attributes", shape: bool },
  partitionLogsByTraceId: { key: "partition_logs_by_trace_id", shape: bool },
  includeMetadataKeys: { key: "include_metadata_keys", shape: list(str) },
});
type Config = Infer<typeof fields>;

// The exporter's Unmarshal applies the deprecated top-level topic and encoding.
const config: Shape<Config> = {
  ...fields,
  decode(name, data, ctx, current) {
    const out = fields.decode(name, data, ctx, current);
    const raw = isConfMap(data) ? data : {};
    for (const signal of SIGNALS) {
      const given = isConfMap(raw[signal]) ? (raw[signal] as Record<string, unknown>) : {};
      const next: SignalConfig = { ...out[signal] };
      if ("topic" in raw && !("topic" in given)) next.topic = out.topic;
      if ("encoding" in raw && !("encoding" in given)) next.encoding = out.encoding;
      out[signal] = next;
    }
    return out;
  },
};

const signalDefault = (topic: string): SignalConfig => ({ topic, topicFromMetadataKey: "", encoding: "otlp_proto" });

function signalValues(cfg: SignalConfig): Values {
  return { topic: cfg.topic, topic_from_metadata_key: cfg.topicFromMetadataKey, encoding: cfg.encoding };
}

function producerValues(cfg: KafkaProducerConfig): Values {
  return {
    max_message_bytes: cfg.maxMessageBytes,
    max_broker_write_bytes: cfg.maxBrokerWriteBytes,
    required_acks: cfg.requiredAcks,
    compression: cfg.compression,
    compression_params: { level: cfg.compressionParams.level },
    flush_max_messages: cfg.flushMaxMessages,
    allow_auto_topic_creation: cfg.allowAutoTopicCreation,
    linger: new Duration(cfg.linger),
  };
}

export const kafkaExporterConverter: OtelcolComponent<Config> = {
  kind: "exporter",
  type: "kafka",
  config,
  defaultConfig: () => ({
    timeout: { timeout: 5000 },
    queue: defaultQueue(),
    retry: defaultRetry(),
    client: defaultKafkaClient(),
    producer: defaultKafkaProducer(),
    logs: signalDefault("otlp_logs"),
    metrics: signalDefault("otlp_metrics"),
    traces: signalDefault("otlp_spans"),
    profiles: signalDefault("otlp_profiles"),
    topic: "",
    encoding: "",
    topicFromAttribute: "",
    partitionTracesById: false,
    partitionMetricsByResourceAttributes: false,
    partitionLogsByResourceAttributes: false,
    partitionLogsByTraceId: false,
    includeMetadataKeys: undefined,
  }),
  inputName: "otelcol.exporter.kafka",
  convert(cfg, state) {
    const { client } = cfg;
    const values: Values = {
      protocol_version: client.protocolVersion,
      brokers: client.brokers,
      resolve_canonical_bootstrap_servers_only: client.resolveCanonicalBootstrapServersOnly,
      client_id: client.clientId,
      topic: cfg.topic,
      topic_from_attribute: cfg.topicFromAttribute,
      encoding: cfg.encoding,
      partition_traces_by_id: cfg.partitionTracesById,
      partition_metrics_by_resource_attributes: cfg.partitionMetricsByResourceAttributes,
      partition_logs_by_resource_attributes: cfg.partitionLogsByResourceAttributes,
      partition_logs_by_trace_id: cfg.partitionLogsByTraceId,
      timeout: new Duration(cfg.timeout.timeout),
      include_metadata_keys: cfg.includeMetadataKeys,
      logs: signalValues(cfg.logs),
      metrics: signalValues(cfg.metrics),
      traces: signalValues(cfg.traces),
      authentication: kafkaAuthenticationValues(client.authentication),
      metadata: kafkaMetadataValues(client.metadata),
      retry_on_failure: retryValues(cfg.retry),
      sending_queue: queueValues(cfg.queue, state),
      producer: producerValues(cfg.producer),
      tls: kafkaTlsValues(client.tls),
    };
    state.append(encodeBuilderComponent(kafkaExporter, state.label(), values));
  },
};
