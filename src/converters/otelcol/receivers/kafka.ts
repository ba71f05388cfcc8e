// receivers: kafka → otelcol.receiver.kafka

import { encodeBuilderComponent } from "../../../components/builder.js";
import { kafkaReceiver } from "../../../components/otelcol/receiver/kafka.js";
import { Duration, type Values } from "../../../components/values.js";
import { bool, int, list, str, struct, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import {
  defaultKafkaClient,
  defaultKafkaConsumer,
  kafkaAuthenticationValues,
  kafkaClientConfig,
  kafkaConsumerConfig,
  kafkaMetadataValues,
  kafkaTlsValues,
} from "../shared/kafka.js";
import { retryConfig, retryValues } from "../shared/settings.js";

const topicEncodingConfig = struct("kafkareceiver.TopicEncodingConfig", {
  // Deprecated single-topic forms, folded into their lists by the receiver's Unmarshal.
  topic: { key: "topic", shape: str },
  topics: { key: "topics", shape: list(str) },
  encoding: { key: "encoding", shape: str },
  excludeTopic: { key: "exclude_topic", shape: str },
  excludeTopics: { key: "exclude_topics", shape: list(str) },
});
type TopicEncodingConfig = Infer<typeof topicEncodingConfig>;

const fields = struct("kafkareceiver.Config", {
  client: { shape: kafkaClientConfig },
  consumer: { shape: kafkaConsumerConfig },
  logs: { key: "logs", shape: topicEncodingConfig },
  metrics: { key: "metrics", shape: topicEncodingConfig },
  traces: { key: "traces", shape: topicEncodingConfig },
  profiles: { key: "profiles", shape: topicEncodingConfig },
  messageMarking: {
    key: "message_marking",
    shape: struct("kafkareceiver.MessageMarking", {
      after: { key: "after", shape: bool },
      onError: { key: "on_error", shape: bool },
      onPermanentError: { key: "on_permanent_error", shape: bool },
    }),
  },
  headerExtraction: {
    key: "header_extraction",
    shape: struct("kafkareceiver.HeaderExtraction", {
      extractHeaders: { key: "extract_headers", shape: bool },
      headers: { key: "headers", shape: list(str) },
    }),
  },
  errorBackoff: { key: "error_backoff", shape: retryConfig },
  telemetry: {
    key: "telemetry",
    shape: struct("kafkareceiver.TelemetryConfig", {
      metrics: {
        key: "metrics",
        shape: struct("kafkareceiver.MetricsConfig", {
          recordsDelay: { key: "kafka_receiver_records_delay", shape: struct("kafkareceiver.MetricConfig", { enabled: { key: "enabled", shape: bool } }) },
        }),
      },
    }),
  },
  partitionProcessing: {
    key: "partition_processing",
    shape: struct("kafkareceiver.PartitionProcessing", {
      independent: { key: "independent", shape: bool },
      maxBufferedBatches: { key: "max_buffered_batches", shape: int },
    }),
  },
});
type Config = Infer<typeof fields>;

/** A deprecated single value moves into its list when the list itself was not given. */
function foldDeprecated(cfg: TopicEncodingConfig, raw: unknown): TopicEncodingConfig {
  const given = isConfMap(raw) ? raw : {};
  const out = { ...cfg };
  if (out.topic !== "" && !("topics" in given && (cfg.topics?.length ?? 0) > 0)) out.topics = [out.topic];
  if (out.excludeTopic !== "" && !("exclude_topics" in given && (cfg.excludeTopics?.length ?? 0) > 0)) out.excludeTopics = [out.excludeTopic];
  return { ...out, topic: "", excludeTopic: "" };
}

// The receiver's Unmarshal: deprecated topic forms, and on_permanent_error following
// on_error unless given.
const config: Shape<Config> = {
  ...fields,
  decode(name, data, ctx, current) {
    const out = fields.decode(name, data, ctx, current);
    const raw = isConfMap(data) ? data : {};
    const marking = raw.message_marking;
    const onPermanentGiven = isConfMap(marking) && "on_permanent_error" in marking;
    return {
      ...out,
      logs: foldDeprecated(out.logs, raw.logs),
      metrics: foldDeprecated(out.metrics, raw.metrics),
      traces: foldDeprecated(out.traces, raw.traces),
      profiles: foldDeprecated(out.profiles, raw.profiles),
      messageMarking: onPermanentGiven ? out.messageMarking : { ...out.messageMarking, onPermanentError: out.messageMarking.onError },
    };
  },
};

const signalDefault = (topic: string): TopicEncodingConfig => ({ topic: "", topics: [topic], encoding: "otlp_proto", excludeTopic: "", excludeTopics: undefined });

function topicEncodingValues(cfg: TopicEncodingConfig): Values {
  return { topics: cfg.topics, encoding: cfg.encoding, exclude_topics: cfg.excludeTopics };
}

export const kafkaReceiverConverter: OtelcolComponent<Config> = {
  kind: "receiver",
  type: "kafka",
  config,
  defaultConfig: () => ({
    client: defaultKafkaClient(),
    consumer: defaultKafkaConsumer(),
    logs: signalDefault("otlp_logs"),
    metrics: signalDefault("otlp_metrics"),
    traces: signalDefault("otlp_spans"),
    profiles: signalDefault("otlp_profiles"),
    messageMarking: { after: false, onError: false, onPermanentError: false },
    headerExtraction: { extractHeaders: false, headers: undefined },
    errorBackoff: retryConfig.zero(),
    telemetry: { metrics: { recordsDelay: { enabled: false } } },
    partitionProcessing: { independent: false, maxBufferedBatches: 1 },
  }),
  inputName: "",
  convert(cfg, state) {
    const { client, consumer } = cfg;
    // Upstream leaves the strategy empty and lets franz-go pick cooperative-sticky;
    // Alloy's own default differs, so the converter spells it out.
    const strategy = consumer.groupRebalanceStrategy === "" && !consumer.groupRebalanceStrategies?.length ? "cooperative-sticky" : consumer.groupRebalanceStrategy;
    const values: Values = {
      brokers: client.brokers,
      protocol_version: client.protocolVersion,
      session_timeout: new Duration(consumer.sessionTimeout),
      heartbeat_interval: new Duration(consumer.heartbeatInterval),
      group_id: consumer.groupId,
      client_id: client.clientId,
      conn_idle_timeout: new Duration(client.connIdleTimeout),
      initial_offset: consumer.initialOffset,
      logs: topicEncodingValues(cfg.logs),
      metrics: topicEncodingValues(cfg.metrics),
      traces: topicEncodingValues(cfg.traces),
      resolve_canonical_bootstrap_servers_only: client.resolveCanonicalBootstrapServersOnly,
      authentication: kafkaAuthenticationValues(client.authentication),
      metadata: kafkaMetadataValues(client.metadata),
      autocommit: { enable: consumer.autoCommit.enable, interval: new Duration(consumer.autoCommit.interval) },
      message_marking: { after_execution: cfg.messageMarking.after, include_unsuccessful: cfg.messageMarking.onError },
      // Alloy's default is an empty list, not nil.
      header_extraction: { extract_headers: cfg.headerExtraction.extractHeaders, headers: cfg.headerExtraction.headers ?? [] },
      tls: kafkaTlsValues(client.tls),
      min_fetch_size: consumer.minFetchSize,
      max_fetch_size: consumer.maxFetchSize,
      max_partition_fetch_size: consumer.maxPartitionFetchSize,
      max_fetch_wait: new Duration(consumer.maxFetchWait),
      group_rebalance_strategy: strategy,
      group_rebalance_strategies: consumer.groupRebalanceStrategies,
      group_instance_id: consumer.groupInstanceId,
      rack_id: client.rackId,
      use_leader_epoch: client.useLeaderEpoch,
      error_backoff: retryValues(cfg.errorBackoff),
      output: consumerOutput(state),
    };
    state.append(encodeBuilderComponent(kafkaReceiver, state.label(), values));
  },
};
