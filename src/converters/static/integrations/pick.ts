// For integrations whose YAML keys are the Alloy argument names: the decoded config's own
// fields as the exporter's values, leaving out anything else the struct carries.

import type { Value, Values } from "../../../components/values.js";

export function pickValues(cfg: object, keys: readonly string[]): Values {
  const source = cfg as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, source[k] as Value | undefined]));
}
