// The name the Agent gives a metrics instance's remote_write that has none: the instance
// name, `-`, and the first six hex digits of the MD5 of the config as Go's encoding/json
// writes Prometheus's RemoteWriteConfig (Go field names, prometheus/common's own JSON tags
// for the HTTP client, secrets as `<secret>`, HTML characters escaped). The field layout was
// checked against the names Alloy's own tests expect.

import { createHash } from "node:crypto";
import { formatPrometheusDuration } from "../../components/values.js";
import type { RemoteWriteConfig } from "../prometheus/source.js";
import type { RelabelConfig } from "../shared/relabel.js";
import { locationOf } from "../yaml/types.js";

type Json = string | number | boolean | null | Json[] | JsonObject | Verbatim;
interface JsonObject {
  [key: string]: Json | undefined;
}
/** Already-encoded JSON. */
class Verbatim {
  constructor(readonly text: string) {}
}

/** Go's json string encoding: HTML-safe escapes included. */
function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || ch === "<" || ch === ">" || ch === "&" || c === 0x2028 || c === 0x2029) {
      out += "\\u" + c.toString(16).padStart(4, "0");
    } else out += ch;
  }
  return out + '"';
}

function encode(v: Json | undefined): string {
  if (v === null || v === undefined) return "null";
  if (v instanceof Verbatim) return v.text;
  if (typeof v === "string") return goJsonString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return "[" + v.map(encode).join(",") + "]";
  return "{" + Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => goJsonString(k) + ":" + encode(x)).join(",") + "}";
}

/** model.Duration's JSON: its string form. */
const duration = (ms: number | undefined): string => formatPrometheusDuration(ms ?? 0);

/** A prometheus/common Secret: `<secret>` when set; omitempty drops it when empty. */
const secret = (s: string | undefined): string | undefined => (s ? "<secret>" : undefined);
const omitEmpty = (s: string | undefined): string | undefined => (s ? s : undefined);

/** A Go map: keys sorted, nil as null. */
function stringMap(m: Record<string, string> | undefined): Json {
  if (!m) return null;
  const out: JsonObject = {};
  for (const k of Object.keys(m).sort()) out[k] = m[k];
  return out;
}

function relabelJson(r: RelabelConfig): Json {
  return {
    source_labels: r.source_labels && r.source_labels.length > 0 ? r.source_labels : undefined,
    separator: omitEmpty(r.separator),
    regex: omitEmpty(r.regex),
    modulus: r.modulus ? r.modulus : undefined,
    target_label: omitEmpty(r.target_label),
    replacement: omitEmpty(r.replacement),
    action: omitEmpty(r.action),
  };
}

type Tls = NonNullable<RemoteWriteConfig["tls_config"]>;

function tlsJson(t: Tls | undefined): Json {
  const tls = t ?? {};
  return {
    ca: omitEmpty(tls.ca),
    cert: omitEmpty(tls.cert),
    key: secret(tls.key),
    ca_file: omitEmpty(tls.ca_file),
    cert_file: omitEmpty(tls.cert_file),
    key_file: omitEmpty(tls.key_file),
    ca_ref: omitEmpty(tls.ca_ref),
    cert_ref: omitEmpty(tls.cert_ref),
    key_ref: omitEmpty(tls.key_ref),
    server_name: omitEmpty(tls.server_name),
    insecure_skip_verify: tls.insecure_skip_verify ?? false,
    min_version: omitEmpty(tls.min_version),
    max_version: omitEmpty(tls.max_version),
  };
}

function proxyUrl(u: unknown): Json {
  return typeof u === "string" && u !== "" ? u : u && typeof u === "object" && "toString" in u ? String(u) : null;
}

