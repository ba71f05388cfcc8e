// The sections of a Prometheus v3.13 config that Alloy's converter does not turn into
// components (alerting, remote_read, storage, tracing, runtime, otlp) but that
// Prometheus's loader still reads strictly and validates: a config it refuses is refused
// here with its words, and what it accepts is then reported as not converted.

import { modelDuration } from "../shared/duration.js";
import { goQuote } from "../shared/go-format.js";
import { httpClientDefaults, httpClientSource, secret, tlsConfigSource, validateHttpClient } from "../shared/http-client.js";
import { labelSet } from "../shared/label-names.js";
import { relabelConfigSource } from "../shared/relabel.js";
import { goUrl } from "../shared/url.js";
import { parseGoBase2Bytes } from "../shared/bytes.js";
import { bool, DecodeFailure, float, int, list, map, nullEntries, parsed, string, struct, uint, type Infer } from "../yaml/types.js";
import { checkDiscoveryNulls, discoveryConfigFields } from "./discovery/configs.js";


/** A `[]*relabel.Config`: a null rule is a nil pointer, which each owner refuses in its words. */
export const relabelList = list(relabelConfigSource, "[]*relabel.Config");

export function refuseNullRules(rules: unknown[] | undefined, message: string, line?: number): void {
  if (nullEntries(rules).length > 0) throw new DecodeFailure(message, line);
}

/** units.Base2Bytes, read through its UnmarshalText: a parse failure stops the load. */
export const base2Bytes = parsed((text, line) => {
  const result = parseGoBase2Bytes(text);
  if ("error" in result) throw new DecodeFailure(result.error, line);
  return result.bytes;
}, "units.Base2Bytes");

// ---------------------------------------------------------------------------------------
// Headers (remote write, remote read, tracing)

/** Headers Prometheus reserves for itself; authorization is refused on its own. */
const RESERVED_HEADERS = new Set([
  "host", "content-encoding", "content-length", "content-type", "user-agent", "connection", "keep-alive",
  "proxy-authenticate", "proxy-authorization", "www-authenticate", "accept-encoding", "x-prometheus-remote-write-version",
  "x-prometheus-remote-read-version", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256",
]);

/** validateHeaders, for remote write and remote read. */
export function validateHeaders(headers: Record<string, string> | undefined, line?: number): void {
  for (const name of Object.keys(headers ?? {})) {
    if (name.toLowerCase() === "authorization") {
      throw new DecodeFailure("authorization header must be changed via the basic_auth, authorization, oauth2, sigv4, azuread or google_iam parameter", line);
    }
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new DecodeFailure(`${name} is a reserved header. It must not be changed`, line);
  }
}

function validateTracingHeaders(headers: Record<string, string> | undefined, line?: number): void {
  for (const name of Object.keys(headers ?? {})) {
    if (name.toLowerCase() === "authorization") throw new DecodeFailure("custom authorization header configuration is not yet supported", line);
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new DecodeFailure(`${name} is a reserved header. It must not be changed`, line);
  }
}

// ---------------------------------------------------------------------------------------
// sigv4 (remote write, Alertmanager)

export const sigv4Source = struct(
  "sigv4.plain",
  {
    region: string,
    access_key: string,
    secret_key: secret,
    profile: string,
    role_arn: string,
    external_id: string,
    use_fips_sts_endpoint: bool,
  },
  {
    validate(c, _ctx, line) {
      if (!c.access_key !== !c.secret_key) {
        DecodeFailure.thrower(line)("must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config");
      }
    },
  },
);

// ---------------------------------------------------------------------------------------
// remote_read

export const remoteReadSource = struct(
  "config.plain",
  {
    url: goUrl,
    remote_timeout: modelDuration,
    chunked_read_limit: uint,
    headers: map(string),
    read_recent: bool,
    name: string,
    ...httpClientSource,
    required_matchers: labelSet,
    filter_external_labels: bool,
  },
  {
    defaults: () => ({ remote_timeout: 60_000, chunked_read_limit: 50 * 1024 * 1024, filter_external_labels: true, ...httpClientDefaults() }),
    validate(rr, _ctx, line) {
      if (rr.url === undefined) DecodeFailure.thrower(line)("url for remote_read is empty");
      validateHeaders(rr.headers, line);
      validateHttpClient(rr, line);
    },
  },
);
export type RemoteReadConfig = Infer<typeof remoteReadSource>;

// ---------------------------------------------------------------------------------------
// alerting

