// Alloy's scraper controller arguments (component/otelcol config_scrape.go and
// config_controller.go), squashed into scraper-based receivers, and the `enabled` toggle
// blocks of an mdatagen metrics builder as receivers like file_stats expose them.

import { arg, blockOf, type Schema } from "../schema.js";
import { Duration } from "../values.js";

/** Controller timings in milliseconds. */
export interface ControllerDefaults {
  collectionInterval: number;
  initialDelay: number;
  timeout: number;
}

/** ControllerArguments.SetToDefault: a minute between scrapes, a second before the first. */
export const DEFAULT_CONTROLLER: ControllerDefaults = { collectionInterval: 60_000, initialDelay: 1000, timeout: 0 };

export function controllerFields(defaults: ControllerDefaults = DEFAULT_CONTROLLER): Schema {
  return [
    arg("collection_interval", "duration", new Duration(defaults.collectionInterval)),
    arg("initial_delay", "duration", new Duration(defaults.initialDelay)),
    arg("timeout", "duration", new Duration(defaults.timeout)),
  ];
}

/**
 * One value block per metric or resource attribute, in the given order, each defaulting
 * to the parent's `enabled`; the block type itself has no defaults, so a written block
 * always shows `enabled = true`.
 */
export function toggleBlocks(defaults: Readonly<Record<string, boolean>>, extra: Schema = []): Schema {
  return Object.entries(defaults).map(([name, enabled]) =>
    blockOf(name, [arg("enabled", "bool"), ...extra], { omitWhenEmpty: true, defaultValue: { enabled } }),
  );
}
