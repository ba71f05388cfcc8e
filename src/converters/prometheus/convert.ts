// Prometheus → Alloy. (Being built: see issue 2.)

import type { AlloyFile } from "../../emit/ast.js";
import type { Diagnostics } from "../../diagnostics.js";
import type { ConvertOptions } from "../../convert.js";

export function convertPrometheus(_source: string, _options: ConvertOptions, diags: Diagnostics): AlloyFile | undefined {
  diags.critical("prometheus conversion is not implemented yet");
  return undefined;
}
