// The static converter's traces part: each `traces:` instance becomes the Collector config
// the Agent would run, which the otelcol converter then writes as Alloy components.

import type { Diagnostics } from "../../../diagnostics.js";
import type { AlloyFile } from "../../../emit/ast.js";
import type { TracesConfig } from "./source.js";

export { tracesConfig, validateTraces, type TracesConfig } from "./source.js";

export function appendTraces(cfg: TracesConfig, file: AlloyFile, diags: Diagnostics): void {
  void cfg;
  void file;
  void diags;
}
