// Advice beside Alloy's diagnostics: undefined components referenced, empty forward_to,
// and inputs that look like another format than -f says.

import { describe, expect, it } from "vitest";
import { adviseOnFile, adviseOnFormat } from "../src/advice.js";
import { parseAlloy } from "../src/emit/parse.js";

const advise = (alloy: string) => adviseOnFile(parseAlloy(alloy).file!);

describe("advice on the converted file", () => {
  it("names a referenced component the file does not define, once", () => {
    const advice = advise(`prometheus.scrape "a" {\n\ttargets    = []\n\tforward_to = [prometheus.remote_write.default.receiver]\n}\n\nprometheus.scrape "b" {\n\ttargets    = []\n\tforward_to = [prometheus.remote_write.default.receiver]\n}\n`);
    expect(advice.map((a) => a.summary)).toEqual([
      'prometheus.scrape "a" refers to prometheus.remote_write.default.receiver, but the file defines no prometheus.remote_write.default component: Alloy will refuse to load it',
    ]);
    expect(advice[0].detail).toContain('Add the prometheus.remote_write "default" block');
  });

  it("is quiet when every reference resolves, also inside nested blocks", () => {
    expect(advise(`otelcol.receiver.otlp "default" {\n\toutput {\n\t\ttraces = [otelcol.exporter.otlp.default.input]\n\t}\n}\n\notelcol.exporter.otlp "default" {\n\tclient {\n\t\tendpoint = sys.env("X")\n\t}\n}\n`)).toEqual([]);
  });

  it("flags an empty forward_to", () => {
    expect(advise(`loki.source.file "x" {\n\ttargets    = []\n\tforward_to = []\n}\n`).map((a) => a.summary)).toEqual(['loki.source.file "x" has an empty forward_to: what it collects goes nowhere']);
  });
});

describe("advice on the input's format", () => {
  it("recognises a Prometheus config given as Promtail", () => {
    expect(adviseOnFormat("global:\n  scrape_interval: 15s\nscrape_configs: []\n", "promtail")[0].summary).toBe("this looks like a prometheus config (it has `global`), not promtail");
  });
  it("recognises a Collector config given as Prometheus", () => {
    expect(adviseOnFormat("receivers:\n  otlp:\nexporters: {}\n", "prometheus")[0].summary).toContain("otelcol config (it has `receivers`, `exporters`)");
  });
  it("says nothing when the input has a key of the format asked for", () => {
    expect(adviseOnFormat("clients: []\nscrape_configs: []\n", "promtail")).toEqual([]);
    expect(adviseOnFormat("scrape_configs: []\n", "prometheus")).toEqual([]);
  });
});

describe("advice from convert()", () => {
  it("a Prometheus config without remote_write: its scrapes forward to a component nobody defines", async () => {
    const { convert } = await import("../src/convert.js");
    const r = convert("scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [x:1]\n", { sourceFormat: "prometheus" });
    expect(r.output).toContain("prometheus.remote_write.default.receiver");
    expect(r.advice.map((a) => a.summary)).toEqual([
      'prometheus.scrape "a" refers to prometheus.remote_write.default.receiver, but the file defines no prometheus.remote_write.default component: Alloy will refuse to load it',
    ]);
  });

  it("a Promtail config without clients, and a Prometheus config given as Promtail", async () => {
    const { convert } = await import("../src/convert.js");
    const noClients = convert("scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [localhost]\n        labels:\n          __path__: /var/log/*.log\n", { sourceFormat: "promtail" });
    expect(noClients.advice.some((a) => a.summary.includes("has an empty forward_to"))).toBe(true);
    const wrong = convert("global:\n  scrape_interval: 15s\nscrape_configs: []\n", { sourceFormat: "promtail" });
    expect(wrong.advice[0].summary).toBe("this looks like a prometheus config (it has `global`), not promtail");
  });
});
