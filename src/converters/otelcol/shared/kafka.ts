// The Collector's shared Kafka settings (contrib pkg/kafka/configkafka: client, consumer,
// producer, authentication, metadata) with their defaults, and their mapping to Alloy's
// shared Kafka blocks (components/otelcol/kafka.ts), used by the Kafka receiver and exporter.

import { Duration, type Values } from "../../../components/values.js";
import { bool, duration, int, integer, list, pointer, str, struct, typeMismatch, type Infer, type Shape } from "../../confmap/decode.js";
import { tlsClientConfig, tlsClientValues, type TlsClientConfig } from "./settings.js";

/** A Go string type with its own name, as mapstructure's errors show it. */
function namedString(goType: string): Shape<string> {
  return { ...str, goType, decode: (name, data, ctx, current) => (typeof data === "string" ? data : typeMismatch(ctx, name, goType, data, current)) };
}

const int32 = integer("int32");

// --- authentication ---

const plainTextConfig = struct("configkafka.PlainTextConfig", {
  username: { key: "username", shape: str },
  password: { key: "password", shape: str },
});

const saslConfig = struct("configkafka.SASLConfig", {
  username: { key: "username", shape: str },
  password: { key: "password", shape: str },
  mechanism: { key: "mechanism", shape: str },
  version: { key: "version", shape: int },
  awsMsk: { key: "aws_msk", shape: struct("configkafka.AWSMSKConfig", { region: { key: "region", shape: str } }) },
  oauthbearerTokenSource: { key: "oauthbearer_token_source", shape: namedString("component.ID") },
});

const kerberosConfig = struct("configkafka.KerberosConfig", {
  serviceName: { key: "service_name", shape: str },
  realm: { key: "realm", shape: str },
  useKeyTab: { key: "use_keytab", shape: bool },
  username: { key: "username", shape: str },
  password: { key: "password", shape: str },
  configPath: { key: "config_file", shape: str },
  keyTabPath: { key: "keytab_file", shape: str },
  disablePafxFast: { key: "disable_fast_negotiation", shape: bool },
});

export const authenticationConfig = struct("configkafka.AuthenticationConfig", {
  plainText: { key: "plain_text", shape: pointer(plainTextConfig) },
  sasl: { key: "sasl", shape: pointer(saslConfig) },
  kerberos: { key: "kerberos", shape: pointer(kerberosConfig) },
  // Deprecated upstream in favour of the client's own `tls`.
  tls: { key: "tls", shape: pointer(tlsClientConfig) },
});
export type AuthenticationConfig = Infer<typeof authenticationConfig>;

// --- metadata ---

const metadataConfig = struct("configkafka.MetadataConfig", {
  full: { key: "full", shape: bool },
  refreshInterval: { key: "refresh_interval", shape: duration },
  retry: {
    key: "retry",
    shape: struct("configkafka.MetadataRetryConfig", {
      max: { key: "max", shape: int },
      backoff: { key: "backoff", shape: duration },
    }),
  },
});
type MetadataConfig = Infer<typeof metadataConfig>;

// --- client (squashed into the receiver's and exporter's configs) ---

export const kafkaClientConfig = struct("configkafka.ClientConfig", {
  brokers: { key: "brokers", shape: list(str) },
  resolveCanonicalBootstrapServersOnly: { key: "resolve_canonical_bootstrap_servers_only", shape: bool },
  protocolVersion: { key: "protocol_version", shape: str },
  clientId: { key: "client_id", shape: str },
  authentication: { key: "auth", shape: authenticationConfig },
  tls: { key: "tls", shape: pointer(tlsClientConfig) },
  metadata: { key: "metadata", shape: metadataConfig },
  rackId: { key: "rack_id", shape: str },
  useLeaderEpoch: { key: "use_leader_epoch", shape: bool },
  connIdleTimeout: { key: "conn_idle_timeout", shape: duration },
});
export type KafkaClientConfig = Infer<typeof kafkaClientConfig>;

/** configkafka.NewDefaultClientConfig. */
export function defaultKafkaClient(): KafkaClientConfig {
  return {
    ...kafkaClientConfig.zero(),
    brokers: ["localhost:9092"],
    clientId: "otel-collector",
    authentication: authenticationConfig.zero(),
    metadata: { full: true, refreshInterval: 600_000, retry: { max: 3, backoff: 250 } },
    useLeaderEpoch: true,
    connIdleTimeout: 540_000,
  };
}

// --- consumer (squashed into the receiver's config) ---

