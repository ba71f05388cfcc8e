// `logs:` → each instance through the Promtail converter, labelled `logs_<instance>`, with
// the section's global file-watch settings: the Promtail config the Agent runs per instance.

import { Duration } from "../../components/values.js";
import type { Block } from "../../emit/ast.js";
import type { Diagnostics } from "../../diagnostics.js";
import { convertLoaded } from "../promtail/convert.js";
import type { PromtailConfigSource } from "../promtail/source.js";
import type { LoadedStatic } from "./load.js";
import type { LogsInstanceConfig } from "./source.js";

/** Promtail's limits defaults, which the Agent gives an instance that sets none. */
const defaultLimits = () => ({ readline_rate: 10_000, readline_burst: 10_000, readline_rate_drop: true });

function limitsOf(ic: LogsInstanceConfig): PromtailConfigSource["limits_config"] {
  const limits = ic.limits_config;
  const zero = !limits || Object.values(limits).every((v) => v === undefined || v === 0 || v === false);
  return zero ? defaultLimits() : limits;
}

export function appendStaticPromtail(out: Block[], loaded: LoadedStatic, diags: Diagnostics): void {
  const logs = loaded.cfg.logs;
  if (!logs) return;
  const watch = logs.global?.file_watch_config ?? { min_poll_frequency: new Duration(250), max_poll_frequency: new Duration(250) };
  for (const ic of logs.configs ?? []) {
    const cfg: PromtailConfigSource = {
      global: { file_watch_config: watch },
      server: { log_level: "info" },
      clients: ic.clients,
      positions: ic.positions,
      scrape_configs: ic.scrape_configs,
      target_config: ic.target_config,
      limits_config: limitsOf(ic),
      tracing: { enabled: false },
      wal: { enabled: false },
    };
    out.push(...convertLoaded(cfg, `logs_${ic.name}`, diags));
  }
}
