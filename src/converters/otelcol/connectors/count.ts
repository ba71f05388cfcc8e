// connectors: count → otelcol.connector.count

import { encodeBuilderComponent } from "../../../components/builder.js";
import { countConnector } from "../../../components/otelcol/connector/count.js";
import type { Values } from "../../../components/values.js";
import { anyValue, list, map, str, struct, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { anyToValue, goSortedKeys } from "../shared/connectors.js";

const metricInfo = struct("countconnector.MetricInfo", {
  description: { key: "description", shape: str },
  conditions: { key: "conditions", shape: list(str) },
  attributes: {
    key: "attributes",
    shape: list(struct("countconnector.AttributeConfig", { key: { key: "key", shape: str }, defaultValue: { key: "default_value", shape: anyValue } })),
  },
});
type MetricInfo = Infer<typeof metricInfo>;
const metricMap = map(metricInfo);

const fields = struct("countconnector.Config", {
  spans: { key: "spans", shape: metricMap },
  spanEvents: { key: "spanevents", shape: metricMap },
  metrics: { key: "metrics", shape: metricMap },
  dataPoints: { key: "datapoints", shape: metricMap },
  logs: { key: "logs", shape: metricMap },
  profiles: { key: "profiles", shape: metricMap },
});
type Config = Infer<typeof fields>;

// Config.Unmarshal: a signal the YAML sets replaces its default metric (even with no
// metrics); one it leaves out keeps the default.
const config: Shape<Config> = {
  goType: fields.goType,
  zero: fields.zero,
  decode(name, data, ctx, current) {
    if (!isConfMap(data)) return fields.decode(name, data, ctx, current);
    const cleared = { ...current } as Record<string, unknown>;
    for (const [prop, key] of Object.entries(KEYS)) if (key in data) cleared[prop] = undefined;
    return fields.decode(name, data, ctx, cleared as Config);
  },
};

const KEYS: Record<keyof Config, string> = {
  spans: "spans",
  spanEvents: "spanevents",
  metrics: "metrics",
  dataPoints: "datapoints",
  logs: "logs",
  profiles: "profiles",
};

function defaultMetric(name: string, description: string): Record<string, MetricInfo> {
  return { [name]: { description, conditions: undefined, attributes: undefined } };
}

/** Alloy's converter lists each signal's metrics sorted by name. */
function metricInfos(metrics: Record<string, MetricInfo> | undefined): Values[] | undefined {
  const names = goSortedKeys(metrics);
  if (names.length === 0) return undefined;
  return names.map((name) => {
    const info = metrics![name];
    return {
      name,
      description: info.description,
      conditions: info.conditions,
      attributes: info.attributes?.map((a) => ({ key: a.key, default_value: anyToValue(a.defaultValue) })),
    };
  });
}

export const countConnectorConverter: OtelcolComponent<Config> = {
  kind: "connector",
  type: "count",
  config,
  defaultConfig: () => ({
    spans: defaultMetric("trace.span.count", "The number of spans observed."),
    spanEvents: defaultMetric("trace.span.event.count", "The number of span events observed."),
    metrics: defaultMetric("metric.count", "The number of metrics observed."),
    dataPoints: defaultMetric("metric.datapoint.count", "The number of data points observed."),
    logs: defaultMetric("log.record.count", "The number of log records observed."),
    profiles: defaultMetric("profile.count", "The number of profiles observed."),
  }),
  inputName: "otelcol.connector.count",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(countConnector, state.label(), {
        spans: metricInfos(cfg.spans),
        spanevents: metricInfos(cfg.spanEvents),
        metrics: metricInfos(cfg.metrics),
        datapoints: metricInfos(cfg.dataPoints),
        logs: metricInfos(cfg.logs),
        output: consumerOutput(state, ["metrics"]),
      }),
    );
  },
};
