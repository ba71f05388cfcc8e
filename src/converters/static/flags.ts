// The Grafana Agent's command-line flags as static mode's loader parses them: Go's flag
// package rules over the Agent's own flag set, so `-e` takes what the Agent takes and
// refuses the rest with Go's texts. Only -config.expand-env and -enable-features change
// the conversion; every other flag is accepted and has no effect.

import { parseGoDuration } from "../shared/go-duration.js";
import { goQuote } from "../shared/go-format.js";

type FlagKind = "bool" | "string" | "int" | "duration" | "features";

/** The features -enable-features accepts, in the Agent's order. */
const FEATURES = ["remote-configs", "integrations-next", "extra-scrape-metrics", "agent-management"];

/**
 * The Agent's flags: its loader's own, the metrics and server flags, and the dskit ring,
 * KV-store and gRPC-client flags the scraping service registers. The dskit families are
 * listed by their common members (inferred: the stored sources do not enumerate them).
 */
const FLAGS: Record<string, FlagKind> = {
  "config.file": "string",
  "config.file.type": "string",
  version: "bool",
  "config.expand-env": "bool",
  "disable-reporting": "bool",
  "disable-support-bundle": "bool",
  "config.url.basic-auth-user": "string",
  "config.url.basic-auth-password-file": "string",
  "config.enable-read-api": "bool",
  "enable-features": "features",
  // metrics.Config
  "metrics.wal-directory": "string",
  "metrics.wal-cleanup-age": "duration",
  "metrics.wal-cleanup-period": "duration",
  "metrics.instance-restart-backoff": "duration",
  "metrics.service.enabled": "bool",
  "metrics.service.reshard-interval": "duration",
  "metrics.service.reshard-timeout": "duration",
  "metrics.service.cluster-reshard-event-timeout": "duration",
  "metrics.service-client.grpc-max-recv-msg-size": "int",
  "metrics.service-client.grpc-max-send-msg-size": "int",
  "metrics.service-client.grpc-compression": "string",
  "metrics.service-client.grpc-client-rate-limit": "string",
  "metrics.service-client.grpc-client-rate-limit-burst": "int",
  "metrics.service-client.backoff-on-ratelimits": "bool",
  "metrics.service-client.backoff-min-period": "duration",
  "metrics.service-client.backoff-max-period": "duration",
  "metrics.service-client.backoff-retries": "int",
  "metrics.service-client.tls-enabled": "bool",
  "metrics.service-client.tls-cert-path": "string",
  "metrics.service-client.tls-key-path": "string",
  "metrics.service-client.tls-ca-path": "string",
  "metrics.service-client.tls-server-name": "string",
  "metrics.service-client.tls-insecure-skip-verify": "bool",
  "metrics.service-client.tls-cipher-suites": "string",
  "metrics.service-client.tls-min-version": "string",
  "metrics.service-client.connect-timeout": "duration",
  "metrics.service-client.connect-backoff-base-delay": "duration",
  "metrics.service-client.connect-backoff-max-delay": "duration",
  // server.Flags
  "server.http.enable-tls": "bool",
  "server.grpc.enable-tls": "bool",
  "server.http.address": "string",
  "server.grpc.address": "string",
  "server.http.in-memory-addr": "string",
  "server.grpc.in-memory-addr": "string",
  "server.http.network": "string",
  "server.grpc.network": "string",
  "server.http.conn-limit": "int",
  "server.grpc.conn-limit": "int",
  "server.http.read-timeout": "duration",
  "server.http.write-timeout": "duration",
  "server.http.idle-timeout": "duration",
  "server.grpc.keepalive.max-connection-idle": "duration",
  "server.grpc.keepalive.max-connection-age": "duration",
  "server.grpc.keepalive.max-connection-age-grace": "duration",
  "server.grpc.keepalive.time": "duration",
  "server.grpc.keepalive.timeout": "duration",
  "server.grpc.keepalive.min-time-between-pings": "duration",
  "server.grpc.keepalive.ping-without-stream-allowed": "bool",
  "server.grpc.max-recv-msg-size-bytes": "int",
  "server.grpc.max-send-msg-size-bytes": "int",
  "server.grpc.max-concurrent-streams": "int",
  "server.register-instrumentation": "bool",
  "server.graceful-shutdown-timeout": "duration",
  "server.log.source-ips.enabled": "bool",
  "server.log.source-ips.header": "string",
  "server.log.source-ips.regex": "string",
  "server.log-level": "string",
  "server.log-format": "string",
};