function httpClientJson(rw: RemoteWriteConfig): Json {
  const ba = rw.basic_auth;
  const au = rw.authorization;
  const o = rw.oauth2;
  return {
    basic_auth: ba && {
      username: ba.username ?? "",
      username_file: omitEmpty(ba.username_file),
      username_ref: omitEmpty(ba.username_ref),
      password: secret(ba.password),
      password_file: omitEmpty(ba.password_file),
      password_ref: omitEmpty(ba.password_ref),
    },
    authorization: au && {
      type: omitEmpty(au.type),
      credentials: secret(au.credentials),
      credentials_file: omitEmpty(au.credentials_file),
      credentials_ref: omitEmpty(au.credentials_ref),
    },
    oauth2: o && {
      client_id: o.client_id ?? "",
      client_secret: secret(o.client_secret),
      client_secret_file: omitEmpty(o.client_secret_file),
      client_secret_ref: omitEmpty(o.client_secret_ref),
      scopes: o.scopes && o.scopes.length > 0 ? o.scopes : undefined,
      token_url: o.token_url ?? "",
      endpoint_params: o.endpoint_params && Object.keys(o.endpoint_params).length > 0 ? stringMap(o.endpoint_params) : undefined,
      tls_config: tlsJson(o.tls_config),
      proxy_url: proxyUrl(o.proxy_url),
    },
    bearer_token: secret(rw.bearer_token),
    bearer_token_file: omitEmpty(rw.bearer_token_file),
    tls_config: tlsJson(rw.tls_config),
    follow_redirects: rw.follow_redirects ?? true,
    // Remote write's HTTP client starts with HTTP/2 off in the Prometheus the Agent reads.
    enable_http2: locationOf(rw, "enable_http2") ? (rw.enable_http2 ?? false) : false,
    proxy_url: proxyUrl(rw.proxy_url),
    no_proxy: omitEmpty(rw.no_proxy),
    proxy_from_environment: rw.proxy_from_environment ? true : undefined,
  };
}

function remoteWriteJson(rw: RemoteWriteConfig): Json {
  const q = rw.queue_config ?? {};
  const m = rw.metadata_config ?? {};
  return {
    URL: rw.url === undefined ? null : String(rw.url),
    RemoteTimeout: duration(rw.remote_timeout),
    Headers: stringMap(rw.headers),
    WriteRelabelConfigs: rw.write_relabel_configs ? rw.write_relabel_configs.map(relabelJson) : null,
    Name: "", // hashed before the name is set
    SendExemplars: rw.send_exemplars ?? false,
    SendNativeHistograms: rw.send_native_histograms ?? false,
    RoundRobinDNS: rw.round_robin_dns ?? false,
    ProtobufMessage: rw.protobuf_message || "prometheus.WriteRequest",
    HTTPClientConfig: httpClientJson(rw),
    QueueConfig: {
      Capacity: q.capacity ?? 0,
      MaxShards: q.max_shards ?? 0,
      MinShards: q.min_shards ?? 0,
      MaxSamplesPerSend: q.max_samples_per_send ?? 0,
      BatchSendDeadline: duration(q.batch_send_deadline),
      MinBackoff: duration(q.min_backoff),
      MaxBackoff: duration(q.max_backoff),
      RetryOnRateLimit: q.retry_on_http_429 ?? false,
      SampleAgeLimit: duration(q.sample_age_limit),
    },
    MetadataConfig: { Send: m.send ?? false, SendInterval: duration(m.send_interval), MaxSamplesPerSend: m.max_samples_per_send ?? 0 },
    SigV4Config: rw.sigv4
      ? new Verbatim(encode({
          Region: rw.sigv4.region ?? "", AccessKey: rw.sigv4.access_key ?? "", SecretKey: secret(rw.sigv4.secret_key) ?? "",
          Profile: rw.sigv4.profile ?? "", RoleARN: rw.sigv4.role_arn ?? "", ExternalID: rw.sigv4.external_id ?? "",
          UseFIPSSTSEndpoint: rw.sigv4.use_fips_sts_endpoint ?? false,
        }))
      : null,
    AzureADConfig: rw.azuread ? { ...(rw.azuread as JsonObject) } : null,
    GoogleIAMConfig: (rw.google_iam as Json | undefined) ?? null,
  };
}

/** `<instance>-<6 hex digits>`. */
export function generatedRemoteWriteName(instance: string, rw: RemoteWriteConfig): string {
  const hash = createHash("md5").update(encode(remoteWriteJson(rw))).digest("hex");
  return `${instance}-${hash.slice(0, 6)}`;
}
