// Group D's audit of the Collector's source model at v0.158: processors, exporters and
// connectors accept the keys their v0.158 Config has, with its defaults and Alloy's mapping.

import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";

/**
 * Converts a pipeline around one component: the Alloy text and the diagnostics beyond
 * Info and the service telemetry notes every config gets.
 */
function run(section: string, body: string, signal = "traces"): { alloy: string; diags: string[] } {
  const yaml = [
    "receivers:\n  otlp:\n    protocols:\n      grpc:",
    `${section}:\n${body}`,
    section === "exporters" ? "" : "exporters:\n  otlp:\n    endpoint: db:4317",
    `service:\n  pipelines:\n    ${signal}:\n      receivers: [otlp]\n` +
      (section === "processors" ? `      processors: [${firstKey(body)}]\n      exporters: [otlp]` : `      exporters: [${firstKey(body)}]`),
  ].join("\n");
  const result = convert(yaml, { sourceFormat: "otelcol" });
  return { alloy: result.output ?? "", diags: result.diagnostics
      .map((d) => formatDiagnostic(d))
      .filter((d) => !d.startsWith("(Info)") && !d.includes("service/telemetry")),
  };
}

function firstKey(body: string): string {
  return body.trimStart().split(":")[0]!;
}

describe("tail_sampling at v0.158", () => {
  it("accepts the `not` policy kind, which Alloy's converter does not carry over", () => {
    const { alloy, diags } = run(
      "processors",
      `  tail_sampling:
    policies:
      - name: not-health
        type: not
        not:
          not_sub_policy:
            name: health
            type: string_attribute
            string_attribute: { key: http.route, values: [/health] }`,
    );
    expect(diags).toEqual([]);
    expect(alloy).toContain('name = "not-health"');
    expect(alloy).toContain('type = "not"');
    expect(alloy).not.toContain("not_sub_policy");
  });

  it("keeps other keys of a policy as extension settings (v0.137), which must be maps", () => {
    const ok = run("processors", "  tail_sampling:\n    policies:\n      - name: ext\n        type: my_policy\n        my_policy: { threshold: 3 }");
    expect(ok.diags).toEqual([]);
    const bad = run("processors", "  tail_sampling:\n    policies:\n      - name: n\n        type: not\n        not:\n          not_sub_policy: { bogus: 1 }");
    expect(bad.diags.join("\n")).toContain(
      "'policies[0].not.not_sub_policy[bogus]' expected type 'map[string]interface {}', got unconvertible type 'int', value: '1'",
    );
  });
});

describe("renamed component types at v0.158", () => {
  it("takes signal_to_metrics and its deprecated alias signaltometrics alike", () => {
    for (const type of ["signal_to_metrics", "signaltometrics"]) {
      const yaml = `receivers:\n  otlp:\n    protocols:\n      grpc:\nconnectors:\n  ${type}:\n    spans:\n      - name: span.count\n        sum: { value: "1" }\nexporters:\n  otlp:\n    endpoint: db:4317\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [${type}]\n    metrics:\n      receivers: [${type}]\n      exporters: [otlp]\n`;
      const result = convert(yaml, { sourceFormat: "otelcol" });
      expect(result.diagnostics.filter((d) => d.severity === "Error" || d.severity === "Critical")).toEqual([]);
      expect(result.output).toContain(`otelcol.connector.signaltometrics "default"`);
    }
  });
});

describe("snake_case type names, each with its old name as a deprecated alias", () => {
  const cases: [section: string, names: string[], body: string, signal: string, alloy: string][] = [
    ["exporters", ["load_balancing", "loadbalancing"], "    resolver:\n      static:\n        hostnames: [a:4317]", "traces", "otelcol.exporter.loadbalancing"],
    ["processors", ["delta_to_cumulative", "deltatocumulative"], "    max_stale: 1m", "metrics", "otelcol.processor.deltatocumulative"],
    ["processors", ["cumulative_to_delta", "cumulativetodelta"], "    max_staleness: 1m", "metrics", "otelcol.processor.cumulativetodelta"],
    ["processors", ["metric_start_time", "metricstarttime"], "    strategy: true_reset_point", "metrics", "otelcol.processor.metric_start_time"],
  ];
  for (const [section, names, body, signal, alloy] of cases) {
    for (const name of names) {
      it(`${section}: ${name}`, () => {
        const out = run(section, `  ${name}:\n${body}`, signal);
        expect(out.diags).toEqual([]);
        expect(out.alloy).toContain(`${alloy} "default"`);
      });
    }
  }

  for (const [name, alloy, out] of [
    ["span_metrics", "otelcol.connector.spanmetrics", "metrics"],
    ["spanmetrics", "otelcol.connector.spanmetrics", "metrics"],
    ["service_graph", "otelcol.connector.servicegraph", "metrics"],
    ["servicegraph", "otelcol.connector.servicegraph", "metrics"],
  ]) {
    it(`connectors: ${name}`, () => {
      const yaml = `receivers:\n  otlp:\n    protocols:\n      grpc:\nconnectors:\n  ${name}:\nexporters:\n  otlp:\n    endpoint: db:4317\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [${name}]\n    ${out}:\n      receivers: [${name}]\n      exporters: [otlp]\n`;
      const result = convert(yaml, { sourceFormat: "otelcol" });
      expect(result.diagnostics.filter((d) => d.severity === "Error" || d.severity === "Critical")).toEqual([]);
      expect(result.output).toContain(`${alloy} "default"`);
    });
  }
});

