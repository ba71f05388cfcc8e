// service.telemetry: the Collector's own logs, metrics and traces settings (otelconftelemetry
// Config and its defaults), and what Alloy's converter makes of them: a `logging` block for
// the level and JSON format, and a diagnostic for each setting it cannot carry over.

import { encodeBuilderFields } from "../../components/builder.js";
import { logging } from "../../components/logging.js";
import { block } from "../../emit/build.js";
import type { Diagnostics } from "../../diagnostics.js";
import type { AlloyFile } from "../../emit/ast.js";
import { anyValue, bool, duration, int, list, map, pointer, str, struct, typeMismatch, type Infer, type Shape } from "../confmap/decode.js";
import { goQuote } from "../shared/go-format.js";

const ZAP_LEVELS = ["debug", "info", "warn", "error", "dpanic", "panic", "fatal"];

/** zapcore.Level, read case-insensitively as its UnmarshalText does. */
const zapLevel: Shape<string> = {
  goType: "zapcore.Level",
  zero: () => "info",
  decode(name, data, ctx, current) {
    if (typeof data !== "string") return typeMismatch(ctx, name, "zapcore.Level", data, current);
    const level = data.toLowerCase();
    if (ZAP_LEVELS.includes(level)) return level;
    ctx.errors.push(`error decoding '${name}': unrecognized level: ${goQuote(data)}`);
    return current;
  },
};

const samplingShape = struct("otelconftelemetry.LogsSamplingConfig", {
  enabled: { key: "enabled", shape: bool },
  tick: { key: "tick", shape: duration },
  initial: { key: "initial", shape: int },
  thereafter: { key: "thereafter", shape: int },
});

export const telemetryShape = struct("otelconftelemetry.Config", {
  logs: {
    key: "logs",
    shape: struct("otelconftelemetry.LogsConfig", {
      level: { key: "level", shape: zapLevel },
      development: { key: "development", shape: bool },
      encoding: { key: "encoding", shape: str },
      disableCaller: { key: "disable_caller", shape: bool },
      disableStacktrace: { key: "disable_stacktrace", shape: bool },
      sampling: { key: "sampling", shape: pointer(samplingShape) },
      outputPaths: { key: "output_paths", shape: list(str) },
      errorOutputPaths: { key: "error_output_paths", shape: list(str) },
      initialFields: { key: "initial_fields", shape: map(anyValue) },
      processors: { key: "processors", shape: list(anyValue) },
      disableZapResource: { key: "disable_zap_resource", shape: bool },
    }),
  },
  metrics: {
    key: "metrics",
    shape: struct("otelconftelemetry.MetricsConfig", {
      level: { key: "level", shape: str },
      readers: { key: "readers", shape: list(anyValue) },
      views: { key: "views", shape: list(anyValue) },
    }),
  },
  traces: {
    key: "traces",
    shape: struct("otelconftelemetry.TracesConfig", {
      level: { key: "level", shape: str },
      propagators: { key: "propagators", shape: list(str) },
      // otelconf's TracerProvider, squashed: Alloy reads only the processors.
      processors: { key: "processors", shape: list(anyValue) },
      limits: { key: "limits", shape: anyValue },
      sampler: { key: "sampler", shape: anyValue },
    }),
  },
  resource: { key: "resource", shape: map(anyValue) },
});

export type TelemetryConfig = Infer<typeof telemetryShape>;

/** The Collector's telemetry defaults: info logs on stderr, sampled; a Prometheus pull reader on :8888. */
export function defaultTelemetry(): TelemetryConfig {
  const cfg = telemetryShape.zero();
  cfg.logs.level = "info";
  cfg.logs.encoding = "console";
  cfg.logs.sampling = { enabled: true, tick: 10_000, initial: 10, thereafter: 100 };
  cfg.logs.outputPaths = ["stderr"];
  cfg.logs.errorOutputPaths = ["stderr"];
  cfg.metrics.level = "normal";
  cfg.metrics.readers = [{ pull: { exporter: { prometheus: { host: "localhost", port: 8888 } } } }];
  return cfg;
}

const ALLOY_LEVELS: Record<string, string> = { debug: "debug", info: "info", warn: "warn", error: "error" };

function onlyStderr(paths: string[] | undefined): boolean {
  return paths !== undefined && paths.length === 1 && paths[0] === "stderr";
}

export function convertTelemetry(cfg: TelemetryConfig, file: AlloyFile, diags: Diagnostics): void {
  const logs = cfg.logs;
  if (logs.encoding === "console") diags.info("console log format is not supported, using default log format");
  const body = encodeBuilderFields(logging.fields, {
    level: ALLOY_LEVELS[logs.level] ?? "info",
    format: logs.encoding === "json" ? "json" : "logfmt",
  });
  if (body.length > 0) file.body.push(block(logging.name, body));

  if (logs.development) diags.warning("the service/telemetry/logs/development configuration is not supported");
  if (logs.disableCaller) diags.warning("the service/telemetry/logs/disable_caller configuration is not supported");
  if (logs.disableStacktrace) diags.warning("the service/telemetry/logs/disable_stacktrace configuration is not supported");
  if (logs.sampling !== undefined) diags.warning("the service/telemetry/logs/sampling configuration is not supported");
  if ((logs.outputPaths?.length ?? 0) > 0 && !onlyStderr(logs.outputPaths)) diags.critical("the service/telemetry/logs/output_paths configuration is not supported");
  if (logs.errorOutputPaths !== undefined && !onlyStderr(logs.errorOutputPaths)) diags.critical("the service/telemetry/logs/error_output_paths configuration is not supported");
  if (logs.initialFields !== undefined) diags.critical("the service/telemetry/logs/initial_fields configuration is not supported");
  if (logs.processors !== undefined) diags.critical("the service/telemetry/logs/processors configuration is not supported");

  if ((cfg.metrics.readers?.length ?? 0) > 0) {
    diags.warning(
      "the service/telemetry/metrics/readers configuration is not supported - to gather Alloy's own telemetry refer to: https://grafana.com/docs/alloy/latest/collect/metamonitoring/",
    );
  }
  if ((cfg.traces.processors?.length ?? 0) > 0) diags.critical("the service/telemetry/traces/processors configuration is not supported");
  if ((cfg.traces.propagators?.length ?? 0) > 0) diags.critical("the service/telemetry/traces/propagators configuration is not supported");
}
