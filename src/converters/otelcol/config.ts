// Loading a Collector config as `otelcol.NewConfigProvider(...).Get` does for Alloy: the
// YAML, its `${...}` references, the top-level sections, each component decoded over its
// factory's default config, and the service (telemetry, extensions, pipelines); then the
// Collector's own Config.Validate checks.

import type { SourceLocation } from "../../diagnostics.js";
import { decodeValue, formatDecodeErrors, list, str, struct, type DecodeContext } from "../confmap/decode.js";
import { expandReferences, ResolveError } from "../confmap/expand.js";
import { isConfMap, keyLocation, parseConfTree, type ConfMap, type ConfValue } from "../confmap/tree.js";
import { goQuote } from "../shared/go-format.js";
import { idString, type AnyComponent, type ComponentId, type Kind, type Signal } from "./component.js";
import { componentsOf } from "./registry.js";
import { defaultTelemetry, telemetryShape, type TelemetryConfig } from "./telemetry.js";

export interface ConfiguredComponent {
  id: ComponentId;
  component: AnyComponent;
  config: unknown;
  location?: SourceLocation;
}

export interface PipelineConfig {
  receivers: ComponentId[];
  processors: ComponentId[];
  exporters: ComponentId[];
}

export interface Pipeline {
  signal: Signal;
  name: string;
  config: PipelineConfig;
}

export interface CollectorConfig {
  receivers: Map<string, ConfiguredComponent>;
  processors: Map<string, ConfiguredComponent>;
  exporters: Map<string, ConfiguredComponent>;
  connectors: Map<string, ConfiguredComponent>;
  extensions: Map<string, ConfiguredComponent>;
  service: {
    telemetry: TelemetryConfig;
    extensions: ComponentId[];
    pipelines: Pipeline[];
  };
}

export type LoadedConfig =
  | { config: CollectorConfig; error?: undefined }
  | { config?: undefined; error: { message: string; location?: SourceLocation; detail?: string } };

const SECTIONS = [
  ["receivers", "receiver"],
  ["processors", "processor"],
  ["exporters", "exporter"],
  ["connectors", "connector"],
  ["extensions", "extension"],
] as const;
const TOP_LEVEL_KEYS = new Set<string>([...SECTIONS.map(([key]) => key), "service"]);

const TYPE_PATTERN = /^[a-zA-Z][0-9a-zA-Z_]{0,62}$/;
const NAME_PATTERN = /^[^\p{Z}\p{C}\p{S}]+$/u;

/** component.ID's text form: `type[/name]`, with its validation errors. */
export function parseComponentId(text: string): ComponentId | { error: string } {
  const slash = text.indexOf("/");
  const type = (slash < 0 ? text : text.slice(0, slash)).trim();
  const name = slash < 0 ? "" : text.slice(slash + 1).trim();
  if (type === "") return { error: `in "${text}" id: the part before / should not be empty` };
  if (!TYPE_PATTERN.test(type)) return { error: `invalid character(s) in type "${type}"` };
  if (slash >= 0) {
    if (name === "") return { error: `in "${text}" id: the part after / should not be empty` };
    if (name.length > 1024 || !NAME_PATTERN.test(name)) return { error: `invalid character(s) in name "${name}"` };
  }
  return { type, name };
}

export function loadCollectorConfig(text: string): LoadedConfig {
  const parsed = parseConfTree(text);
  if (parsed.error) {
    // The YAML provider keeps text it cannot parse as a plain string, which is not a map;
    // Alloy's text stops there, so the YAML error itself (and any limit) goes in the detail.
    const cause = `The Collector could not read the file as YAML: ${parsed.error.message}` + (parsed.error.detail ? `\n${parsed.error.detail}` : "");
    return {
      error: { message: "failed to get otelcol config: cannot resolve the configuration: retrieved value (type=string) cannot be used as a Conf", location: parsed.error.location, detail: cause },
    };
  }
  let root: ConfValue = parsed.value;
  if (root !== null && !isConfMap(root)) {
    const type = Array.isArray(root) ? "[]interface {}" : typeof root === "number" ? (Number.isInteger(root) ? "int" : "float64") : typeof root;
    return { error: { message: `failed to get otelcol config: cannot resolve the configuration: retrieved value (type=${type}) cannot be used as a Conf` } };
  }
  try {
    root = expandReferences(root ?? {});
  } catch (e) {
    if (e instanceof ResolveError) return { error: { message: `failed to get otelcol config: cannot resolve the configuration: ${e.message}` } };
    throw e;
  }
  return decodeConfig(root as ConfMap);
}

