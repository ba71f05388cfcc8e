// The argument blocks Alloy's Kafka components share (component/otelcol/config_kafka.go):
// authentication, metadata and the top-level TLS block, in Go struct order.

import { arg, blockOf, requiredArg, type Schema } from "../schema.js";
import { Duration, type Values } from "../values.js";
import { tlsClientFields } from "./config.js";

const plaintextFields: Schema = [requiredArg("username", "string"), requiredArg("password", "string")];

const saslFields: Schema = [
  requiredArg("username", "string"),
  requiredArg("password", "string"),
  requiredArg("mechanism", "string"),
  arg("version", "number"),
  blockOf("aws_msk", [requiredArg("region", "string")], { omitWhenEmpty: true }),
];

const kerberosFields: Schema = [
  arg("service_name", "string"),
  arg("realm", "string"),
  arg("use_keytab", "bool"),
  requiredArg("username", "string"),
  arg("password", "string"),
  arg("config_file", "string"),
  arg("keytab_file", "string"),
  arg("disable_fast_negotiation", "bool"),
];

export const kafkaAuthenticationBlock = blockOf(
  "authentication",
  [blockOf("plaintext", plaintextFields), blockOf("sasl", saslFields), blockOf("tls", tlsClientFields), blockOf("kerberos", kerberosFields)],
  { omitWhenEmpty: true },
);

const METADATA_RETRY_DEFAULT: Values = { max_retries: 3, backoff: new Duration(250) };

// KafkaMetadataArguments has its own defaults; its retry block type has none, so the
// retry defaults are the ones the metadata block gives it.
const metadataFields: Schema = [
  arg("full", "bool", true),
  arg("refresh_interval", "duration", new Duration(600_000)),
  blockOf("retry", [arg("max_retries", "number"), arg("backoff", "duration")], { omitWhenEmpty: true, defaultValue: METADATA_RETRY_DEFAULT }),
];

export const KAFKA_METADATA_DEFAULT: Values = { full: true, refresh_interval: new Duration(600_000), retry: METADATA_RETRY_DEFAULT };

export const kafkaMetadataBlock = blockOf("metadata", metadataFields, { omitWhenEmpty: true, defaultValue: KAFKA_METADATA_DEFAULT });

export const kafkaTlsBlock = blockOf("tls", tlsClientFields);
