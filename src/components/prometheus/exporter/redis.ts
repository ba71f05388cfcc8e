// prometheus.exporter.redis (component/prometheus/exporter/redis Arguments), Go field order
// and SetToDefault.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const redisExporter: ComponentSchema = {
  name: "prometheus.exporter.redis",
  fields: [
    arg("include_exporter_metrics", "bool"),
    requiredArg("redis_addr", "string"),
    arg("redis_user", "string"),
    arg("redis_password", "string"),
    arg("redis_password_file", "string"),
    arg("redis_password_map_file", "string"),
    arg("namespace", "string", "redis"),
    arg("config_command", "string", "CONFIG"),
    arg("check_keys", "list"),
    arg("check_key_groups", "list"),
    arg("check_key_groups_batch_size", "number", 10000),
    arg("max_distinct_key_groups", "number", 100),
    arg("check_single_keys", "list"),
    arg("check_streams", "list"),
    arg("check_single_streams", "list"),
    arg("export_key_values", "bool", true),
    arg("count_keys", "list"),
    arg("script_path", "string"),
    arg("script_paths", "list"),
    arg("connection_timeout", "duration", new Duration(15_000)),
    arg("tls_client_key_file", "string"),
    arg("tls_client_cert_file", "string"),
    arg("tls_ca_cert_file", "string"),
    arg("set_client_name", "bool", true),
    arg("is_tile38", "bool"),
    arg("is_cluster", "bool"),
    arg("export_client_list", "bool"),
    arg("export_client_port", "bool"),
    arg("redis_metrics_only", "bool"),
    arg("ping_on_connect", "bool"),
    arg("incl_system_metrics", "bool"),
    arg("skip_tls_verification", "bool"),
  ],
};