function decodeConfig(root: ConfMap): LoadedConfig {
  const ctx: DecodeContext = { errors: [] };
  const unknown = Object.keys(root).filter((k) => !TOP_LEVEL_KEYS.has(k));
  const firstLocation = unknown.length > 0 ? keyLocation(root, unknown.sort()[0]) : undefined;
  const sections = {} as Record<(typeof SECTIONS)[number][0], Map<string, ConfiguredComponent>>;
  for (const [key, kind] of SECTIONS) sections[key] = decodeSection(key, kind, root[key], ctx);
  const service = decodeService(root.service, ctx);
  if (unknown.length > 0) ctx.errors.push(`'otelcol.configSettings' has invalid keys: ${unknown.join(", ")}`);
  if (ctx.errors.length > 0) {
    return { error: { message: `failed to get otelcol config: cannot unmarshal the configuration: ${formatDecodeErrors(ctx.errors)}`, location: firstLocation } };
  }
  return { config: { ...sections, service } };
}

function decodeSection(key: string, kind: Kind, data: ConfValue | undefined, ctx: DecodeContext): Map<string, ConfiguredComponent> {
  const out = new Map<string, ConfiguredComponent>();
  if (data === undefined || data === null) return out;
  if (!isConfMap(data)) {
    ctx.errors.push(`'${key}' expected a map, got '${Array.isArray(data) ? "slice" : typeof data === "number" ? "int" : typeof data}'`);
    return out;
  }
  const factories = componentsOf(kind);
  for (const idText of Object.keys(data).sort()) {
    const id = parseComponentId(idText);
    if ("error" in id) {
      ctx.errors.push(`error decoding '${key}': ${id.error}`);
      return out;
    }
    const component = factories.get(id.type);
    if (!component) {
      const valid = [...factories.keys()].sort().join(" ");
      ctx.errors.push(`error decoding '${key}': unknown type: ${goQuote(id.type)} for id: ${goQuote(idText)} (valid values: [${valid}])`);
      return out;
    }
    const inner: DecodeContext = { errors: [] };
    const config = decodeValue(component.config, "", data[idText], inner, component.defaultConfig());
    if (inner.errors.length > 0) {
      ctx.errors.push(`error decoding '${key}': error reading configuration for ${goQuote(idText)}: ${formatDecodeErrors(inner.errors)}`);
      return out;
    }
    out.set(idString(id), { id, component, config, location: keyLocation(data, idText) });
  }
  return out;
}

const pipelineShape = struct("pipelines.PipelineConfig", {
  receivers: { key: "receivers", shape: list(str) },
  processors: { key: "processors", shape: list(str) },
  exporters: { key: "exporters", shape: list(str) },
});

const PIPELINE_SIGNALS = new Set<string>(["traces", "metrics", "logs", "profiles"]);

