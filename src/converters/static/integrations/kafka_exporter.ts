// kafka_exporter (v1) / kafka_configs (v2) → prometheus.exporter.kafka. Its own `instance`
// field shares the key with the integration's common `instance`: upstream both read it.

import { kafkaExporter } from "../../../components/prometheus/exporter/kafka.js";
import { secret } from "../../shared/http-client.js";
import { bool, int, list, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";
import { pickValues } from "./pick.js";

const fields = {
  instance: string,
  kafka_uris: list(string),
  use_sasl: bool,
  use_sasl_handshake: bool,
  sasl_username: string,
  sasl_password: secret,
  sasl_mechanism: string,
  sasl_disable_pafx_fast: bool,
  use_tls: bool,
  tls_server_name: string,
  ca_file: string,
  cert_file: string,
  key_file: string,
  insecure_skip_verify: bool,
  kafka_version: string,
  use_zookeeper_lag: bool,
  zookeeper_uris: list(string),
  kafka_cluster_name: string,
  metadata_refresh_interval: string,
  gssapi_service_name: string,
  gssapi_kerberos_config_path: string,
  gssapi_realm: string,
  gssapi_key_tab_path: string,
  gssapi_kerberos_auth_type: string,
  offset_show_all: bool,
  topic_workers: int,
  allow_concurrency: bool,
  allow_auto_topic_creation: bool,
  max_offsets: int,
  prune_interval_seconds: int,
  topics_filter_regex: string,
  topics_exclude_regex: string,
  groups_filter_regex: string,
  groups_exclude_regex: string,
};

export const kafkaExporterIntegration = exporterIntegration({
  v1Name: "kafka_exporter",
  v2Name: "kafka_configs",
  goName: "kafka_exporter.plain",
  fields,
  defaults: () => ({
    use_sasl_handshake: true,
    kafka_version: "2.0.0",
    metadata_refresh_interval: "1m",
    allow_concurrency: true,
    max_offsets: 1000,
    prune_interval_seconds: 30,
    offset_show_all: true,
    topic_workers: 100,
    topics_filter_regex: ".*",
    topics_exclude_regex: "^$",
    groups_filter_regex: ".*",
    groups_exclude_regex: "^$",
  }),
  // The YAML keys are the Alloy argument names, so the mapping is one to one.
  exporter: (cfg) => ({ component: kafkaExporter, values: pickValues(cfg, Object.keys(fields)) }),
});