const ALERTMANAGER_API_VERSIONS = ["v2"];
const alertmanagerApiVersion = parsed((text, line) => {
  if (!ALERTMANAGER_API_VERSIONS.includes(text)) {
    throw new DecodeFailure(`expected Alertmanager api version to be one of [${ALERTMANAGER_API_VERSIONS.join(" ")}] but got ${text}`, line);
  }
  return text;
});

const alertmanagerSource = struct(
  "config.plain",
  {
    ...discoveryConfigFields(),
    ...httpClientSource,
    sigv4: sigv4Source,
    scheme: string,
    path_prefix: string,
    timeout: modelDuration,
    api_version: alertmanagerApiVersion,
    relabel_configs: relabelList,
    alert_relabel_configs: relabelList,
  },
  {
    defaults: () => ({ scheme: "http", timeout: 10_000, api_version: "v2", ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      checkDiscoveryNulls(c, line);
      validateHttpClient(c, line);
      if ((c.basic_auth || c.authorization || c.oauth2) && c.sigv4) fail("at most one of basic_auth, authorization, oauth2, & sigv4 must be configured");
      if ((c.relabel_configs?.length ?? 0) + nullEntries(c.relabel_configs).length === 0) checkStaticTargets(c.static_configs, line);
      refuseNullRules(c.relabel_configs, "empty or null Alertmanager target relabeling rule", line);
      refuseNullRules(c.alert_relabel_configs, "empty or null Alertmanager alert relabeling rule", line);
    },
  },
);

export const alertingSource = struct(
  "config.plain",
  { alert_relabel_configs: relabelList, alertmanagers: list(alertmanagerSource, "config.AlertmanagerConfigs") },
  { validate: (c, _ctx, line) => refuseNullRules(c.alert_relabel_configs, "empty or null alert relabeling rule", line) },
);
export type AlertingConfig = Infer<typeof alertingSource>;

/** checkStaticTargets: a URL in a target group is a mistake worth refusing. */
export function checkStaticTargets(groups: { targets?: string[] }[] | undefined, line?: number): void {
  for (const group of groups ?? []) {
    const bad = (group.targets ?? []).find((t) => t.includes("/"));
    if (bad !== undefined) throw new DecodeFailure(`${goQuote(bad)} is not a valid hostname`, line);
  }
}

// ---------------------------------------------------------------------------------------
// storage

const retentionSource = struct(
  "config.plain",
  { time: modelDuration, size: base2Bytes, percentage: float },
  {
    validate(r, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if ((r.size ?? 0) < 0) fail("'storage.tsdb.retention.size' must be greater than or equal to 0");
      const percentage = r.percentage ?? 0;
      if (percentage < 0 || percentage > 100) fail("'storage.tsdb.retention.percentage' must be in the range [0, 100]");
    },
  },
);

const FLOAT_CHUNK_ENCODINGS = ["xor", "xor2"];
const chunkEncodingSource = struct(
  "config.plain",
  { floats: string },
  {
    validate(c, _ctx, line) {
      if (c.floats && !FLOAT_CHUNK_ENCODINGS.includes(c.floats)) {
        DecodeFailure.thrower(line)(`'storage.tsdb.chunk_encoding.floats' must be 'xor' or 'xor2', or the field must be omitted entirely, got ${goQuote(c.floats)}`);
      }
    },
  },
);

const tsdbSource = struct("config.plain", {
  // An exported Go field without a yaml tag: yaml.v2 reads it under its lower-cased name.
  outofordertimewindow: int,
  out_of_order_time_window: modelDuration,
  retention: retentionSource,
  stale_series_compaction_threshold: float,
  chunk_encoding: chunkEncodingSource,
});

const exemplarsSource = struct("config.plain", { max_exemplars: int }, { defaults: () => ({ max_exemplars: 100_000 }) });

export const storageSource = struct("config.StorageConfig", { tsdb: tsdbSource, exemplars: exemplarsSource });
export type StorageConfig = Infer<typeof storageSource>;

// ---------------------------------------------------------------------------------------
// tracing

const TRACING_CLIENT_TYPES = ["http", "grpc"];
const tracingClientType = parsed((text, line) => {
  if (!TRACING_CLIENT_TYPES.includes(text)) {
    throw new DecodeFailure(`expected tracing client type to be to be http or grpc, but got ${text}`, line);
  }
  return text;
});

export const tracingSource = struct(
  "config.plain",
  {
    client_type: tracingClientType,
    endpoint: string,
    sampling_fraction: float,
    insecure: bool,
    tls_config: tlsConfigSource,
    headers: map(string),
    compression: string,
    timeout: modelDuration,
  },
  {
    validate(t, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      validateTracingHeaders(t.headers, line);
      if (!t.endpoint) fail("tracing endpoint must be set");
      if (t.compression && t.compression !== "gzip") fail(`invalid compression type ${t.compression} provided, valid options: gzip`);
    },
  },
);

// ---------------------------------------------------------------------------------------
// runtime

export const runtimeSource = struct("config.plain", { gogc: int });

// ---------------------------------------------------------------------------------------
// otlp

/** sanitizeAttributes: trims each name, and lists every empty or repeated one. */
function attributeErrors(attributes: string[] | undefined, adjective: string): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  (attributes ?? []).forEach((raw, i) => {
    const attr = raw.trim();
    if (attr === "") errors.push(`empty ${adjective} OTel resource attribute`);
    else if (seen.has(attr)) errors.push(`duplicated ${adjective} OTel resource attribute ${goQuote(attr)}`);
    else {
      seen.add(attr);
      attributes![i] = attr;
    }
  });
  return errors;
}

