// Promtail → Alloy: load the config as Promtail does, report what Alloy cannot carry
// over, then write each job's components followed by the loki.write components.

import type { ConvertOptions } from "../../convert.js";
import { sanitizeIdentifier } from "../../components/labels.js";
import { Duration, type Values } from "../../components/values.js";
import type { AlloyFile, Block } from "../../emit/ast.js";
import type { Diagnostics } from "../../diagnostics.js";
import { loadConfigWithoutExtraArgs } from "../load-config.js";
import { locationOf } from "../yaml/types.js";
import { formatBase2Bytes } from "../shared/bytes.js";
import { appendDiscoveries } from "./discovery.js";
import { lokiWriteFor } from "./loki-write.js";
import { ScrapeBuilder, type GlobalContext } from "./scrape-builder.js";
import { promtailConfigSource, type PromtailConfigSource } from "./source.js";
import { appendLogSources } from "./sources.js";

type Limits = NonNullable<PromtailConfigSource["limits_config"]>;

/** Top-level settings Alloy has no equivalent for, with Alloy's texts and order. */
function reportTopLevel(cfg: PromtailConfigSource, diags: Diagnostics): void {
  const server = cfg.server ?? {};
  // Each points at the setting that raised it, or its section when the setting is a default.
  const at = (section: object | undefined, key: string, sectionKey: string) => locationOf(section, key) ?? locationOf(cfg, sectionKey);
  // Server settings default to what Promtail's flags say; only a written one has a place.
  const serverAt = (key: string) => locationOf(cfg.server, key);
  if (cfg.wal?.enabled) diags.error("Promtail's WAL is currently not supported in Alloy", at(cfg.wal, "enabled", "wal"));
  if (cfg.limits_config?.readline_rate_enabled) {
    diags.warning(
      "limits_config rate limiting settings (readline_rate, readline_burst, readline_rate_drop) have been converted to stage.limit stages in each loki.process component. Unlike Promtail's global rate limiter, these limits apply independently per pipeline rather than across all pipelines combined.",
      at(cfg.limits_config, "readline_rate_enabled", "limits_config"),
    );
  }
  if (cfg.tracing?.enabled) {
    diags.warning(
      "If you have a tracing set up for Promtail, it cannot be migrated to Alloy automatically. Refer to the documentation on how to configure tracing in Alloy.",
      at(cfg.tracing, "enabled", "tracing"),
    );
  }
  if (cfg.target_config?.stdin) diags.error("reading targets from stdin is not supported in Alloy configuration file", at(cfg.target_config, "stdin", "target_config"));
  if (server.profiling_enabled) {
    diags.warning("server.profiling_enabled is not supported - use Alloy's main HTTP server's profiling endpoints instead", serverAt("profiling_enabled"));
  }
  if (server.register_instrumentation) {
    diags.warning(
      "Alloy's metrics are different from the metrics emitted by Promtail. If you rely on Promtail's metrics, you must change your configuration, for example, your alerts and dashboards.",
      serverAt("register_instrumentation"),
    );
  }
  if ((server.log_level ?? "info") !== "info") {
    diags.warning(
      "The converter does not support converting the provided server.log_level config: The equivalent feature in Alloy is to use the logging config block to set the level argument.",
      serverAt("log_level"),
    );
  }
  if (server.http_path_prefix) diags.error("server.http_path_prefix is not supported", serverAt("http_path_prefix"));
  if (server.health_check_target === false) diags.warning("server.health_check_target disabling is not supported in Alloy", serverAt("health_check_target"));
}

/** limits_config → the stages that open every loki.process. */
function limitStages(limits: Limits): Values[] {
  const stages: Values[] = [];
  if (limits.readline_rate_enabled) {
    stages.push({ limit: { rate: limits.readline_rate ?? 0, burst: limits.readline_burst ?? 0, drop: limits.readline_rate_drop } });
  }
  const maxLine = limits.max_line_size ?? 0;
  if (maxLine > 0) {
    const size = formatBase2Bytes(maxLine);
    stages.push(limits.max_line_size_truncate ? { truncate: { rule: [{ limit: size }] } } : { drop: { longer_than: size } });
  }
  return stages;
}

export function convertPromtail(source: string, options: ConvertOptions, diags: Diagnostics): AlloyFile | undefined {
  const config = loadConfigWithoutExtraArgs({ id: "promtail", title: "Promtail", config: promtailConfigSource }, source, options, diags);
  return config && { body: convertLoaded(config, "", diags) };
}

/** The components of a loaded config; `labelPrefix` names them when embedded (static mode). */
export function convertLoaded(cfg: PromtailConfigSource, labelPrefix: string, diags: Diagnostics): Block[] {
  reportTopLevel(cfg, diags);
  // The legacy single `client` block joins the list when it names a URL, as in Promtail.
  const clients = [...(cfg.clients ?? []), ...(cfg.client?.url ? [cfg.client] : [])];
  const limits = cfg.limits_config ?? {};
  const writes = clients.map((c, i) => lokiWriteFor(c, i, labelPrefix, limits.max_streams ?? 0, diags));
  const ctx: GlobalContext = {
    writeReceivers: writes.map((w) => w.receiver),
    targetSyncPeriod: cfg.target_config?.sync_period ?? new Duration(0),
    labelPrefix,
    limitStages: limitStages(limits),
    positionsFile: cfg.positions?.filename ?? "",
    watch: cfg.global?.file_watch_config ?? {},
  };
  const out: Block[] = [];
  for (const job of cfg.scrape_configs ?? []) {
    const builder = new ScrapeBuilder({ ...job, job_name: sanitizeIdentifier(job.job_name ?? "") }, ctx, out, diags);
    appendDiscoveries(builder);
    builder.appendSourceFile();
    appendLogSources(builder);
  }
  return [...out, ...writes.map((w) => w.block)];
}
