// Prometheus's common HTTP client config (prometheus/common config.HTTPClientConfig) as
// read from YAML, its validation, and its mapping to Alloy's HTTP client arguments.
// Upstream it is an inline struct, so its fields are spread into the containing struct.

import type { Values } from "../../components/values.js";
import type { Diagnostics } from "../../diagnostics.js";
import { bool, DecodeFailure, list, locationOf, map, parsed, string, struct, type Infer, type SourceType, type StructOf } from "../yaml/types.js";
import { goUrl, redactUrl } from "./url.js";

/** prometheus/common's Secret: a string read through `type plain Secret`. */
export const secret: SourceType<string> = { ...string, goName: "config.plain" };

const TLS_VERSIONS = new Set(["TLS13", "TLS12", "TLS11", "TLS10"]);

const tlsVersion = parsed((text, line) => {
  if (!TLS_VERSIONS.has(text)) throw new DecodeFailure(`unknown TLS version: ${text}`, line);
  return text;
});

function countSet(...values: (string | undefined)[]): number {
  return values.filter((v) => v !== undefined && v !== "").length;
}

export const tlsConfigSource = struct(
  "config.plain",
  {
    ca: string,
    cert: string,
    key: secret,
    ca_file: string,
    cert_file: string,
    key_file: string,
    ca_ref: string,
    cert_ref: string,
    key_ref: string,
    server_name: string,
    insecure_skip_verify: bool,
    min_version: tlsVersion,
    max_version: tlsVersion,
    next_protos: list(string),
  },
  {
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (countSet(c.ca, c.ca_file, c.ca_ref) > 1) fail("at most one of ca, ca_file & ca_ref must be configured");
      if (countSet(c.cert, c.cert_file, c.cert_ref) > 1) fail("at most one of cert, cert_file & cert_ref must be configured");
      if (countSet(c.key, c.key_file, c.key_ref) > 1) fail("at most one of key and key_file must be configured");
      const usingCert = countSet(c.cert, c.cert_file, c.cert_ref) > 0;
      const usingKey = countSet(c.key, c.key_file, c.key_ref) > 0;
      if (usingCert && !usingKey) fail("exactly one of key or key_file must be configured when a client certificate is configured");
      if (usingKey && !usingCert) fail("exactly one of cert or cert_file must be configured when a client key is configured");
    },
  },
);
export type TlsConfigSource = Infer<typeof tlsConfigSource>;

const proxyHeader = map(list(secret), "config.ProxyHeader");

/** prometheus/common's ProxyConfig, inline wherever it appears. */
export const proxyConfigSource = {
  proxy_url: goUrl,
  no_proxy: string,
  proxy_from_environment: bool,
  proxy_connect_header: proxyHeader,
};

/** prometheus/common's BasicAuth fields, for the structs that embed them under other Go names. */
export const basicAuthFields = {
  username: string,
  username_file: string,
  username_ref: string,
  password: secret,
  password_file: string,
  password_ref: string,
};

const basicAuthSource = struct("config.plain", basicAuthFields);

const authorizationSource = struct("config.Authorization", {
  type: string,
  credentials: secret,
  credentials_file: string,
  credentials_ref: string,
});

const oauth2Source = struct("config.plain", {
  client_id: string,
  client_secret: secret,
  client_secret_file: string,
  client_secret_ref: string,
  scopes: list(string),
  token_url: string,
  endpoint_params: map(string),
  tls_config: tlsConfigSource,
  ...proxyConfigSource,
});

const headerSource = struct("config.Header", {
  values: list(string),
  secrets: list(secret),
  files: list(string),
});

/** The fields of HTTPClientConfig, to spread into a `struct(...)`. */
export const httpClientSource = {
  basic_auth: basicAuthSource,
  authorization: authorizationSource,
  oauth2: oauth2Source,
  bearer_token: secret,
  bearer_token_file: string,
  tls_config: tlsConfigSource,
  follow_redirects: bool,
  enable_http2: bool,
  ...proxyConfigSource,
  http_headers: map(headerSource, "config.plain"),
};

export type HttpClientSource = StructOf<typeof httpClientSource>;

/** DefaultHTTPClientConfig: what an embedding struct starts from before unmarshalling. */
export function httpClientDefaults(): Pick<HttpClientSource, "follow_redirects" | "enable_http2"> {
  return { follow_redirects: true, enable_http2: true };
}