export const otlpSource = struct(
  "config.plain",
  {
    promote_all_resource_attributes: bool,
    promote_resource_attributes: list(string),
    ignore_resource_attributes: list(string),
    translation_strategy: string,
    keep_identifying_resource_attributes: bool,
    convert_histograms_to_nhcb: bool,
    promote_scope_metadata: bool,
    label_name_underscore_sanitization: bool,
    label_name_preserve_multiple_underscores: bool,
  },
  {
    defaults: () => ({ translation_strategy: "UnderscoreEscapingWithSuffixes" }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (c.promote_all_resource_attributes) {
        if ((c.promote_resource_attributes?.length ?? 0) > 0) {
          fail("'promote_all_resource_attributes' and 'promote_resource_attributes' cannot be configured simultaneously");
        }
        const errors = attributeErrors(c.ignore_resource_attributes, "ignored");
        if (errors.length > 0) fail(`invalid 'ignore_resource_attributes': ${errors.join("\n")}`);
      } else {
        if ((c.ignore_resource_attributes?.length ?? 0) > 0) {
          fail("'ignore_resource_attributes' cannot be configured unless 'promote_all_resource_attributes' is true");
        }
        const errors = attributeErrors(c.promote_resource_attributes, "promoted");
        if (errors.length > 0) fail(`invalid 'promote_resource_attributes': ${errors.join("\n")}`);
      }
    },
  },
);
export type OtlpConfig = Infer<typeof otlpSource>;

const TRANSLATION_STRATEGIES_WITH_UTF8 = ["NoTranslation", "NoUTF8EscapingWithSuffixes"];
const TRANSLATION_STRATEGIES_ESCAPING = ["UnderscoreEscapingWithSuffixes", "UnderscoreEscapingWithoutSuffixes"];

/** config.Load's last check: the OTLP translation strategy against the name validation. */
export function validateTranslationStrategy(otlp: OtlpConfig | undefined, validationScheme: string | undefined, line?: number): void {
  const strategy = otlp?.translation_strategy ?? "";
  if (strategy === "" || TRANSLATION_STRATEGIES_ESCAPING.includes(strategy)) return;
  if (TRANSLATION_STRATEGIES_WITH_UTF8.includes(strategy)) {
    if (validationScheme === "legacy") DecodeFailure.thrower(line)(`OTLP translation strategy ${goQuote(strategy)} is not allowed when UTF8 is disabled`);
    return;
  }
  DecodeFailure.thrower(line)(`unsupported OTLP translation strategy ${goQuote(strategy)}`);
}

// ---------------------------------------------------------------------------------------
// azuread and google_iam (remote write)

const AZURE_CLOUDS = ["AzureChina", "AzureGovernment", "AzurePublic"];

/** google/uuid's Parse: the 36-character form, bare 32 hex digits, `{…}` or `urn:uuid:…`. */
function isUuid(text: string): boolean {
  let t = text;
  if (t.length === 45 && t.slice(0, 9).toLowerCase() === "urn:uuid:") t = t.slice(9);
  else if (t.length === 38 && t.startsWith("{") && t.endsWith("}")) t = t.slice(1, -1);
  if (t.length === 32) return /^[0-9a-f]{32}$/i.test(t);
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t);
}

const AZURE_TENANT = /^[0-9a-zA-Z-.]+$/;
const AZURE_SCOPE = /^[\w\s:/.\\-]+$/;

