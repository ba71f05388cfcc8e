// exporters: debug → otelcol.exporter.debug

import { encodeBuilderComponent } from "../../../components/builder.js";
import { debugExporter } from "../../../components/otelcol/exporter/debug.js";
import { bool, int, list, optional, str, struct, typeMismatch, type Infer, type Shape } from "../../confmap/decode.js";
import { goQuote } from "../../shared/go-format.js";
import type { OtelcolComponent } from "../component.js";
import { defaultQueue, queueConfig } from "../shared/settings.js";

/** configtelemetry.Level's names as its String() writes them; read case-insensitively. */
const LEVELS = ["None", "Basic", "Normal", "Detailed"];

const telemetryLevel: Shape<string> = {
  goType: "configtelemetry.Level",
  zero: () => "Basic",
  decode(name, data, ctx, current) {
    if (typeof data !== "string") return typeMismatch(ctx, name, "configtelemetry.Level", data, current);
    const lower = data.toLowerCase();
    const level = LEVELS.find((l) => l.toLowerCase() === lower);
    if (level) return level;
    ctx.errors.push(`error decoding '${name}': unknown metrics level ${goQuote(lower)}`);
    return current;
  },
};

const attributesOutput = {
  enabled: { key: "enabled", shape: bool },
  include: { key: "include", shape: list(str) },
  exclude: { key: "exclude", shape: list(str) },
};
const sectionOutput = (goType: string) =>
  struct(goType, { enabled: { key: "enabled", shape: bool }, attributes: { key: "attributes", shape: struct("internal.AttributesOutputConfig", attributesOutput) } });

const config = struct("debugexporter.Config", {
  verbosity: { key: "verbosity", shape: telemetryLevel },
  samplingInitial: { key: "sampling_initial", shape: int },
  samplingThereafter: { key: "sampling_thereafter", shape: int },
  useInternalLogger: { key: "use_internal_logger", shape: bool },
  // Alloy's converter carries none of the settings below over.
  outputPaths: { key: "output_paths", shape: list(str) },
  output: {
    key: "output",
    shape: struct("internal.OutputConfig", {
      record: { key: "record", shape: sectionOutput("internal.RecordOutputConfig") },
      scope: { key: "scope", shape: sectionOutput("internal.ScopeOutputConfig") },
      resource: { key: "resource", shape: sectionOutput("internal.ResourceOutputConfig") },
    }),
  },
  queue: { key: "sending_queue", shape: optional(queueConfig, defaultQueue) },
});

export const debugExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "debug",
  config,
  defaultConfig: () => ({ ...config.zero(), verbosity: "Basic", samplingInitial: 2, samplingThereafter: 1, useInternalLogger: true }),
  inputName: "otelcol.exporter.debug",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(debugExporter, state.label(), {
        verbosity: cfg.verbosity,
        sampling_initial: cfg.samplingInitial,
        sampling_thereafter: cfg.samplingThereafter,
        use_internal_logger: cfg.useInternalLogger,
      }),
    );
  },
};
