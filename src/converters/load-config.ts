// The start every converter of a format without extra arguments shares: refuse `-e`, load
// the YAML strictly, and report a refused config as Alloy does, with its location.

import type { ConvertOptions } from "../convert.js";
import type { Diagnostics } from "../diagnostics.js";
import { loadErrorLocation, loadYaml } from "./yaml/load.js";
import type { SourceType } from "./yaml/types.js";

export interface SourceFormatInfo<T> {
  /** As `-f` names it, e.g. `prometheus`. */
  id: string;
  /** As Alloy's parse errors name it, e.g. `Prometheus`. */
  title: string;
  config: SourceType<T>;
}

export function loadConfigWithoutExtraArgs<T>(format: SourceFormatInfo<T>, source: string, options: ConvertOptions, diags: Diagnostics): T | undefined {
  const extraArgs = options.extraArgs ?? [];
  if (extraArgs.length > 0) {
    diags.critical(`extra arguments are not supported for the ${format.id} converter: [${extraArgs.join(" ")}]`);
    return undefined;
  }
  const loaded = loadYaml(source, format.config);
  if (loaded.error) {
    diags.add("Critical", `failed to parse ${format.title} config: ${loaded.error.message}`, loadErrorLocation(loaded.error), loaded.error.detail);
    return undefined;
  }
  return loaded.value;
}
