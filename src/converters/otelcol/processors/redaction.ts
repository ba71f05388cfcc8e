// processors: redaction → otelcol.processor.redaction
//
// Alloy's converter writes the URL and database sanitizer blocks only when the Collector
// config turned something on in them (enabled, attributes or sanitize_span_name).

import { encodeBuilderComponent } from "../../../components/builder.js";
import { DB_SANITIZERS, redactionProcessor } from "../../../components/otelcol/processor/redaction.js";
import type { Values } from "../../../components/values.js";
import { bool, list, str, struct, typeMismatch, type Infer, type Shape } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const HASH_FUNCTIONS = ["", "sha1", "sha3", "md5", "hmac-sha256", "hmac-sha512"];

/** HashFunction's UnmarshalText: lower-cased, one of the known functions or none. */
const hashFunction: Shape<string> = {
  goType: "redactionprocessor.HashFunction",
  zero: () => "",
  decode(name, data, ctx, current) {
    if (typeof data !== "string") return typeMismatch(ctx, name, "redactionprocessor.HashFunction", data, current);
    const fn = data.toLowerCase();
    if (!HASH_FUNCTIONS.includes(fn)) {
      ctx.errors.push(`error decoding '${name}': unknown HashFunction ${fn}, allowed functions are sha1, sha3, md5, hmac-sha256 and hmac-sha512`);
      return current;
    }
    return fn;
  },
};

/** A `*bool`: nil unless the key holds a boolean. */
const boolPointer: Shape<boolean | undefined> = {
  goType: "*bool",
  zero: () => undefined,
  decode: (name, data, ctx, current) => (typeof data === "boolean" ? data : typeMismatch(ctx, name, "bool", data, current)),
};

const sanitizer = (goType: string) => struct(goType, { enabled: { key: "enabled", shape: bool }, attributes: { key: "attributes", shape: list(str) } });

const dbSanitizer = struct("db.DBSanitizerConfig", {
  sql: { key: "sql", shape: sanitizer("db.SQLConfig") },
  redis: { key: "redis", shape: sanitizer("db.RedisConfig") },
  valkey: { key: "valkey", shape: sanitizer("db.ValkeyConfig") },
  memcached: { key: "memcached", shape: sanitizer("db.MemcachedConfig") },
  mongo: { key: "mongo", shape: sanitizer("db.MongoConfig") },
  opensearch: { key: "opensearch", shape: sanitizer("db.OpenSearchConfig") },
  es: { key: "es", shape: sanitizer("db.ESConfig") },
  sanitizeSpanName: { key: "sanitize_span_name", shape: boolPointer },
});

const config = struct("redactionprocessor.Config", {
  allowAllKeys: { key: "allow_all_keys", shape: bool },
  allowedKeys: { key: "allowed_keys", shape: list(str) },
  blockedKeyPatterns: { key: "blocked_key_patterns", shape: list(str) },
  hashFunction: { key: "hash_function", shape: hashFunction },
  hmacKey: { key: "hmac_key", shape: str },
  ignoredKeys: { key: "ignored_keys", shape: list(str) },
  ignoredKeyPatterns: { key: "ignored_key_patterns", shape: list(str) },
  redactAllTypes: { key: "redact_all_types", shape: bool },
  blockedValues: { key: "blocked_values", shape: list(str) },
  allowedValues: { key: "allowed_values", shape: list(str) },
  dbSanitizer: { key: "db_sanitizer", shape: dbSanitizer },
  summary: { key: "summary", shape: str },
  urlSanitizer: {
    key: "url_sanitizer",
    shape: struct("url.URLSanitizationConfig", {
      enabled: { key: "enabled", shape: bool },
      attributes: { key: "attributes", shape: list(str) },
      sanitizeSpanName: { key: "sanitize_span_name", shape: boolPointer },
    }),
  },
});

type Config = Infer<typeof config>;

const emptySanitizer = () => ({ enabled: false, attributes: undefined });

function defaultConfig(): Config {
  return {
    allowAllKeys: false,
    allowedKeys: undefined,
    blockedKeyPatterns: undefined,
    hashFunction: "",
    hmacKey: "",
    ignoredKeys: undefined,
    ignoredKeyPatterns: undefined,
    redactAllTypes: false,
    blockedValues: undefined,
    allowedValues: undefined,
    dbSanitizer: {
      sql: emptySanitizer(),
      redis: emptySanitizer(),
      valkey: emptySanitizer(),
      memcached: emptySanitizer(),
      mongo: emptySanitizer(),
      opensearch: emptySanitizer(),
      es: emptySanitizer(),
      sanitizeSpanName: undefined,
    },
    summary: "",
    urlSanitizer: { enabled: false, attributes: undefined, sanitizeSpanName: undefined },
  };
}

type Sanitizer = ReturnType<typeof emptySanitizer> | { enabled: boolean; attributes: string[] | undefined };

const configured = (s: Sanitizer) => s.enabled || (s.attributes ?? []).length > 0;

function urlSanitizerValues(u: Config["urlSanitizer"]): Values | undefined {
  if (!configured(u) && u.sanitizeSpanName === undefined) return undefined;
  return { enabled: u.enabled, attributes: u.attributes, sanitize_span_name: u.sanitizeSpanName };
}

function dbSanitizerValues(d: Config["dbSanitizer"]): Values | undefined {
  if (d.sanitizeSpanName === undefined && !DB_SANITIZERS.some((name) => configured(d[name]))) return undefined;
  const out: Values = { sanitize_span_name: d.sanitizeSpanName };
  for (const name of DB_SANITIZERS) out[name] = { enabled: d[name].enabled, attributes: d[name].attributes };
  return out;
}

export const redactionProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "redaction",
  config,
  defaultConfig,
  inputName: "otelcol.processor.redaction",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(redactionProcessor, state.label(), {
        allow_all_keys: cfg.allowAllKeys,
        allowed_keys: cfg.allowedKeys,
        ignored_keys: cfg.ignoredKeys,
        blocked_key_patterns: cfg.blockedKeyPatterns,
        ignored_key_patterns: cfg.ignoredKeyPatterns,
        allowed_values: cfg.allowedValues,
        blocked_values: cfg.blockedValues,
        hash_function: cfg.hashFunction,
        hmac_key: cfg.hmacKey,
        redact_all_types: cfg.redactAllTypes,
        summary: cfg.summary,
        url_sanitizer: urlSanitizerValues(cfg.urlSanitizer),
        db_sanitizer: dbSanitizerValues(cfg.dbSanitizer),
        output: consumerOutput(state),
      }),
    );
  },
};
