// The HTTP/gRPC server arguments Loki push sources squash into their arguments
// (grafana/alloy internal/component/common/net ServerConfig). The http and grpc blocks
// have no defaults of their own; ServerConfig's defaults apply to the component.

import { arg, blockOf, type Field, type Schema } from "../schema.js";
import { Duration } from "../values.js";

const serverTlsFields: Schema = [
  arg("cert_pem", "string"),
  arg("key_pem", "string"),
  arg("cert_file", "string"),
  arg("key_file", "string"),
  arg("client_auth_type", "string"),
  arg("client_ca_file", "string"),
  arg("client_ca", "string"),
  arg("cipher_suites", "string"),
  arg("min_version", "string"),
];

const http2Fields: Schema = [
  arg("enabled", "bool"),
  arg("max_handlers", "number"),
  arg("max_concurrent_streams", "number"),
  arg("max_decoder_header_table_size", "number"),
  arg("max_encoder_header_table_size", "number"),
  arg("max_read_frame_size", "number"),
  arg("permit_prohibited_ciphers", "bool"),
  arg("idle_timeout", "duration"),
  arg("read_idle_timeout", "duration"),
  arg("ping_timeout", "duration"),
  arg("write_byte_timeout", "duration"),
  arg("max_upload_buffer_per_connection", "number"),
  arg("max_upload_buffer_per_stream", "number"),
];

const httpFields: Schema = [
  arg("listen_address", "string"),
  arg("listen_port", "number"),
  arg("conn_limit", "number"),
  arg("server_read_timeout", "duration"),
  arg("server_write_timeout", "duration"),
  arg("server_idle_timeout", "duration"),
  blockOf("tls", serverTlsFields),
  blockOf("http2", http2Fields),
];

const grpcFields: Schema = [
  arg("listen_address", "string"),
  arg("listen_port", "number"),
  arg("conn_limit", "number"),
  arg("max_connection_age", "duration"),
  arg("max_connection_age_grace", "duration"),
  arg("max_connection_idle", "duration"),
  arg("server_max_recv_msg_size", "number"),
  arg("server_max_send_msg_size", "number"),
  arg("server_max_concurrent_streams", "number"),
  blockOf("tls", serverTlsFields),
];

export const serverFields: Field[] = [
  blockOf("http", httpFields),
  blockOf("grpc", grpcFields),
  arg("graceful_shutdown_timeout", "duration", new Duration(30_000)),
];
