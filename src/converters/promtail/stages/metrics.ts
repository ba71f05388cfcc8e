// Promtail `metrics` → stage.metrics with one metric.counter/gauge/histogram block per
// metric, sorted by name. Each metric's config is read and checked as Promtail's metric
// constructors do; any failure drops the whole stage, as Alloy's converter does.
import { Duration, type Values } from "../../../components/values.js";
import * as ms from "./mapstructure.js";
import { decodeConfig } from "./mapstructure.js";
import { decodeStage, reportError, type StageContext, type StageConverter } from "./stage.js";
import { parseGoDuration } from "../../shared/go-duration.js";

const metricConfig = ms.struct("stages.MetricConfig", {
  type: ms.string,
  description: ms.string,
  source: ms.pointer(ms.string),
  prefix: ms.string,
  max_idle_duration: ms.pointer(ms.string),
  config: ms.anything,
});
type MetricConfig = ms.Infer<typeof metricConfig>;

const metricsConfig = ms.map(metricConfig);

const counterConfig = ms.struct("metric.CounterConfig", {
  match_all: ms.pointer(ms.bool),
  count_entry_bytes: ms.pointer(ms.bool),
  value: ms.pointer(ms.string),
  action: ms.string,
});
type CounterConfig = ms.Infer<typeof counterConfig>;

const gaugeConfig = ms.struct("metric.GaugeConfig", { value: ms.pointer(ms.string), action: ms.string });
type GaugeConfig = ms.Infer<typeof gaugeConfig>;

const histogramConfig = ms.struct("metric.HistogramConfig", { value: ms.pointer(ms.string), buckets: ms.slice(ms.float64) });

const GAUGE_ACTIONS = ["set", "inc", "dec", "add", "sub"];

/** Promtail's counter checks; the action comes back lower-cased as Promtail keeps it. */
function checkCounter(c: CounterConfig): string | undefined {
  if (c.action === "") return "counter action must be defined as either `inc` or `add`";
  c.action = c.action.toLowerCase();
  if (c.action !== "inc" && c.action !== "add") return `action ${c.action} is not valid, action must be either \`inc\` or \`add\``;
  if (c.match_all === true && c.value !== undefined)
    return "`match_all: true` cannot be combined with `value`, please remove `match_all` or `value`";
  if (c.count_entry_bytes === true && c.match_all !== true) return "`count_entry_bytes: true` can only be set with `match_all: true`";
  if (c.count_entry_bytes === true && c.action !== "add") return "`count_entry_bytes: true` can only be used with `action: add`";
  return undefined;
}

function checkGauge(c: GaugeConfig): string | undefined {
  if (c.action === "") return "gauge action must be defined as `set`, `inc`, `dec`, `add`, or `sub`";
  c.action = c.action.toLowerCase();
  if (!GAUGE_ACTIONS.includes(c.action)) return `action ${c.action} is not valid, action must be \`set\`, \`inc\`, \`dec\`, \`add\`, or \`sub\``;
  return undefined;
}

/** Reads a metric's `config` as its Promtail constructor does; reports and returns undefined on failure. */
function readMetricConfig<T>(kind: string, shape: ms.Shape<T>, config: unknown, check: (c: T) => string | undefined, ctx: StageContext): T | undefined {
  const result = decodeConfig(shape, config, false);
  const error = result.ok ? check(result.value) : result.error;
  if (error === undefined && result.ok) return result.value;
  reportError(ctx, `failed to create ${kind} metric process stage: ${error}`);
  return undefined;
}

/** The metric block for one Promtail metric: `{}` for an unknown type, undefined after a failure. */
function convertMetric(name: string, m: MetricConfig, ctx: StageContext): Values | undefined {
  let maxIdleMs = 0;
  if (m.max_idle_duration !== undefined) {
    const parsed = parseGoDuration(m.max_idle_duration);
    if (!("ms" in parsed)) {
      reportError(ctx, `failed to parse duration: ${m.max_idle_duration} - ${parsed.error}`);
      return undefined;
    }
    maxIdleMs = parsed.ms;
  }
  const shared: Values = {
    name,
    description: m.description,
    source: m.source ?? "",
    prefix: m.prefix,
    max_idle_duration: new Duration(maxIdleMs),
  };
  switch (m.type.toLowerCase()) {
    case "counter": {
      const c = readMetricConfig("counter", counterConfig, m.config, checkCounter, ctx);
      if (!c) return undefined;
      return {
        counter: {
          ...shared,
          value: c.value ?? "",
          action: c.action,
          match_all: c.match_all ?? false,
          count_entry_bytes: c.count_entry_bytes ?? false,
        },
      };
    }
    case "gauge": {
      const g = readMetricConfig("gauge", gaugeConfig, m.config, checkGauge, ctx);
      if (!g) return undefined;
      return { gauge: { ...shared, value: g.value ?? "", action: g.action } };
    }
    case "histogram": {
      const h = readMetricConfig("histogram", histogramConfig, m.config, () => undefined, ctx);
      if (!h) return undefined;
      return { histogram: { ...shared, value: h.value ?? "", buckets: h.buckets ?? [] } };
    }
    default:
      return {};
  }
}

export const convertMetrics: StageConverter = (config, ctx) => {
  const decoded = decodeStage(metricsConfig, config, ctx);
  if (!decoded) return undefined;
  const metrics = decoded.value ?? {};
  const blocks: Values[] = [];
  for (const name of Object.keys(metrics).sort()) {
    const block = convertMetric(name, metrics[name], ctx);
    if (!block) return undefined;
    blocks.push(block);
  }
  return { metrics: { metric: blocks } };
};
