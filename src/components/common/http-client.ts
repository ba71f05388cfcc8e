// Alloy's common HTTP client arguments (component/common/config HTTPClientConfig), in
// the Go struct's field order, to spread into the schema of any component that embeds
// them. Squashed Go structs (proxy config, headers) appear as their fields in place.

import { arg, blockOf, type Field, type Schema } from "../schema.js";

export const basicAuthFields: Schema = [
  arg("username", "string"),
  arg("password", "string"),
  arg("password_file", "string"),
];

export const authorizationFields: Schema = [
  arg("type", "string"),
  arg("credentials", "string"),
  arg("credentials_file", "string"),
];

export const tlsConfigFields: Schema = [
  arg("ca_pem", "string"),
  arg("ca_file", "string"),
  arg("cert_pem", "string"),
  arg("cert_file", "string"),
  arg("key_pem", "string"),
  arg("key_file", "string"),
  arg("server_name", "string"),
  arg("insecure_skip_verify", "bool"),
  /** A TLS version name such as `TLS12`; unset is Go's zero version. */
  arg("min_version", "string"),
];

export const proxyConfigFields: Schema = [
  arg("proxy_url", "string"),
  arg("no_proxy", "string"),
  arg("proxy_from_environment", "bool"),
  arg("proxy_connect_header", "map"),
];

export const oauth2Fields: Schema = [
  arg("client_id", "string"),
  arg("client_secret", "string"),
  arg("client_secret_file", "string"),
  arg("client_certificate_key_id", "string"),
  arg("client_certificate_key", "string"),
  arg("client_certificate_key_file", "string"),
  // The converters never set the grant type or signature algorithm, and Alloy prints
  // neither for them, so their defaults are modelled as the zero value.
  arg("grant_type", "string"),
  arg("signature_algorithm", "string"),
  arg("iss", "string"),
  arg("audience", "string"),
  arg("claims", "map"),
  arg("scopes", "list"),
  arg("token_url", "string"),
  arg("endpoint_params", "map"),
  ...proxyConfigFields,
  // A pointer block in Go: written (even empty) whenever the mapping provides it.
  blockOf("tls_config", tlsConfigFields),
];

export const httpClientFields: Field[] = [
  blockOf("basic_auth", basicAuthFields),
  blockOf("authorization", authorizationFields),
  blockOf("oauth2", oauth2Fields),
  arg("bearer_token", "string"),
  arg("bearer_token_file", "string"),
  ...proxyConfigFields,
  // A value block in Go: left out when nothing in it is set.
  blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
  arg("follow_redirects", "bool", true),
  arg("enable_http2", "bool", true),
  arg("http_headers", "map"),
];
