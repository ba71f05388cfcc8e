// processors: memory_limiter → otelcol.processor.memory_limiter
//
// The Collector's GC interval settings are read but, as in Alloy's converter, not
// carried over: Alloy's arguments are the check interval and the four limits.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { memoryLimiterProcessor } from "../../../components/otelcol/processor/memory_limiter.js";
import { Duration } from "../../../components/values.js";
import { formatBase2Bytes } from "../../shared/bytes.js";
import { duration, integer, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const uint32 = integer("uint32");
const MiB = 1024 * 1024;

const config = struct("memorylimiter.Config", {
  checkInterval: { key: "check_interval", shape: duration },
  minGcIntervalWhenSoftLimited: { key: "min_gc_interval_when_soft_limited", shape: duration },
  minGcIntervalWhenHardLimited: { key: "min_gc_interval_when_hard_limited", shape: duration },
  maxGcIntervalWhenSoftLimited: { key: "max_gc_interval_when_soft_limited", shape: duration },
  maxGcIntervalWhenHardLimited: { key: "max_gc_interval_when_hard_limited", shape: duration },
  memoryLimitMiB: { key: "limit_mib", shape: uint32 },
  memorySpikeLimitMiB: { key: "spike_limit_mib", shape: uint32 },
  memoryLimitPercentage: { key: "limit_percentage", shape: uint32 },
  memorySpikePercentage: { key: "spike_limit_percentage", shape: uint32 },
});

type Config = Infer<typeof config>;

export const memoryLimiterProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "memory_limiter",
  config,
  defaultConfig: () => ({
    checkInterval: 0,
    minGcIntervalWhenSoftLimited: 10_000,
    minGcIntervalWhenHardLimited: 0,
    maxGcIntervalWhenSoftLimited: 30_000,
    maxGcIntervalWhenHardLimited: 30_000,
    memoryLimitMiB: 0,
    memorySpikeLimitMiB: 0,
    memoryLimitPercentage: 0,
    memorySpikePercentage: 0,
  }),
  inputName: "otelcol.processor.memory_limiter",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(memoryLimiterProcessor, state.label(), {
        check_interval: new Duration(cfg.checkInterval),
        limit: formatBase2Bytes(cfg.memoryLimitMiB * MiB),
        spike_limit: formatBase2Bytes(cfg.memorySpikeLimitMiB * MiB),
        limit_percentage: cfg.memoryLimitPercentage,
        spike_limit_percentage: cfg.memorySpikePercentage,
        output: consumerOutput(state),
      }),
    );
  },
};
