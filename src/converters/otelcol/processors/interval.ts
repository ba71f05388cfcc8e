// processors: interval → otelcol.processor.interval

import { encodeBuilderComponent } from "../../../components/builder.js";
import { intervalProcessor } from "../../../components/otelcol/processor/interval.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const config = struct("intervalprocessor.Config", {
  interval: { key: "interval", shape: duration },
  passThrough: {
    key: "pass_through",
    shape: struct("intervalprocessor.PassThrough", { gauge: { key: "gauge", shape: bool }, summary: { key: "summary", shape: bool } }),
  },
});

export const intervalProcessorConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "processor",
  type: "interval",
  config,
  defaultConfig: () => ({ interval: 60_000, passThrough: { gauge: false, summary: false } }),
  inputName: "otelcol.processor.interval",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(intervalProcessor, state.label(), {
        interval: new Duration(cfg.interval),
        passthrough: { gauge: cfg.passThrough.gauge, summary: cfg.passThrough.summary },
        output: consumerOutput(state),
      }),
    );
  },
};
