import { describe, expect, it } from "vitest";
import { appendTraces, tracesConfig, validateTraces } from "../src/converters/static/traces/index.js";
import { loadYaml } from "../src/converters/yaml/load.js";
import { struct } from "../src/converters/yaml/types.js";
import { Diagnostics, formatDiagnostic } from "../src/diagnostics.js";
import type { AlloyFile } from "../src/emit/ast.js";
import { printFile } from "../src/emit/printer.js";

const root = struct("config.config", { traces: tracesConfig });

function run(yaml: string) {
  const loaded = loadYaml(yaml, root);
  if (loaded.error) throw new Error(loaded.error.message);
  const file: AlloyFile = { body: [] };
  const diags = new Diagnostics();
  appendTraces(loaded.value.traces ?? {}, file, diags);
  return { output: printFile(file), diags: diags.list.filter((d) => d.severity !== "Info").map(formatDiagnostic), traces: loaded.value.traces };
}

const instance = (name: string) => `
    - name: ${name}
      receivers:
        otlp:
          protocols:
            grpc:
      remote_write:
        - endpoint: tempo:4317
      jaeger_remote_sampling:
        - source:
            file: /x.json
      scrape_configs:
        - job_name: job
          static_configs:
            - targets: [a:1]`;

describe("static traces", () => {
  it("labels one instance's components by pipeline only", () => {
    const { output } = run(`traces:\n  configs:${instance("one")}\n`);
    expect(output).toContain('otelcol.receiver.otlp "default" {');
    expect(output).toContain('otelcol.extension.jaeger_remote_sampling "default_0" {');
    expect(output).toContain('otelcol.processor.discovery "default" {');
    expect(output).toContain('otelcol.exporter.otlp "default_0" {');
  });

  it("prefixes labels with the instance name when there are several (traces_multi)", () => {
    const { output } = run(`traces:\n  configs:${instance("trace_config_1")}${instance("trace-config-2")}\n`);
    for (const prefix of ["trace_config_1", "trace_config_2"]) {
      expect(output).toContain(`otelcol.receiver.otlp "${prefix}_default" {`);
      expect(output).toContain(`otelcol.extension.jaeger_remote_sampling "${prefix}_default_0" {`);
      expect(output).toContain(`otelcol.processor.discovery "${prefix}_default" {`);
      expect(output).toContain(`otelcol.exporter.otlp "${prefix}_default_0" {`);
      expect(output).toContain(`traces = [otelcol.exporter.otlp.${prefix}_default_0.input]`);
    }
  });

  it("reports what has no Alloy equivalent and converts the rest", () => {
    const { output, diags } = run(`traces:
  configs:
    - name: x
      receivers:
        zipkin:
      remote_write:
        - endpoint: tempo:4317
      service_graphs:
        enabled: true
      automatic_logging:
        backend: logs_instance
      spanmetrics:
        handler_endpoint: 0.0.0.0:8889
`);
    expect(diags.map((d) => d.split(".")[0])).toEqual([
      "(Error) The service_graphs processor for traces has no direct Alloy equivalent",
      "(Error) automatic_logging for traces has no direct Alloy equivalent",
      "(Error) Cannot convert using configuration including spanmetrics handler_endpoint",
    ]);
    expect(output).toContain("traces = [otelcol.exporter.otlp.default_0.input, otelcol.exporter.debug.default.input]");
    expect(output).not.toContain("spanmetrics");
  });

  it("writes span metrics through the metrics instance's remote_write, const labels by relabelling", () => {
    const { output } = run(`traces:
  configs:
    - name: x
      receivers:
        zipkin:
      remote_write:
        - endpoint: tempo:4317
      spanmetrics:
        metrics_instance: inst
        const_labels: {b: "2", a: "1"}
        latency_histogram_buckets: [2ms, 1s]
`);
    expect(output).toContain('prometheus.relabel "default" {\n\tforward_to = [prometheus.remote_write.metrics_inst.receiver]\n\n\trule {\n\t\ttarget_label = "a"');
    expect(output).toContain("forward_to   = [prometheus.relabel.default.receiver]");
    expect(output).toContain('buckets = ["2ms", "1s"]');
    expect(output).toContain("metrics = [otelcol.exporter.prometheus.default.input]");
  });

  it("stops an instance the Agent could not load, with its reason", () => {
    const { output, diags } = run(`traces:
  configs:
    - name: a
      remote_write:
        - endpoint: x:1
    - name: b
      receivers:
        zipkin:
      remote_write:
        - endpoint: x:1
          format: jaeger
`);
    expect(output).toBe("");
    expect(diags).toEqual([
      "(Critical) failed to load otelConfig from agent traces config: must have at least one configured receiver",
      "(Critical) failed to load otelConfig from agent traces config: failed to load OTel config: cannot unmarshal the configuration: decoding failed due to the following error(s):\n\n" +
        'error decoding \'exporters\': unknown type: "jaeger" for id: "jaeger/0" (valid values: [loadbalancing otlp otlphttp prometheus remote_write])',
    ]);
  });

  it("refuses an unsupported remote_write compression at load time", () => {
    expect(() => run("traces:\n  configs:\n    - name: a\n      remote_write:\n        - endpoint: x\n          compression: zstd\n")).toThrow(
      "unsupported compression 'zstd', expected 'gzip' or 'none'",
    );
  });

  it("validates instance names and automatic_logging's logs instance", () => {
    const { traces } = run("traces:\n  configs:\n    - name: a\n    - name: a\n");
    expect(validateTraces(traces, undefined)).toBe("found multiple traces configs with name a");
    const logged = run("traces:\n  configs:\n    - name: a\n      automatic_logging:\n        backend: loki\n        loki_name: l\n").traces;
    expect(validateTraces(logged, { configs: [{ name: "m" }] })).toBe(
      "failed to validate automatic_logging for traces config a: specified logs config l not found in agent config",
    );
  });
});