export const kafkaConsumerConfig = struct("configkafka.ConsumerConfig", {
  sessionTimeout: { key: "session_timeout", shape: duration },
  heartbeatInterval: { key: "heartbeat_interval", shape: duration },
  groupId: { key: "group_id", shape: str },
  initialOffset: { key: "initial_offset", shape: str },
  autoCommit: {
    key: "autocommit",
    shape: struct("configkafka.AutoCommitConfig", {
      enable: { key: "enable", shape: bool },
      interval: { key: "interval", shape: duration },
    }),
  },
  minFetchSize: { key: "min_fetch_size", shape: int32 },
  maxFetchSize: { key: "max_fetch_size", shape: int32 },
  maxFetchWait: { key: "max_fetch_wait", shape: duration },
  maxPartitionFetchSize: { key: "max_partition_fetch_size", shape: int32 },
  groupRebalanceStrategy: { key: "group_rebalance_strategy", shape: namedString("configkafka.GroupRebalanceStrategy") },
  groupRebalanceStrategies: { key: "group_rebalance_strategies", shape: list(namedString("configkafka.GroupRebalanceStrategy")) },
  groupInstanceId: { key: "group_instance_id", shape: str },
});
export type KafkaConsumerConfig = Infer<typeof kafkaConsumerConfig>;

/** configkafka.NewDefaultConsumerConfig. */
export function defaultKafkaConsumer(): KafkaConsumerConfig {
  return {
    ...kafkaConsumerConfig.zero(),
    sessionTimeout: 10_000,
    heartbeatInterval: 3000,
    groupId: "otel-collector",
    initialOffset: "latest",
    autoCommit: { enable: true, interval: 1000 },
    minFetchSize: 1,
    maxFetchSize: 1_048_576,
    maxFetchWait: 250,
    maxPartitionFetchSize: 1_048_576,
  };
}

// --- producer (the exporter's `producer`) ---

const REQUIRED_ACKS = "configkafka.RequiredAcks";

/** RequiredAcks: an integer, or "all" for -1 (ProducerConfig's own Unmarshal). */
const requiredAcks: Shape<number> = {
  goType: REQUIRED_ACKS,
  zero: () => 0,
  decode(name, data, ctx, current) {
    if (data === "all") return -1;
    return integer(REQUIRED_ACKS).decode(name, data, ctx, current);
  },
};

export const kafkaProducerConfig = struct("configkafka.ProducerConfig", {
  maxMessageBytes: { key: "max_message_bytes", shape: int },
  maxBrokerWriteBytes: { key: "max_broker_write_bytes", shape: int },
  requiredAcks: { key: "required_acks", shape: requiredAcks },
  compression: { key: "compression", shape: str },
  compressionParams: { key: "compression_params", shape: struct("configcompression.CompressionParams", { level: { key: "level", shape: integer("configcompression.Level") } }) },
  flushMaxMessages: { key: "flush_max_messages", shape: int },
  allowAutoTopicCreation: { key: "allow_auto_topic_creation", shape: bool },
  linger: { key: "linger", shape: duration },
});
export type KafkaProducerConfig = Infer<typeof kafkaProducerConfig>;

/** configkafka.NewDefaultProducerConfig. */
export function defaultKafkaProducer(): KafkaProducerConfig {
  return {
    maxMessageBytes: 1_000_000,
    maxBrokerWriteBytes: 104_857_600,
    requiredAcks: 1,
    compression: "none",
    compressionParams: { level: 0 },
    flushMaxMessages: 10_000,
    allowAutoTopicCreation: true,
    linger: 10,
  };
}

// --- mapping to Alloy ---

/** Alloy's `authentication` block; the deprecated `auth.tls` still maps to its `tls`. */
export function kafkaAuthenticationValues(auth: AuthenticationConfig): Values {
  const { plainText, sasl, kerberos, tls } = auth;
  return {
    plaintext: plainText && { username: plainText.username, password: plainText.password },
    sasl: sasl && {
      username: sasl.username,
      password: sasl.password,
      mechanism: sasl.mechanism,
      version: sasl.version,
      aws_msk: { region: sasl.awsMsk.region },
    },
    tls: kafkaTlsValues(tls),
    kerberos: kerberos && {
      service_name: kerberos.serviceName,
      realm: kerberos.realm,
      use_keytab: kerberos.useKeyTab,
      username: kerberos.username,
      password: kerberos.password,
      config_file: kerberos.configPath,
      keytab_file: kerberos.keyTabPath,
      disable_fast_negotiation: kerberos.disablePafxFast,
    },
  };
}

export function kafkaTlsValues(tls: TlsClientConfig | undefined): Values | undefined {
  return tls && tlsClientValues(tls);
}

export function kafkaMetadataValues(cfg: MetadataConfig): Values {
  return {
    full: cfg.full,
    refresh_interval: new Duration(cfg.refreshInterval),
    retry: { max_retries: cfg.retry.max, backoff: new Duration(cfg.retry.backoff) },
  };
}
