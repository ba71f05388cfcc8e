// prometheus.remote_write (component/prometheus/remotewrite Arguments and its blocks).

import { Duration } from "../values.js";
import { httpClientFields } from "../common/http-client.js";
import { relabelRuleFields } from "../common/relabel.js";
import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../schema.js";

export const queueOptionsFields: Schema = [
  arg("capacity", "number", 10000),
  arg("max_shards", "number", 50),
  arg("min_shards", "number", 1),
  arg("max_samples_per_send", "number", 2000),
  arg("batch_send_deadline", "duration", new Duration(5000)),
  arg("min_backoff", "duration", new Duration(30)),
  arg("max_backoff", "duration", new Duration(5000)),
  arg("retry_on_http_429", "bool", true),
  arg("sample_age_limit", "duration"),
];

export const metadataOptionsFields: Schema = [
  arg("send", "bool", true),
  arg("send_interval", "duration", new Duration(60_000)),
  arg("max_samples_per_send", "number", 2000),
];

export const sigV4Fields: Schema = [
  arg("region", "string"),
  arg("access_key", "string"),
  arg("secret_key", "string"),
  arg("profile", "string"),
  arg("role_arn", "string"),
];

export const azureADFields: Schema = [
  blockOf("managed_identity", [requiredArg("client_id", "string")]),
  blockOf("oauth", [requiredArg("client_id", "string"), requiredArg("client_secret", "string"), requiredArg("tenant_id", "string")]),
  blockOf("sdk", [requiredArg("tenant_id", "string")]),
  arg("cloud", "string", "AzurePublic"),
];

export const endpointFields: Schema = [
  arg("name", "string"),
  requiredArg("url", "string"),
  arg("remote_timeout", "duration", new Duration(30_000)),
  arg("headers", "map"),
  arg("send_exemplars", "bool", true),
  arg("send_native_histograms", "bool"),
  ...httpClientFields,
  // Pointer blocks in Go: written, even empty, whenever present.
  blockOf("queue_config", queueOptionsFields),
  blockOf("metadata_config", metadataOptionsFields),
  blocksOf("write_relabel_config", relabelRuleFields),
  blockOf("sigv4", sigV4Fields),
  blockOf("azuread", azureADFields),
];

export const walOptionsFields: Schema = [
  arg("truncate_frequency", "duration", new Duration(2 * 3_600_000)),
  arg("min_keepalive_time", "duration", new Duration(5 * 60_000)),
  arg("max_keepalive_time", "duration", new Duration(8 * 3_600_000)),
];

export const prometheusRemoteWrite: ComponentSchema = {
  name: "prometheus.remote_write",
  fields: [arg("external_labels", "map"), blocksOf("endpoint", endpointFields), blockOf("wal", walOptionsFields, { omitWhenEmpty: true })],
};
