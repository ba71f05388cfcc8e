// `server:` → Alloy's top-level `logging` and `http` blocks, each written only when it
// differs from Alloy's defaults, and what Alloy's server cannot take.

import { encodeBuilderFields } from "../../components/builder.js";
import { httpService } from "../../components/http.js";
import { logging } from "../../components/logging.js";
import { encodeFields } from "../../components/schema.js";
import type { Values } from "../../components/values.js";
import type { Block } from "../../emit/ast.js";
import { block } from "../../emit/build.js";
import type { Diagnostics } from "../../diagnostics.js";
import { locationOf } from "../yaml/types.js";
import type { ServerConfig, ServerTlsConfig } from "./source.js";

/** The logging block, unless level and format are Alloy's defaults. */
export function loggingBlock(server: ServerConfig): Block | undefined {
  const level = server.log_level ?? "info";
  const format = server.log_format ?? "";
  if (level === "info" && format === "logfmt") return undefined;
  return block(logging.name, encodeFields(logging.fields, { level, format }));
}

/** The Agent's "RequireClientCert" is Alloy's RequireAnyClientCert; "" is NoClientCert. */
function clientAuthType(name: string | undefined): string {
  if (name === "RequireClientCert") return "RequireAnyClientCert";
  return name ? name : "NoClientCert";
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function windowsFilter(f: ServerTlsConfig["windows_certificate_filter"]): Values | undefined {
  if (!f) return undefined;
  const s = f.server;
  const c = f.client;
  const server = s && (s.store || s.system_store || nonEmpty(s.issuer_common_names) || s.template_id || s.refresh_interval?.ms)
    ? { store: s.store, system_store: s.system_store, issuer_common_names: nonEmpty(s.issuer_common_names), template_id: s.template_id, refresh_interval: s.refresh_interval }
    : undefined;
  const client = c && (nonEmpty(c.issuer_common_names) || c.subject_regex || c.template_id)
    ? { issuer_common_names: nonEmpty(c.issuer_common_names), subject_regex: c.subject_regex, template_id: c.template_id }
    : undefined;
  return server || client ? { server, client } : undefined;
}

/** The http block, when the server has TLS settings. */
export function httpBlock(server: ServerConfig): Block | undefined {
  const t = server.http_tls_config ?? {};
  const tls: Values = {
    cert_file: t.cert_file,
    key_file: t.key_file,
    client_ca_file: t.client_ca_file,
    client_auth_type: clientAuthType(t.client_auth_type),
    cipher_suites: nonEmpty(t.cipher_suites),
    curve_preferences: nonEmpty(t.curve_preferences),
    min_version: t.min_version,
    max_version: t.max_version,
    windows_certificate_filter: windowsFilter(t.windows_certificate_filter),
  };
  const set = Object.entries(tls).some(([k, v]) => v !== undefined && v !== "" && !(k === "client_auth_type" && v === "NoClientCert"));
  if (!set) return undefined;
  return block(httpService.name, encodeBuilderFields(httpService.fields, { tls }));
}

/** Alloy's validateServer. */
export function validateServer(server: ServerConfig | undefined, diags: Diagnostics): void {
  const grpc = server?.grpc_tls_config;
  if (grpc && Object.values(grpc).some((v) => v !== undefined && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0))) {
    diags.error(
      "The converter does not support converting the provided grpc_tls_config server config: Alloy does not have a gRPC server to configure.",
      locationOf(server, "grpc_tls_config"),
    );
  }
  if (server?.http_tls_config?.prefer_server_cipher_suites) {
    diags.error(
      "The converter does not support converting the provided prefer_server_cipher_suites server config.",
      locationOf(server.http_tls_config, "prefer_server_cipher_suites"),
    );
  }
}
