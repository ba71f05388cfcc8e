// The HTTP/gRPC server config Promtail embeds (grafana/dskit server.Config, inline in
// Promtail's server.Config), as read from YAML: used for the top-level `server` and for
// the servers of push targets (loki_push_api, heroku_drain, gcplog push).

import { bool, DecodeFailure, int, parsed, string, struct, uint, type Infer } from "../yaml/types.js";
import { goQuote } from "../shared/go-format.js";
import { goDuration } from "../shared/go-duration.js";

const serverTlsSource = struct("server.TLSConfig", {
  cert_file: string,
  key_file: string,
  client_auth_type: string,
  client_ca_file: string,
  cert: string,
  key: string,
  client_ca: string,
});
export type ServerTlsSource = Infer<typeof serverTlsSource>;

/** dskit's log.Level: one of four names; its UnmarshalYAML refuses any other. */
const LOG_LEVELS = ["debug", "info", "warn", "error"];
const logLevel = parsed((text, line) => {
  if (!LOG_LEVELS.includes(text)) throw new DecodeFailure(`unrecognized log level ${goQuote(text)}`, line);
  return text;
});

/** dskit's flagext.StringSliceCSV reads one comma-separated string. */
const stringSliceCsv = string;

const clusterValidationProtocol = { enabled: bool, soft_validation: bool };
const clusterValidationSource = struct("clusterutil.ServerClusterValidationConfig", {
  label: string,
  additional_labels: stringSliceCsv,
  grpc: struct("clusterutil.ClusterValidationProtocolConfig", clusterValidationProtocol),
  http: struct("clusterutil.ClusterValidationProtocolConfigForHTTP", {
    ...clusterValidationProtocol,
    excluded_paths: stringSliceCsv,
    excluded_user_agents: stringSliceCsv,
  }),
});

/** dskit server.Config's YAML keys (its `yaml:"-"` fields, such as throughput, have none). */
export const dskitServerFields = {
  http_listen_network: string,
  http_listen_address: string,
  http_listen_port: int,
  http_listen_conn_limit: int,
  grpc_listen_network: string,
  grpc_listen_address: string,
  grpc_listen_port: int,
  grpc_listen_conn_limit: int,
  grpc_collect_max_streams_by_conn: bool,
  proxy_protocol_enabled: bool,
  tls_cipher_suites: string,
  tls_min_version: string,
  http_tls_config: serverTlsSource,
  grpc_tls_config: serverTlsSource,
  register_instrumentation: bool,
  report_grpc_codes_in_instrumentation_label_enabled: bool,
  graceful_shutdown_timeout: goDuration,
  http_server_read_timeout: goDuration,
  http_server_read_header_timeout: goDuration,
  http_server_write_timeout: goDuration,
  http_server_idle_timeout: goDuration,
  http_log_closed_connections_without_response_enabled: bool,
  grpc_server_max_recv_msg_size: int,
  grpc_server_max_send_msg_size: int,
  grpc_server_max_concurrent_streams: uint,
  grpc_server_max_connection_idle: goDuration,
  grpc_server_max_connection_age: goDuration,
  grpc_server_max_connection_age_grace: goDuration,
  grpc_server_keepalive_time: goDuration,
  grpc_server_keepalive_timeout: goDuration,
  grpc_server_min_time_between_pings: goDuration,
  grpc_server_ping_without_stream_allowed: bool,
  grpc_server_num_workers: int,
  grpc_server_stats_tracking_enabled: bool,
  grpc_server_recv_buffer_pools_enabled: bool,
  grpc_server_read_buffer_size: int,
  grpc_server_write_buffer_size: int,
  log_format: string,
  log_level: logLevel,
  log_source_ips_enabled: bool,
  log_source_ips_full: bool,
  log_source_ips_header: string,
  log_source_ips_regex: string,
  log_request_headers: bool,
  log_request_at_info_level_enabled: bool,
  log_request_exclude_headers_list: string,
  trace_request_headers: bool,
  trace_request_exclude_headers_list: string,
  http_path_prefix: string,
  cluster_validation: clusterValidationSource,
  create_new_traces: bool,
  enable_open_metrics_text_created_samples: bool,
};

/** A push target's server: dskit's config alone, with no flag defaults applied. */
export const pushServerSource = struct("server.Config", dskitServerFields);
export type PushServerSource = Infer<typeof pushServerSource>;

/** The flag defaults Promtail registers for the server fields the converter looks at. */
export function promtailServerDefaults(): { register_instrumentation: boolean; log_level: string } {
  return { register_instrumentation: true, log_level: "info" };
}

/** Promtail's own server.Config: dskit's fields plus Promtail's. */
export const promtailServerSource = struct(
  "server.Config",
  {
    ...dskitServerFields,
    external_url: string,
    health_check_target: bool,
    disable: bool,
    profiling_enabled: bool,
    enable_runtime_reload: bool,
  },
  { defaults: promtailServerDefaults },
);
export type PromtailServerSource = Infer<typeof promtailServerSource>;
