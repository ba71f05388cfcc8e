// processors: filter → otelcol.processor.filter
//
// Alloy carries over only the error mode and the OTTL conditions of `traces`, `metrics`
// and `logs`; the deprecated include/exclude settings, the resource and profile
// conditions and the context-inferred `*_conditions` lists are read (so that the
// Collector accepts them) but not converted, as in Alloy's converter.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { filterProcessor } from "../../../components/otelcol/processor/filter.js";
import { anyValue, list, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { DEFAULT_ERROR_MODE, errorMode } from "../shared/ottl.js";

const conditions = list(str);

const config = struct("filterprocessor.Config", {
  errorMode: { key: "error_mode", shape: errorMode },
  spans: { key: "spans", shape: anyValue },
  metrics: {
    key: "metrics",
    shape: struct("filterprocessor.MetricFilters", {
      include: { key: "include", shape: anyValue },
      exclude: { key: "exclude", shape: anyValue },
      regexp: { key: "regexp", shape: anyValue },
      resource: { key: "resource", shape: conditions },
      metric: { key: "metric", shape: conditions },
      datapoint: { key: "datapoint", shape: conditions },
    }),
  },
  logs: {
    key: "logs",
    shape: struct("filterprocessor.LogFilters", {
      include: { key: "include", shape: anyValue },
      exclude: { key: "exclude", shape: anyValue },
      resource: { key: "resource", shape: conditions },
      logRecord: { key: "log_record", shape: conditions },
    }),
  },
  traces: {
    key: "traces",
    shape: struct("filterprocessor.TraceFilters", {
      resource: { key: "resource", shape: conditions },
      span: { key: "span", shape: conditions },
      spanEvent: { key: "spanevent", shape: conditions },
    }),
  },
  profiles: {
    key: "profiles",
    shape: struct("filterprocessor.ProfileFilters", {
      resource: { key: "resource", shape: conditions },
      profile: { key: "profile", shape: conditions },
    }),
  },
  metricConditions: { key: "metric_conditions", shape: anyValue },
  logConditions: { key: "log_conditions", shape: anyValue },
  traceConditions: { key: "trace_conditions", shape: anyValue },
  profileConditions: { key: "profile_conditions", shape: anyValue },
});

type Config = Infer<typeof config>;

const defaultConfig = (): Config => ({
  errorMode: DEFAULT_ERROR_MODE,
  spans: null,
  metrics: { include: null, exclude: null, regexp: null, resource: undefined, metric: undefined, datapoint: undefined },
  logs: { include: null, exclude: null, resource: undefined, logRecord: undefined },
  traces: { resource: undefined, span: undefined, spanEvent: undefined },
  profiles: { resource: undefined, profile: undefined },
  metricConditions: null,
  logConditions: null,
  traceConditions: null,
  profileConditions: null,
});

export const filterProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "filter",
  config,
  defaultConfig,
  inputName: "otelcol.processor.filter",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(filterProcessor, state.label(), {
        error_mode: cfg.errorMode,
        traces: { span: cfg.traces.span, spanevent: cfg.traces.spanEvent },
        metrics: { metric: cfg.metrics.metric, datapoint: cfg.metrics.datapoint },
        logs: { log_record: cfg.logs.logRecord },
        output: consumerOutput(state),
      }),
    );
  },
};