describe("splunk_hec exporter at v0.158", () => {
  it("refuses hec_metadata_to_otel_attrs, removed in v0.137", () => {
    const { diags } = run("exporters", "  splunk_hec:\n    token: t\n    endpoint: https://splunk:8088\n    hec_metadata_to_otel_attrs:\n      source: s", "logs");
    expect(diags.join("\n")).toContain("has invalid keys: hec_metadata_to_otel_attrs");
  });
});

describe("googlecloudpubsub exporter at v0.158", () => {
  it("reads the per-signal attributes and encoding, which Alloy's converter does not carry over", () => {
    const { alloy, diags } = run(
      "exporters",
      "  googlecloudpubsub:\n    project: p\n    topic: projects/p/topics/t\n    traces:\n      attributes: { team: a }\n      encoding: otlp_encoding",
    );
    expect(diags).toEqual([]);
    expect(alloy).toContain('topic   = "projects/p/topics/t"');
    expect(alloy).not.toContain("team");
  });
});

describe("service_graph connector at v0.158", () => {
  it("refuses metrics_exporter, removed in v0.143", () => {
    const yaml = `receivers:\n  otlp:\n    protocols:\n      grpc:\nconnectors:\n  servicegraph:\n    metrics_exporter: prometheus\nexporters:\n  otlp:\n    endpoint: db:4317\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [servicegraph]\n    metrics:\n      receivers: [servicegraph]\n      exporters: [otlp]\n`;
    const result = convert(yaml, { sourceFormat: "otelcol" });
    expect(result.diagnostics.map((d) => formatDiagnostic(d)).join("\n")).toContain("has invalid keys: metrics_exporter");
  });
});

describe("attribute actions at v0.158", () => {
  it("read default_value, which is not carried over", () => {
    const { alloy, diags } = run(
      "processors",
      "  attributes:\n    actions:\n      - key: env\n        from_context: x-env\n        default_value: prod\n        action: upsert",
    );
    expect(diags).toEqual([]);
    expect(alloy).toContain('from_context = "x-env"');
    expect(alloy).not.toContain("prod");
  });
});

describe("datadog exporter at v0.158", () => {
  it("reads the dialers and orchestrator_explorer, which are not carried over", () => {
    const { alloy, diags } = run(
      "exporters",
      "  datadog:\n    api: { key: k }\n    metrics: { dialer: { timeout: 5s } }\n    traces: { dialer: { timeout: 5s } }\n    logs: { dialer: { timeout: 5s } }\n    orchestrator_explorer: { enabled: true }",
    );
    expect(diags).toEqual([]);
    expect(alloy).toContain('api_key = "k"');
    expect(alloy).not.toContain("dialer");
  });

  it("refuses logs::dump_payloads, gone by v0.147", () => {
    const { diags } = run("exporters", "  datadog:\n    api: { key: k }\n    logs: { dump_payloads: true }");
    expect(diags.join("\n")).toContain("has invalid keys: dump_payloads");
  });
});

describe("cumulative_to_delta at v0.158", () => {
  it("defaults max_staleness to 1h (v0.142), which differs from Alloy's 0 and so is written", () => {
    const { alloy, diags } = run("processors", "  cumulativetodelta:\n    initial_value: keep", "metrics");
    expect(diags).toEqual([]);
    expect(alloy).toContain('max_staleness = "1h0m0s"');
  });

  it("keeps an explicit 0", () => {
    const { alloy } = run("processors", "  cumulativetodelta:\n    max_staleness: 0s", "metrics");
    expect(alloy).not.toContain("max_staleness");
  });
});
