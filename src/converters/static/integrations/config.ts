// Decoding `integrations:` once the version is known, as the Agent does: the section is
// re-marshalled (so error lines count from its own first line), its manager keys decoded,
// then each integration's YAML decoded on its own, in registration order. v1 and v2 shims
// decode the shared settings and the integration's fields from the same map ("merged"),
// whose unknown-field errors name no type.

import { isMap, isScalar, isSeq, stringify, type Document, type LineCounter, type Node } from "yaml";
import type { SourceLocation } from "../../../diagnostics.js";
import { loadYaml } from "../../yaml/load.js";
import { list, nodePosition, struct, type DecodeContext, type Fields, type SourceType } from "../../yaml/types.js";
import type { RawIntegrations } from "../source.js";
import {
  v1CommonFields, v1ManagerDefaults, v1ManagerFields, v2CommonFields, v2SubsystemFields, type V1Manager, type V2Subsystem,
} from "./common.js";
import { v1Kinds, v2Kinds, type IntegrationKind } from "./kinds.js";

export interface DecodedIntegration {
  kind: IntegrationKind;
  /** The integration's name: its v1 key, or its v2 name. */
  name: string;
  /** Its own fields and the shared settings, as one object. */
  cfg: Record<string, unknown>;
  /**
   * Where the integration, or one of its top-level keys, stands in the file. `cfg` is decoded
   * from re-marshalled YAML (as the Agent does), so its own positions are not the file's.
   */
  at: IntegrationLocator;
}

export type IntegrationLocator = (key?: string) => SourceLocation | undefined;

export type IntegrationsConfig =
  | { version: 1; manager: V1Manager; integrations: DecodedIntegration[] }
  | { version: 2; subsystem: V2Subsystem; integrations: DecodedIntegration[] };

interface Captured {
  node: Node;
  doc: Document;
  /** Only for the section as read from the file: its line counter. */
  lines?: LineCounter;
}

/** A field kept as its YAML node, decoded later (util.RawYAML). */
const rawYaml: SourceType<Captured> = {
  goName: "util.RawYAML",
  decode(raw, ctx) {
    return raw ? { node: raw, doc: ctx.doc } : undefined;
  },
};

const nowhere: IntegrationLocator = () => undefined;

/**
 * Where the integration under `key` (the `index`th of a `_configs` list) stands in the file.
 * Found on the section as read from the file, since the parts are decoded re-marshalled.
 */
function locateInFile(section: Captured | undefined, key: string, index?: number): IntegrationLocator {
  if (!section?.lines || !isMap(section.node)) return nowhere;
  const pair = section.node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  let node = (pair?.value ?? undefined) as Node | undefined;
  if (node && index !== undefined) node = isSeq(node) ? (node.items[index] as Node | undefined) : undefined;
  if (!node) return nowhere;
  const ctx = { lines: section.lines } as DecodeContext;
  const own = nodePosition(node, ctx);
  const keys = new Map<string, SourceLocation>();
  if (isMap(node)) for (const p of node.items) if (isScalar(p.key)) keys.set(String(p.key.value), nodePosition(p.key as Node, ctx));
  return (k) => (k === undefined ? own : keys.get(k));
}

/** yaml.v2's re-marshalling of a parsed value: block style, sequences not indented. */
function remarshal(c: Captured): string {
  const js = (c.node as unknown as { toJS(doc: Document, opts: object): unknown }).toJS(c.doc, { maxAliasCount: -1 });
  if (js === null || js === undefined) return "";
  return stringify(js, { version: "1.1", indentSeq: false, lineWidth: 0 });
}

class IntegrationsError extends Error {
  /** What alloy-convert adds to the Agent's text, e.g. the aliasing limit that was reached. */
  constructor(message: string, readonly detail?: string) {
    super(message);
  }
}

