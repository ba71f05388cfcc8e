// Push targets' dskit server config → Alloy's server arguments, and the server options
// Alloy cannot carry over (grafana/alloy converter common/weaveworks_server.go texts).

import type { Values } from "../../components/values.js";
import type { Diagnostics } from "../../diagnostics.js";
import { Duration } from "../../components/values.js";
import type { PushServerSource, ServerTlsSource } from "./server-source.js";
import { locationOf } from "../yaml/types.js";

function serverTlsValues(tls: ServerTlsSource | undefined): Values | undefined {
  if (!tls?.cert_file && !tls?.cert) return undefined;
  return {
    cert_pem: tls.cert,
    key_pem: tls.key,
    cert_file: tls.cert_file,
    key_file: tls.key_file,
    client_auth_type: tls.client_auth_type,
    client_ca_file: tls.client_ca_file,
    client_ca: tls.client_ca,
  };
}

const zero = (d: Duration | undefined) => d ?? new Duration(0);

/** The http, grpc and graceful_shutdown_timeout arguments; both blocks are always written. */
export function serverValues(server: PushServerSource | undefined): Values {
  const s = server ?? {};
  return {
    http: {
      listen_address: s.http_listen_address,
      listen_port: s.http_listen_port,
      conn_limit: s.http_listen_conn_limit,
      server_read_timeout: s.http_server_read_timeout,
      server_write_timeout: s.http_server_write_timeout,
      server_idle_timeout: s.http_server_idle_timeout,
      tls: serverTlsValues(s.http_tls_config),
    },
    grpc: {
      listen_address: s.grpc_listen_address,
      listen_port: s.grpc_listen_port,
      conn_limit: s.grpc_listen_conn_limit,
      max_connection_age: s.grpc_server_max_connection_age,
      max_connection_age_grace: s.grpc_server_max_connection_age_grace,
      max_connection_idle: s.grpc_server_max_connection_idle,
      server_max_recv_msg_size: s.grpc_server_max_recv_msg_size,
      server_max_send_msg_size: s.grpc_server_max_send_msg_size,
      server_max_concurrent_streams: s.grpc_server_max_concurrent_streams,
      tls: serverTlsValues(s.grpc_tls_config),
    },
    graceful_shutdown_timeout: zero(s.graceful_shutdown_timeout),
  };
}

/** Each option set away from its zero value that Alloy's server config has no place for. */
const UNSUPPORTED: (keyof PushServerSource)[] = [
  "http_listen_network",
  "grpc_listen_network",
  "tls_cipher_suites",
  "tls_min_version",
  "register_instrumentation",
  "graceful_shutdown_timeout",
  "grpc_server_keepalive_time",
  "grpc_server_keepalive_timeout",
  "grpc_server_min_time_between_pings",
  "grpc_server_ping_without_stream_allowed",
  "log_format",
  "log_level",
  "log_source_ips_enabled",
  "log_source_ips_header",
  "log_source_ips_regex",
  "log_request_at_info_level_enabled",
  "http_path_prefix",
];

function isSet(v: unknown): boolean {
  if (v instanceof Duration) return v.ms !== 0;
  return v !== undefined && v !== "" && v !== false && v !== 0;
}

export function reportUnsupportedServer(server: PushServerSource | undefined, diags: Diagnostics): void {
  for (const key of UNSUPPORTED) {
    if (isSet(server?.[key])) diags.error(`${key} is not supported in server config`, locationOf(server, key));
  }
}
