// prometheus.exporter.kafka (component/prometheus/exporter/kafka Arguments), Go field order
// and SetToDefault.

import { arg, type ComponentSchema } from "../../schema.js";

export const kafkaExporter: ComponentSchema = {
  name: "prometheus.exporter.kafka",
  fields: [
    arg("instance", "string"),
    arg("kafka_uris", "list"),
    arg("use_sasl", "bool"),
    arg("use_sasl_handshake", "bool", true),
    arg("sasl_username", "string"),
    arg("sasl_password", "string"),
    arg("sasl_mechanism", "string"),
    arg("sasl_disable_pafx_fast", "bool"),
    arg("use_tls", "bool"),
    arg("tls_server_name", "string"),
    arg("ca_file", "string"),
    arg("cert_file", "string"),
    arg("key_file", "string"),
    arg("insecure_skip_verify", "bool"),
    arg("kafka_version", "string", "2.0.0"),
    arg("use_zookeeper_lag", "bool"),
    arg("zookeeper_uris", "list"),
    arg("kafka_cluster_name", "string"),
    arg("metadata_refresh_interval", "string", "1m"),
    arg("gssapi_service_name", "string"),
    arg("gssapi_kerberos_config_path", "string"),
    arg("gssapi_realm", "string"),
    arg("gssapi_key_tab_path", "string"),
    arg("gssapi_kerberos_auth_type", "string"),
    arg("offset_show_all", "bool", true),
    arg("topic_workers", "number", 100),
    arg("allow_concurrency", "bool", true),
    arg("allow_auto_topic_creation", "bool"),
    arg("max_offsets", "number", 1000),
    arg("prune_interval_seconds", "number", 30),
    arg("topics_filter_regex", "string", ".*"),
    arg("topics_exclude_regex", "string", "^$"),
    arg("groups_filter_regex", "string", ".*"),
    arg("groups_exclude_regex", "string", "^$"),
  ],
};
