// The Agent's generic Collector map decoded as the Collector does it with the Agent's own
// factories (tracingFactories): each component over its factory's default config, with the
// otelcol converter's mappings for the factories Alloy also has, the Agent-only converters
// for remote_write and prom_sd_processor, and stand-ins for the Agent's internal components
// (which Alloy's converter removes before converting). Then otelcol.Config.Validate.

import { decodeValue, formatDecodeErrors, anyValue, type DecodeContext } from "../../confmap/decode.js";
import type { ConfValue } from "../../confmap/tree.js";
import { goQuote } from "../../shared/go-format.js";
import { idString, type AnyComponent, type ComponentId, type Kind, type OtelcolComponent, type Signal } from "../../otelcol/component.js";
import { parseComponentId, validateCollectorConfig, type CollectorConfig, type ConfiguredComponent } from "../../otelcol/config.js";
import { componentsOf } from "../../otelcol/registry.js";
import { defaultTelemetry } from "../../otelcol/telemetry.js";
import type { AgentOtelConfig } from "./agent-otel.js";
import { discoveryProcessorConverter } from "./discovery-processor.js";
import { remoteWriteExporterConverter } from "./remote-write-exporter.js";

/** The factories the Agent's traces subsystem registers, by kind. */
const AGENT_FACTORIES: Record<"receiver" | "processor" | "exporter" | "extension", readonly string[]> = {
  receiver: ["jaeger", "zipkin", "otlp", "opencensus", "kafka", "noop", "push_receiver"],
  processor: ["batch", "attributes", "prom_sd_processor", "spanmetrics", "automatic_logging", "tail_sampling", "service_graphs"],
  exporter: ["otlp", "otlphttp", "loadbalancing", "prometheus", "remote_write"],
  extension: ["oauth2client", "jaegerremotesampling"],
};

/** The converters Alloy's static converter adds for the Agent-only components. */
export const EXTRA_CONVERTERS: AnyComponent[] = [remoteWriteExporterConverter, discoveryProcessorConverter];

/**
 * A component of the Agent's that Alloy has no converter for. The Agent builds its config
 * itself; Alloy's converter removes it before converting (opencensus aside, for which
 * Alloy's converter finds no converter either).
 */
function unconvertible(kind: Kind, type: string): OtelcolComponent<ConfValue> {
  return {
    kind,
    type,
    config: anyValue,
    defaultConfig: () => null,
    inputName: "",
    convert(_cfg, state) {
      state.diags.critical(`otelcolconvert: no converter found for key {${kind} ${type}}`);
    },
  };
}

function converterFor(kind: keyof typeof AGENT_FACTORIES, type: string): AnyComponent | undefined {
  if (!AGENT_FACTORIES[kind].includes(type)) return undefined;
  return EXTRA_CONVERTERS.find((c) => c.kind === kind && c.type === type) ?? componentsOf(kind).get(type) ?? unconvertible(kind, type);
}

const SECTIONS = [
  ["receivers", "receiver"],
  ["processors", "processor"],
  ["exporters", "exporter"],
  ["extensions", "extension"],
] as const;

export type DecodedConfig = { config: CollectorConfig; error?: undefined } | { config?: undefined; error: string };

/** Decodes and validates; the error is the Agent's text for a config it cannot load. */
export function decodeAgentOtelConfig(agent: AgentOtelConfig): DecodedConfig {
  const errors: string[] = [];
  const cfg: CollectorConfig = {
    receivers: new Map(),
    processors: new Map(),
    exporters: new Map(),
    connectors: new Map(),
    extensions: new Map(),
    service: { telemetry: defaultTelemetry(), extensions: [], pipelines: [] },
  };
  for (const [key, kind] of SECTIONS) {
    const section = agent[key];
    for (const idText of Object.keys(section).sort()) {
      const id = parseComponentId(idText);
      if ("error" in id) {
        errors.push(`error decoding '${key}': ${id.error}`);
        break;
      }
      const component = converterFor(kind, id.type);
      if (!component) {
        const valid = [...AGENT_FACTORIES[kind]].sort().join(" ");
        errors.push(`error decoding '${key}': unknown type: ${goQuote(id.type)} for id: ${goQuote(idText)} (valid values: [${valid}])`);
        break;
      }
      const inner: DecodeContext = { errors: [] };
      const config = decodeValue(component.config, "", section[idText], inner, component.defaultConfig());
      if (inner.errors.length > 0) {
        errors.push(`error decoding '${key}': error reading configuration for ${goQuote(idText)}: ${formatDecodeErrors(inner.errors)}`);
        break;
      }
      cfg[key].set(idString(id), { id, component, config, location: agent.locations.get(`${kind}:${idText}`) });
    }
  }
  if (errors.length > 0) return { error: `failed to load OTel config: cannot unmarshal the configuration: ${formatDecodeErrors(errors)}` };

  for (const text of agent.serviceExtensions) cfg.service.extensions.push(parseComponentId(text) as ComponentId);
  for (const [key, p] of Object.entries(agent.pipelines)) {
    const slash = key.indexOf("/");
    const ids = (texts: string[]) => texts.map((t) => parseComponentId(t) as ComponentId);
    cfg.service.pipelines.push({
      signal: (slash < 0 ? key : key.slice(0, slash)) as Signal,
      name: slash < 0 ? "" : key.slice(slash + 1),
      config: { receivers: ids(p.receivers), processors: ids(p.processors), exporters: ids(p.exporters) },
    });
  }
  const invalid = validateCollectorConfig(cfg);
  return invalid ? { error: invalid } : { config: cfg };
}

/** A decoded component placed in a config by Alloy's converter rather than the YAML. */
export function configured(id: ComponentId, component: AnyComponent, data: ConfValue): ConfiguredComponent {
  const ctx: DecodeContext = { errors: [] };
  return { id, component, config: decodeValue(component.config, "", data, ctx, component.defaultConfig()) };
}