/** dskit families registered under the scraping service's prefixes (ring, KV store). */
const VALUE_FLAG_PREFIXES = ["metrics.service.config-store.", "metrics.service.ring.", "metrics.service.lifecycler.", "metrics.service-client."];

function kindOf(name: string): FlagKind | undefined {
  if (Object.prototype.hasOwnProperty.call(FLAGS, name)) return FLAGS[name];
  return VALUE_FLAG_PREFIXES.some((p) => name.startsWith(p)) ? "string" : undefined;
}

export interface AgentFlags {
  expandEnv: boolean;
  /** Enabled features, lower-cased. */
  features: Set<string>;
}

export class FlagError extends Error {}

function parseBool(text: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  return undefined;
}

function checkValue(kind: FlagKind, name: string, value: string, out: AgentFlags): void {
  const invalid = (why: string) => new FlagError(`invalid value ${goQuote(value)} for flag -${name}: ${why}`);
  switch (kind) {
    case "int":
      if (!/^[-+]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*)$/.test(value)) throw invalid("parse error");
      return;
    case "duration": {
      const d = parseGoDuration(value);
      if ("error" in d) throw invalid("parse error");
      return;
    }
    case "features": {
      const enabled = new Set<string>();
      for (const input of value.split(",")) {
        const f = input.toLowerCase();
        if (!FEATURES.includes(f)) throw invalid(`unknown feature ${goQuote(f)}. possible options: ${FEATURES.join(", ")}`);
        if (enabled.has(f)) throw invalid(`${goQuote(f)} already set`);
        enabled.add(f);
      }
      out.features = enabled;
      return;
    }
    default:
      return;
  }
}

/**
 * Go's FlagSet.Parse over `-config.file convert <extra args>`: flags until the first
 * non-flag argument or `--`. Throws FlagError with Go's text.
 */
export function parseAgentFlags(extraArgs: string[]): AgentFlags {
  const out: AgentFlags = { expandEnv: false, features: new Set() };
  const args = ["-config.file", "convert", ...extraArgs];
  while (args.length > 0) {
    const s = args[0];
    if (s.length < 2 || s[0] !== "-") break;
    let minuses = 1;
    if (s[1] === "-") {
      minuses = 2;
      if (s.length === 2) break;
    }
    let name = s.slice(minuses);
    if (name.length === 0 || name[0] === "-" || name[0] === "=") throw new FlagError(`bad flag syntax: ${s}`);
    args.shift();
    let value: string | undefined;
    const eq = name.indexOf("=", 1);
    if (eq > 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const kind = kindOf(name);
    if (!kind) {
      if (name === "help" || name === "h") throw new FlagError("flag: help requested");
      throw new FlagError(`flag provided but not defined: -${name}`);
    }
    if (kind === "bool") {
      const b = value === undefined ? true : parseBool(value);
      if (b === undefined) throw new FlagError(`invalid boolean value ${goQuote(value!)} for -${name}: parse error`);
      if (name === "config.expand-env") out.expandEnv = b;
      continue;
    }
    if (value === undefined) {
      if (args.length === 0) throw new FlagError(`flag needs an argument: -${name}`);
      value = args.shift()!;
    }
    checkValue(kind, name, value, out);
  }
  return out;
}