export const azureADSource = struct(
  "azuread.plain",
  {
    managed_identity: struct("azuread.ManagedIdentityConfig", { client_id: string }),
    workload_identity: struct("azuread.WorkloadIdentityConfig", { client_id: string, tenant_id: string, token_file_path: string }),
    oauth: struct("azuread.OAuthConfig", { client_id: string, client_secret: string, tenant_id: string }),
    sdk: struct("azuread.SDKConfig", { tenant_id: string }),
    cloud: string,
    scope: string,
  },
  {
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      c.cloud ||= "AzurePublic";
      if (!AZURE_CLOUDS.includes(c.cloud)) fail("must provide a cloud in the Azure AD config");
      const authenticators = [c.managed_identity, c.workload_identity, c.oauth, c.sdk].filter((a) => a !== undefined).length;
      if (authenticators === 0) {
        fail("must provide an Azure Managed Identity, Azure Workload Identity, Azure OAuth or Azure SDK in the Azure AD config");
      }
      if (authenticators > 1) fail("cannot provide multiple authentication methods in the Azure AD config");
      const mi = c.managed_identity;
      if (mi?.client_id && !isUuid(mi.client_id)) fail("the provided Azure Managed Identity client_id is invalid");
      const wi = c.workload_identity;
      if (wi) {
        if (!wi.client_id) fail("must provide an Azure Workload Identity client_id in the Azure AD config");
        if (!wi.tenant_id) fail("must provide an Azure Workload Identity tenant_id in the Azure AD config");
        if (!isUuid(wi.client_id!)) fail("the provided Azure Workload Identity client_id is invalid");
        if (!isUuid(wi.tenant_id!)) fail("the provided Azure Workload Identity tenant_id is invalid");
      }
      const oauth = c.oauth;
      if (oauth) {
        if (!oauth.client_id) fail("must provide an Azure OAuth client_id in the Azure AD config");
        if (!oauth.client_secret) fail("must provide an Azure OAuth client_secret in the Azure AD config");
        if (!oauth.tenant_id) fail("must provide an Azure OAuth tenant_id in the Azure AD config");
        if (!isUuid(oauth.client_id!)) fail("the provided Azure OAuth client_id is invalid");
        if (!AZURE_TENANT.test(oauth.tenant_id!)) fail("the provided Azure OAuth tenant_id is invalid");
      }
      if (c.sdk?.tenant_id && !AZURE_TENANT.test(c.sdk.tenant_id)) fail("the provided Azure OAuth tenant_id is invalid");
      if (c.scope && !AZURE_SCOPE.test(c.scope)) fail("the provided scope contains invalid characters");
    },
  },
);

export const googleIAMSource = struct("googleiam.Config", { credentials_file: string });

// ---------------------------------------------------------------------------------------
// remote write queue_config

/** The queue settings Prometheus refuses (QueueConfig's own checks). */
export function validateQueueConfig(q: {
  capacity?: number; max_shards?: number; min_shards?: number; max_samples_per_send?: number; min_backoff?: number; max_backoff?: number;
}, line?: number): void {
  const fail = DecodeFailure.thrower(line);
  if ((q.capacity ?? 0) <= 0) fail("remote write queue capacity must be positive");
  if ((q.min_shards ?? 0) <= 0) fail("remote write queue min_shards must be positive");
  if ((q.min_shards ?? 0) > (q.max_shards ?? 0)) fail("remote write queue min_shards must not be greater than max_shards");
  if ((q.max_samples_per_send ?? 0) <= 0) fail("remote write queue max_samples_per_send must be positive");
  if ((q.max_backoff ?? 0) < (q.min_backoff ?? 0)) fail("remote write queue max_backoff must not be less than min_backoff");
}

const PROTOBUF_MESSAGES = ["prometheus.WriteRequest", "io.prometheus.write.v2.Request"];

/** remoteapi.WriteMessageType's Validate, wrapped as RemoteWriteConfig reports it. */
export function validateProtobufMessage(message: string | undefined, line?: number): void {
  const m = message ?? "";
  if (!PROTOBUF_MESSAGES.includes(m)) {
    DecodeFailure.thrower(line)(`invalid protobuf_message value: unknown type for remote write protobuf message ${m}, supported: ${PROTOBUF_MESSAGES.join(", ")}`);
  }
}

/** A decoded list with its null entries back in place, as Go's slice holds them. */
export function entriesWithNulls<T>(items: T[] | undefined): (T | null)[] {
  const out: (T | null)[] = [...(items ?? [])];
  for (const i of nullEntries(items)) out.splice(i, 0, null);
  return out;
}
