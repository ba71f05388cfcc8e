// processors: deltatocumulative → otelcol.processor.deltatocumulative

import { encodeBuilderComponent } from "../../../components/builder.js";
import { deltatocumulativeProcessor, MAX_INT } from "../../../components/otelcol/processor/deltatocumulative.js";
import { Duration } from "../../../components/values.js";
import { duration, int, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const config = struct("deltatocumulativeprocessor.Config", {
  maxStale: { key: "max_stale", shape: duration },
  maxStreams: { key: "max_streams", shape: int },
});

export const deltatocumulativeProcessorConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "processor",
  // Renamed upstream after v0.147 (snake_case type names); the old name stays a deprecated alias.
  type: "delta_to_cumulative",
  aliases: ["deltatocumulative"],
  config,
  defaultConfig: () => ({ maxStale: 300_000, maxStreams: MAX_INT }),
  inputName: "otelcol.processor.deltatocumulative",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(deltatocumulativeProcessor, state.label(), {
        max_stale: new Duration(cfg.maxStale),
        max_streams: cfg.maxStreams,
        output: consumerOutput(state),
      }),
    );
  },
};
