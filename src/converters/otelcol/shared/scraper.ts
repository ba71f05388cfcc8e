// The Collector's scraper controller settings (scraperhelper.ControllerConfig, squashed
// into scraper-based receivers) and mdatagen's per-metric `enabled` toggles, with their
// mapping to Alloy's controller arguments (components/otelcol/scraper.ts).

import { DEFAULT_CONTROLLER, type ControllerDefaults } from "../../../components/otelcol/scraper.js";
import { Duration, type Values } from "../../../components/values.js";
import { bool, duration, struct, type FieldSpec, type Infer, type StructShape } from "../../confmap/decode.js";

export const controllerConfig = struct("scraperhelper.ControllerConfig", {
  collectionInterval: { key: "collection_interval", shape: duration },
  initialDelay: { key: "initial_delay", shape: duration },
  timeout: { key: "timeout", shape: duration },
});
export type ControllerConfig = Infer<typeof controllerConfig>;

/** scraperhelper.NewDefaultControllerConfig, with a factory's own changes. */
export function defaultControllerConfig(overrides: Partial<ControllerDefaults> = {}): ControllerConfig {
  return { ...DEFAULT_CONTROLLER, ...overrides };
}

export function controllerValues(cfg: ControllerConfig): Values {
  return {
    collection_interval: new Duration(cfg.collectionInterval),
    initial_delay: new Duration(cfg.initialDelay),
    timeout: new Duration(cfg.timeout),
  };
}

export const metricConfig = struct("metadata.MetricConfig", { enabled: { key: "enabled", shape: bool } });
export type Toggle = Infer<typeof metricConfig>;

/**
 * mdatagen's MetricsConfig (or ResourceAttributesConfig): one toggle struct per name,
 * keyed by the name itself; `item` replaces the toggle for richer entries.
 */
export function toggles<T extends Toggle = Toggle>(goType: string, names: readonly string[], item: StructShape<T> = metricConfig as unknown as StructShape<T>): StructShape<Record<string, T>> {
  const fields: Record<string, FieldSpec> = {};
  for (const name of names) fields[name] = { key: name, shape: item };
  return struct(goType, fields) as unknown as StructShape<Record<string, T>>;
}

/** Each toggle's default, as mdatagen's Default…Config sets it. */
export function defaultToggles(defaults: Readonly<Record<string, boolean>>): Record<string, Toggle> {
  return Object.fromEntries(Object.entries(defaults).map(([name, enabled]) => [name, { enabled }]));
}