function decodeService(data: ConfValue | undefined, ctx: DecodeContext): CollectorConfig["service"] {
  const service: CollectorConfig["service"] = { telemetry: defaultTelemetry(), extensions: [], pipelines: [] };
  if (data === undefined || data === null) return service;
  if (!isConfMap(data)) {
    ctx.errors.push(`'service' expected a map, got '${Array.isArray(data) ? "slice" : typeof data}'`);
    return service;
  }
  const unknown = Object.keys(data).filter((k) => !["telemetry", "extensions", "pipelines"].includes(k));
  if (unknown.length > 0) ctx.errors.push(`'service' has invalid keys: ${unknown.sort().join(", ")}`);
  service.telemetry = decodeValue(telemetryShape, "service.telemetry", data.telemetry, ctx, service.telemetry);
  for (const text of decodeValue(list(str), "service.extensions", data.extensions, ctx, undefined) ?? []) {
    const id = parseComponentId(text);
    if ("error" in id) ctx.errors.push(`error decoding 'service.extensions': ${id.error}`);
    else service.extensions.push(id);
  }
  const pipelines = data.pipelines;
  if (pipelines === undefined || pipelines === null) return service;
  if (!isConfMap(pipelines)) {
    ctx.errors.push(`'service.pipelines' expected a map, got '${Array.isArray(pipelines) ? "slice" : typeof pipelines}'`);
    return service;
  }
  for (const key of Object.keys(pipelines)) {
    const slash = key.indexOf("/");
    const signal = slash < 0 ? key : key.slice(0, slash);
    const name = slash < 0 ? "" : key.slice(slash + 1);
    if (!PIPELINE_SIGNALS.has(signal)) {
      ctx.errors.push(`error decoding 'service.pipelines': unknown signal ${goQuote(signal)}`);
      continue;
    }
    const raw = decodeValue(pipelineShape, `service.pipelines[${key}]`, pipelines[key], ctx, pipelineShape.zero());
    const ids = (texts: string[] | undefined): ComponentId[] =>
      (texts ?? []).flatMap((t) => {
        const id = parseComponentId(t);
        if ("error" in id) {
          ctx.errors.push(`error decoding 'service.pipelines[${key}]': ${id.error}`);
          return [];
        }
        return [id];
      });
    // Profiles pipelines have no Alloy equivalent; Alloy's converter knows only these three.
    if (signal === "profiles") continue;
    service.pipelines.push({ signal: signal as Signal, name, config: { receivers: ids(raw.receivers), processors: ids(raw.processors), exporters: ids(raw.exporters) } });
  }
  return service;
}

/** otelcol.Config.Validate: the basic cross-references, checked in the Collector's order. */
export function validateCollectorConfig(cfg: CollectorConfig): string | undefined {
  const sectionsEmpty = [cfg.receivers, cfg.exporters, cfg.processors, cfg.connectors, cfg.extensions].every((m) => m.size === 0);
  if (sectionsEmpty) return "empty configuration file";
  if (cfg.receivers.size === 0) return "no receiver configuration specified in config";
  if (cfg.exporters.size === 0) return "no exporter configuration specified in config";
  for (const conn of [...cfg.connectors.keys()].sort()) {
    for (const [other, kind] of [
      [cfg.exporters, "exporter"],
      [cfg.receivers, "receiver"],
    ] as const) {
      if (other.has(conn)) {
        return `connectors::${conn}: ambiguous ID: Found both ${goQuote(conn)} ${kind} and ${goQuote(conn)} connector. Change one of the components' IDs to eliminate ambiguity (e.g. rename ${goQuote(conn)} connector to ${goQuote(conn + "/connector")})`;
      }
    }
  }
  for (const ext of cfg.service.extensions) {
    if (!cfg.extensions.has(idString(ext))) return `service::extensions: references extension ${goQuote(idString(ext))} which is not configured`;
  }
  const sorted = [...cfg.service.pipelines].sort((a, b) => pipelineKey(a).localeCompare(pipelineKey(b)));
  for (const p of sorted) {
    const key = pipelineKey(p);
    for (const ref of p.config.receivers.map(idString)) {
      if (!cfg.receivers.has(ref) && !cfg.connectors.has(ref)) return `service::pipelines::${key}: references receiver ${goQuote(ref)} which is not configured`;
    }
    for (const ref of p.config.processors.map(idString)) {
      if (!cfg.processors.has(ref)) return `service::pipelines::${key}: references processor ${goQuote(ref)} which is not configured`;
    }
    for (const ref of p.config.exporters.map(idString)) {
      if (!cfg.exporters.has(ref) && !cfg.connectors.has(ref)) return `service::pipelines::${key}: references exporter ${goQuote(ref)} which is not configured`;
    }
  }
  return undefined;
}

export function pipelineKey(p: Pipeline): string {
  return p.name === "" ? p.signal : `${p.signal}/${p.name}`;
}
