// The static converter's traces part: each `traces:` instance becomes the Collector config
// the Agent would run, which Alloy's converter edits (builder_traces.go) and hands to the
// otelcol converter, with the instance name as label prefix when there are several.

import type { Diagnostics } from "../../../diagnostics.js";
import type { AlloyFile } from "../../../emit/ast.js";
import { appendCollectorConfig } from "../../otelcol/convert.js";
import { buildAgentOtelConfig } from "./agent-otel.js";
import { editForAlloy } from "./alloy-edits.js";
import { decodeAgentOtelConfig } from "./collector-config.js";
import type { TracesConfig } from "./source.js";

export { tracesConfig, validateTraces, type TracesConfig } from "./source.js";

export function appendTraces(cfg: TracesConfig, file: AlloyFile, diags: Diagnostics): void {
  const instances = cfg.configs ?? [];
  for (const inst of instances) {
    const built = buildAgentOtelConfig(inst);
    const decoded = built.error === undefined ? decodeAgentOtelConfig(built.config) : built;
    if (decoded.error !== undefined) {
      diags.critical(`failed to load otelConfig from agent traces config: ${decoded.error}`);
      continue;
    }
    const labelPrefix = instances.length > 1 ? (inst.name ?? "") : "";
    editForAlloy(decoded.config, inst, diags);
    // Static mode has no Collector telemetry settings to convert.
    appendCollectorConfig(file, decoded.config, diags, labelPrefix, false);
  }
}
