// The integrations the Agent registers, as the framework sees them: the exporters of the
// registry, the v2 integrations that are not plain exporters, and the removed ones Alloy
// refuses. The order is the Agent's registration order, which is the order the decoded
// integrations (and so their Alloy components) come in.

import type { Diagnostics } from "../../../diagnostics.js";
import type { Fields } from "../../yaml/types.js";
import { appAgentReceiver } from "./app_agent_receiver.js";
import type { ConfigBuilder } from "./builder.js";
import { eventHandler } from "./eventhandler.js";
import type { IntegrationLocator } from "./config.js";
import type { ExporterIntegration } from "./exporter.js";
import { EXPORTER_INTEGRATIONS } from "./registry.js";
import { vsphere } from "./removed.js";

/** An integration that is not a plain exporter: what Alloy writes for it, and what it reports. */
export interface SpecialIntegration {
  v1Name?: string;
  v2Name?: string;
  goName: string;
  fields: Fields;
  defaults?: () => Record<string, unknown>;
  /** v2 only: the Alloy components it becomes. */
  appendV2?: (b: ConfigBuilder, cfg: Record<string, unknown>, at: IntegrationLocator) => void;
  /** Alloy's validate step for it under v2. */
  validateV2?: (cfg: Record<string, unknown>, diags: Diagnostics, at: IntegrationLocator) => void;
  /** Whether Alloy's v1 validation lists it as convertible. */
  convertibleV1?: boolean;
}

export interface IntegrationKind {
  v1Name?: string;
  /** Its v2 name: read from the keys `<name>` and `<name>_configs`. */
  v2Name?: string;
  goName: string;
  fields: Fields;
  defaults?: () => Record<string, unknown>;
  /** A v2 integration of its own (common settings inline) rather than a v1 one behind v2's shim. */
  v2Native: boolean;
  exporter?: ExporterIntegration;
  special?: SpecialIntegration;
}

/** v1 registration order, as the corpus shows it; integrations not listed follow in registry order. */
const V1_ORDER = [
  "agent", "apache_http", "blackbox", "snmp", "azure_exporter", "cadvisor", "cloudwatch_exporter", "consul_exporter",
  "dnsmasq_exporter", "elasticsearch_exporter", "github_exporter", "kafka_exporter", "memcached_exporter",
  "mysqld_exporter", "node_exporter", "oracledb", "postgres_exporter", "process_exporter", "redis_exporter", "snowflake",
  "squid", "statsd_exporter", "windows_exporter", "gcp_exporter", "mssql", "mongodb_exporter",
];

/** v2 registration order, as the corpus shows it. */
const V2_ORDER = [
  "app_agent_receiver", "eventhandler", "azure", "cadvisor", "cloudwatch", "consul", "dnsmasq", "elasticsearch", "github",
  "kafka", "memcached", "mysql", "node_exporter", "oracledb", "postgres", "process", "redis", "snowflake", "squid", "statsd",
  "agent", "apache_http", "blackbox", "snmp", "windows", "gcp", "mssql", "mongodb", "vsphere",
];

/** The v2 integrations with their own v2 config; the others are v1 configs behind v2's shim. */
const V2_NATIVE = new Set(["agent", "apache_http", "blackbox", "snmp", "app_agent_receiver", "eventhandler", "vsphere"]);

const SPECIALS: SpecialIntegration[] = [appAgentReceiver, eventHandler, vsphere];

function baseName(v2Name: string): string {
  return v2Name.endsWith("_configs") ? v2Name.slice(0, -"_configs".length) : v2Name;
}

function allKinds(): IntegrationKind[] {
  const kinds: IntegrationKind[] = [];
  for (const e of EXPORTER_INTEGRATIONS) {
    const v2Name = e.v2Name === undefined ? undefined : baseName(e.v2Name);
    kinds.push({
      v1Name: e.v1Name, v2Name, goName: e.goName, fields: e.fields, defaults: e.defaults as (() => Record<string, unknown>) | undefined,
      v2Native: v2Name !== undefined && V2_NATIVE.has(v2Name), exporter: e,
    });
  }
  for (const s of SPECIALS) {
    kinds.push({ v1Name: s.v1Name, v2Name: s.v2Name, goName: s.goName, fields: s.fields, defaults: s.defaults, v2Native: true, special: s });
  }
  return kinds;
}

function ordered(kinds: IntegrationKind[], order: string[], nameOf: (k: IntegrationKind) => string | undefined): IntegrationKind[] {
  const rank = (k: IntegrationKind) => {
    const i = order.indexOf(nameOf(k)!);
    return i < 0 ? order.length : i;
  };
  return kinds.filter((k) => nameOf(k) !== undefined).map((k, i) => ({ k, i })).sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i).map((x) => x.k);
}

/** The v1 integrations, in registration order. */
export function v1Kinds(): IntegrationKind[] {
  return ordered(allKinds(), V1_ORDER, (k) => k.v1Name);
}

/** The v2 integrations, in registration order. */
export function v2Kinds(): IntegrationKind[] {
  return ordered(allKinds(), V2_ORDER, (k) => k.v2Name);
}
