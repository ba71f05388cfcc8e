// Grafana Agent static mode → Alloy, as Alloy's staticconvert does it: the metrics
// instances, the logs instances, then the server's logging and http blocks, the
// integrations and the traces; then Alloy's validation of what has no equivalent.

import type { ConvertOptions } from "../../convert.js";
import type { Diagnostics } from "../../diagnostics.js";
import type { AlloyFile, Block } from "../../emit/ast.js";
import { ConfigBuilder } from "./integrations/builder.js";
import { appendIntegrations, validateIntegrations } from "./integrations/framework.js";
import { loadStatic, LoadError, type LoadedStatic } from "./load.js";
import { appendStaticPromtail } from "./logs.js";
import { appendStaticPrometheus, validateMetrics } from "./metrics.js";
import { httpBlock, loggingBlock, validateServer } from "./server.js";
import { appendTraces } from "./traces/index.js";
import { locationOf } from "../yaml/types.js";

function validate(loaded: LoadedStatic, diags: Diagnostics): void {
  diags.warning("Please review your agent command line flags and ensure they are set in your Alloy config file where necessary.");
  validateServer(loaded.cfg.server, diags);
  validateMetrics(loaded.cfg.metrics, diags);
  validateIntegrations(loaded.integrations, diags);
  const management = loaded.cfg.agent_management;
  const managementSet = loaded.flags.features.has("agent-management") ||
    (management !== undefined && Object.values(management).some((v) => v !== undefined && v !== ""));
  if (managementSet) diags.error("The converter does not support converting the provided agent_management config.", locationOf(loaded.cfg, "agent_management"));
}

export function convertStatic(source: string, options: ConvertOptions, diags: Diagnostics): AlloyFile | undefined {
  let loaded: LoadedStatic;
  try {
    loaded = loadStatic(source, options.extraArgs ?? []);
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    const location = e.line === undefined ? undefined : { line: e.line, column: e.column ?? 1 };
    diags.add("Critical", `failed to parse Static config: ${e.message}`, location, e.detail);
    return undefined;
  }
  const body: Block[] = [];
  appendStaticPrometheus(body, loaded, diags);
  appendStaticPromtail(body, loaded, diags);
  const b = new ConfigBuilder(loaded, diags);
  const server = loaded.cfg.server!;
  for (const block of [loggingBlock(server), httpBlock(server)]) if (block) b.append(block);
  appendIntegrations(b);
  const file: AlloyFile = { body: [...body, ...b.out] } as AlloyFile;
  if (loaded.cfg.traces) appendTraces(loaded.cfg.traces, file, diags);
  validate(loaded, diags);
  return file;
}
