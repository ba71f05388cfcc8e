// processors: cumulativetodelta → otelcol.processor.cumulativetodelta

import { encodeBuilderComponent } from "../../../components/builder.js";
import { cumulativetodeltaProcessor } from "../../../components/otelcol/processor/cumulativetodelta.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, enumString, int, list, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

// tracking.InitialValue reads its text form and refuses anything else.
const initialValue = enumString("tracking.InitialValue", ["auto", "keep", "drop"], (v) => `unknown initial_value: ${v}`);

const filterSetConfig = struct("filterset.Config", {
  matchType: { key: "match_type", shape: str },
  regexp: {
    key: "regexp",
    shape: pointer(
      struct("regexp.Config", {
        cacheEnabled: { key: "cacheenabled", shape: bool },
        cacheMaxNumEntries: { key: "cachemaxnumentries", shape: int },
      }),
    ),
  },
});

const matchMetrics = struct("cumulativetodeltaprocessor.MatchMetrics", {
  filter: { shape: filterSetConfig },
  metrics: { key: "metrics", shape: list(str) },
  metricTypes: { key: "metric_types", shape: list(str) },
});
type MatchMetrics = Infer<typeof matchMetrics>;

const config = struct("cumulativetodeltaprocessor.Config", {
  maxStaleness: { key: "max_staleness", shape: duration },
  initialValue: { key: "initial_value", shape: initialValue },
  include: { key: "include", shape: matchMetrics },
  exclude: { key: "exclude", shape: matchMetrics },
});

/** Alloy keeps the metric names and the match type; regexp caching and metric types are not carried over. */
function matchValues(m: MatchMetrics) {
  return { metrics: m.metrics, match_type: m.filter.matchType };
}

export const cumulativetodeltaProcessorConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "processor",
  // Renamed upstream after v0.147 (snake_case type names); the old name stays a deprecated alias.
  type: "cumulative_to_delta",
  aliases: ["cumulativetodelta"],
  config,
  // max_staleness defaults to 1h since v0.142 (it was 0, unbounded); Alloy's own default is still 0.
  defaultConfig: () => ({ maxStaleness: 3_600_000, initialValue: "auto", include: matchMetrics.zero(), exclude: matchMetrics.zero() }),
  inputName: "otelcol.processor.cumulativetodelta",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(cumulativetodeltaProcessor, state.label(), {
        max_staleness: new Duration(cfg.maxStaleness),
        initial_value: cfg.initialValue,
        include: matchValues(cfg.include),
        exclude: matchValues(cfg.exclude),
        output: consumerOutput(state),
      }),
    );
  },
};