/** Go's http.CanonicalHeaderKey for the ASCII header names configs use. */
function canonicalHeaderKey(name: string): string {
  return name.replace(/[A-Za-z0-9]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

const RESERVED_HEADERS = new Set([
  "Authorization", "Host", "Content-Encoding", "Content-Length", "Content-Type", "User-Agent",
  "Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Www-Authenticate",
  "Accept-Encoding", "X-Prometheus-Remote-Write-Version", "X-Prometheus-Remote-Read-Version",
  "X-Prometheus-Scrape-Timeout-Seconds", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256",
]);

/**
 * HTTPClientConfig.Validate: throws DecodeFailure with Prometheus's text. Like upstream it
 * also normalises: a bearer token (file) becomes an `authorization` of type Bearer, and an
 * authorization without type gets type Bearer.
 */
export function validateHttpClient(cfg: HttpClientSource, line?: number): void {
  const fail = DecodeFailure.thrower(line);
  const bearer = countSet(cfg.bearer_token) > 0;
  const bearerFile = countSet(cfg.bearer_token_file) > 0;
  if (bearer && bearerFile) fail("at most one of bearer_token & bearer_token_file must be configured");
  if ((cfg.basic_auth || cfg.oauth2) && (bearer || bearerFile)) {
    fail("at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured");
  }
  const basic = cfg.basic_auth;
  if (basic && countSet(basic.username, basic.username_file, basic.username_ref) > 1) {
    fail("at most one of basic_auth username, username_file & username_ref must be configured");
  }
  if (basic && countSet(basic.password, basic.password_file, basic.password_ref) > 1) {
    fail("at most one of basic_auth password, password_file & password_ref must be configured");
  }
  const auth = cfg.authorization;
  if (auth) {
    if (bearer || bearerFile) fail("authorization is not compatible with bearer_token & bearer_token_file");
    if (countSet(auth.credentials, auth.credentials_file, auth.credentials_ref) > 1) {
      fail("at most one of authorization credentials & credentials_file must be configured");
    }
    auth.type = (auth.type ?? "").trim() || "Bearer";
    if (auth.type.toLowerCase() === "basic") fail(`authorization type cannot be set to "basic", use "basic_auth" instead`);
    if (cfg.basic_auth || cfg.oauth2) fail("at most one of basic_auth, oauth2 & authorization must be configured");
  } else if (bearer) {
    cfg.authorization = { type: "Bearer", credentials: cfg.bearer_token };
    cfg.bearer_token = undefined;
  } else if (bearerFile) {
    cfg.authorization = { type: "Bearer", credentials_file: cfg.bearer_token_file };
    cfg.bearer_token_file = undefined;
  }
  const oauth2 = cfg.oauth2;
  if (oauth2) {
    if (cfg.basic_auth) fail("at most one of basic_auth, oauth2 & authorization must be configured");
    if (!oauth2.client_id) fail("oauth2 client_id must be configured");
    if (!oauth2.token_url) fail("oauth2 token_url must be configured");
    if (countSet(oauth2.client_secret, oauth2.client_secret_file, oauth2.client_secret_ref) > 1) {
      fail("at most one of oauth2 client_secret, client_secret_file & client_secret_ref must be configured");
    }
  }
  validateProxy(cfg, fail);
  for (const name of Object.keys(cfg.http_headers ?? {})) {
    if (RESERVED_HEADERS.has(canonicalHeaderKey(name))) fail(`setting header "${canonicalHeaderKey(name)}" is not allowed`);
  }
}

type ProxySource = { proxy_url?: string; no_proxy?: string; proxy_from_environment?: boolean; proxy_connect_header?: Record<string, string[]> };

function validateProxy(p: ProxySource, fail: (text: string) => never): void {
  const hasUrl = countSet(p.proxy_url) > 0;
  if (Object.keys(p.proxy_connect_header ?? {}).length > 0 && !p.proxy_from_environment && !hasUrl) {
    fail("if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured");
  }
  if (p.proxy_from_environment && hasUrl) fail("if proxy_from_environment is configured, proxy_url must not be configured");
  if (p.proxy_from_environment && countSet(p.no_proxy) > 0) fail("if proxy_from_environment is configured, no_proxy must not be configured");
  if (p.proxy_url === undefined && countSet(p.no_proxy) > 0) fail("if no_proxy is configured, proxy_url must also be configured");
}

/** Reports the HTTP client options Alloy cannot express, with Alloy's texts. */
export function reportUnsupportedHttpClient(cfg: HttpClientSource, diags: Diagnostics): void {
  if (cfg.tls_config?.max_version) {
    diags.error("The converter does not support converting the provided HTTP Client max_version config.", locationOf(cfg.tls_config, "max_version"));
  }
}

export function tlsConfigValues(tls: TlsConfigSource | undefined): Values {
  return {
    ca_pem: tls?.ca,
    ca_file: tls?.ca_file,
    cert_pem: tls?.cert,
    cert_file: tls?.cert_file,
    key_pem: tls?.key,
    key_file: tls?.key_file,
    server_name: tls?.server_name,
    insecure_skip_verify: tls?.insecure_skip_verify,
    min_version: tls?.min_version,
  };
}

/** The proxy arguments, or nothing when the proxy config is all zero (Alloy's nil pointer). */
export function proxyConfigValues(p: ProxySource): Values {
  const empty = !p.proxy_url && !p.no_proxy && !p.proxy_from_environment && p.proxy_connect_header === undefined;
  if (empty) return {};
  return {
    proxy_url: p.proxy_url === undefined ? undefined : redactUrl(p.proxy_url),
    no_proxy: p.no_proxy,
    proxy_from_environment: p.proxy_from_environment,
    proxy_connect_header: p.proxy_connect_header,
  };
}

/** Alloy's HTTP client arguments for a validated config; unsupported options are reported. */
export function httpClientValues(cfg: HttpClientSource, diags?: Diagnostics): Values {
  if (diags) reportUnsupportedHttpClient(cfg, diags);
  const { basic_auth: basic, authorization: auth, oauth2 } = cfg;
  return {
    basic_auth: basic && { username: basic.username, password: basic.password, password_file: basic.password_file },
    authorization: auth && { type: auth.type, credentials: auth.credentials, credentials_file: auth.credentials_file },
    oauth2: oauth2 && {
      client_id: oauth2.client_id,
      client_secret: oauth2.client_secret,
      client_secret_file: oauth2.client_secret_file,
      scopes: oauth2.scopes,
      token_url: oauth2.token_url,
      endpoint_params: oauth2.endpoint_params,
      ...proxyConfigValues(oauth2),
      tls_config: tlsConfigValues(oauth2.tls_config),
    },
    bearer_token: cfg.bearer_token,
    bearer_token_file: cfg.bearer_token_file,
    ...proxyConfigValues(cfg),
    tls_config: tlsConfigValues(cfg.tls_config),
    follow_redirects: cfg.follow_redirects ?? false,
    enable_http2: cfg.enable_http2 ?? false,
  };
}
