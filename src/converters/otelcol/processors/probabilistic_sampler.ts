// processors: probabilistic_sampler → otelcol.processor.probabilistic_sampler

import { encodeBuilderComponent } from "../../../components/builder.js";
import { probabilisticSamplerProcessor } from "../../../components/otelcol/processor/probabilistic_sampler.js";
import { bool, float, int, integer, str, struct, typeMismatch, type Infer, type Shape } from "../../confmap/decode.js";
import { goQuote } from "../../shared/go-format.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const MODES = ["hash_seed", "equalizing", "proportional", ""];

/** SamplerMode's UnmarshalText: the three modes or unset, case-sensitive. */
const samplerMode: Shape<string> = {
  goType: "probabilisticsamplerprocessor.SamplerMode",
  zero: () => "",
  decode(name, data, ctx, current) {
    if (typeof data !== "string") return typeMismatch(ctx, name, "probabilisticsamplerprocessor.SamplerMode", data, current);
    if (!MODES.includes(data)) {
      ctx.errors.push(`error decoding '${name}': unsupported sampler mode ${goQuote(data)}`);
      return current;
    }
    return data;
  },
};

const config = struct("probabilisticsamplerprocessor.Config", {
  samplingPercentage: { key: "sampling_percentage", shape: { ...float, goType: "float32" } },
  hashSeed: { key: "hash_seed", shape: integer("uint32") },
  mode: { key: "mode", shape: samplerMode },
  failClosed: { key: "fail_closed", shape: bool },
  samplingPrecision: { key: "sampling_precision", shape: int },
  attributeSource: { key: "attribute_source", shape: str },
  fromAttribute: { key: "from_attribute", shape: str },
  samplingPriority: { key: "sampling_priority", shape: str },
});

type Config = Infer<typeof config>;

export const probabilisticSamplerProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "probabilistic_sampler",
  config,
  defaultConfig: () => ({
    samplingPercentage: 0,
    hashSeed: 0,
    mode: "",
    failClosed: true,
    samplingPrecision: 4,
    attributeSource: "traceID",
    fromAttribute: "",
    samplingPriority: "",
  }),
  inputName: "otelcol.processor.probabilistic_sampler",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(probabilisticSamplerProcessor, state.label(), {
        // A float32: Alloy prints it widened to float64 (15.3 → 15.300000190734863).
        sampling_percentage: Math.fround(cfg.samplingPercentage),
        hash_seed: cfg.hashSeed,
        mode: cfg.mode,
        fail_closed: cfg.failClosed,
        sampling_precision: cfg.samplingPrecision,
        attribute_source: cfg.attributeSource,
        from_attribute: cfg.fromAttribute,
        sampling_priority: cfg.samplingPriority,
        output: consumerOutput(state, ["logs", "traces"]),
      }),
    );
  },
};
