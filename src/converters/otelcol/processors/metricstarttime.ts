// processors: metricstarttime → otelcol.processor.metric_start_time

import { encodeBuilderComponent } from "../../../components/builder.js";
import { metricStartTimeProcessor } from "../../../components/otelcol/processor/metric_start_time.js";
import { Duration } from "../../../components/values.js";
import { duration, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const config = struct("metricstarttimeprocessor.Config", {
  strategy: { key: "strategy", shape: str },
  gcInterval: { key: "gc_interval", shape: duration },
  startTimeMetricRegex: { key: "start_time_metric_regex", shape: str },
});

export const metricStartTimeProcessorConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "processor",
  // Renamed upstream after v0.147 (snake_case type names); the old name stays a deprecated alias.
  type: "metric_start_time",
  aliases: ["metricstarttime"],
  config,
  defaultConfig: () => ({ strategy: "true_reset_point", gcInterval: 600_000, startTimeMetricRegex: "" }),
  inputName: "otelcol.processor.metric_start_time",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(metricStartTimeProcessor, state.label(), {
        strategy: cfg.strategy,
        gc_interval: new Duration(cfg.gcInterval),
        start_time_metric_regex: cfg.startTimeMetricRegex,
        output: consumerOutput(state),
      }),
    );
  },
};