/** Decodes one part; a failure carries the upstream text. */
function decodePart<T>(c: Captured | undefined, type: SourceType<T>, wrap: (msg: string) => string = (m) => m): T {
  const text = c ? remarshal(c) : "";
  const loaded = loadYaml(text, type);
  if (loaded.error) throw new IntegrationsError(wrap(loaded.error.message), loaded.error.detail);
  return loaded.value;
}

/** UnmarshalYAMLMerged's error: unknown fields without their type, messages sorted. */
function mergedError(message: string): string {
  const prefix = "yaml: unmarshal errors:\n";
  if (!message.startsWith(prefix)) return message;
  const lines = message
    .slice(prefix.length)
    .split("\n")
    .map((l) => l.replace(/^(\s*line \d+: field .* not found) in type .*$/, "$1").trim());
  const unique = [...new Set(lines)].sort();
  return prefix + unique.map((l) => "  " + l).join("\n");
}

function kindStruct(kind: IntegrationKind, common: Fields): SourceType<Record<string, unknown>> {
  const validate = kind.exporter?.validate?.bind(kind.exporter);
  return struct(kind.goName, { ...common, ...kind.fields }, { defaults: kind.defaults, validate }) as SourceType<Record<string, unknown>>;
}

function decodeV1(raw: Captured | undefined): IntegrationsConfig {
  const kinds = v1Kinds();
  const fields: Fields = { ...v1ManagerFields };
  for (const k of kinds) fields[k.v1Name!] = rawYaml;
  const manager = decodePart(raw, struct("integrations.ManagerConfig", fields, { defaults: v1ManagerDefaults })) as Record<string, unknown>;
  const integrations: DecodedIntegration[] = [];
  for (const kind of kinds) {
    const part = manager[kind.v1Name!] as Captured | undefined;
    if (!part) continue;
    const name = kind.v1Name!;
    const cfg = decodePart(part, kindStruct(kind, v1CommonFields), (m) => `failed to unmarshal integration "${name}": ${mergedError(m)}`);
    integrations.push({ kind, name, cfg, at: locateInFile(raw, name) });
  }
  return { version: 1, manager: manager as V1Manager, integrations };
}

function decodeV2(raw: Captured | undefined): IntegrationsConfig {
  const kinds = v2Kinds();
  const fields: Fields = { ...v2SubsystemFields };
  for (const k of kinds) {
    fields[k.v2Name!] = rawYaml;
    fields[`${k.v2Name!}_configs`] = list(rawYaml, "[]*util.RawYAML");
  }
  const subsystem = decodePart(
    raw,
    struct("integrations.SubsystemOptions", fields, { defaults: () => ({ metrics: { autoscrape: { enable: true, metrics_instance: "default" } } }) }),
  ) as Record<string, unknown>;
  const integrations: DecodedIntegration[] = [];
  for (const kind of kinds) {
    const name = kind.v2Name!;
    const type = kindStruct(kind, v2CommonFields);
    const decode = (part: Captured) => (kind.v2Native ? decodePart(part, type) : decodePart(part, type, mergedError));
    const single = subsystem[name] as Captured | undefined;
    if (single) integrations.push({ kind, name, cfg: decode(single), at: locateInFile(raw, name) });
    ((subsystem[`${name}_configs`] as Captured[] | undefined) ?? []).forEach((part, i) => {
      integrations.push({ kind, name, cfg: decode(part), at: locateInFile(raw, `${name}_configs`, i) });
    });
  }
  return { version: 2, subsystem: subsystem as V2Subsystem, integrations };
}

/** The integrations section for the version the flags select, or the upstream error text. */
export function decodeIntegrations(raw: RawIntegrations | undefined, version: 1 | 2): { value: IntegrationsConfig } | { error: string; detail?: string } {
  const captured = raw as Captured | undefined;
  try {
    return { value: version === 1 ? decodeV1(captured) : decodeV2(captured) };
  } catch (e) {
    if (e instanceof IntegrationsError) return { error: e.message, detail: e.detail };
    throw e;
  }
}
