// Advice beside Alloy's diagnostics: undefined components referenced, empty forward_to,
// and inputs that look like another format than -f says.

import { describe, expect, it } from "vitest";
import { adviseOnFile, adviseOnFormat } from "../src/advice.js";
import { parseAlloy } from "../src/emit/parse.js";
// Loaded while collecting, so the first test that converts does not pay for compiling every converter within its time limit.
import "../src/convert.js";

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

describe("migration advice", () => {
  const convertWith = async (yaml: string, sourceFormat: "promtail" | "prometheus" | "otelcol" | "static", extraArgs: string[] = []) => {
    const { convert } = await import("../src/convert.js");
    return convert(yaml, { sourceFormat, extraArgs });
  };

  // The scrape config of Promtail's Helm chart, as run as a DaemonSet.
  const DAEMONSET = `server:
  http_listen_port: 3101
clients:
  - url: http://loki-gateway/loki/api/v1/push
positions:
  filename: /run/promtail/positions.yaml
scrape_configs:
  - job_name: kubernetes-pods
    pipeline_stages:
      - cri: {}
    kubernetes_sd_configs:
      - role: pod
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_node_name]
        target_label: node_name
      - source_labels: [__meta_kubernetes_namespace]
        target_label: namespace
      - action: replace
        replacement: /var/log/pods/*$1/*.log
        separator: /
        source_labels: [__meta_kubernetes_pod_uid, __meta_kubernetes_pod_container_name]
        target_label: __path__
`;

  it("a Promtail DaemonSet discovering every pod: the node-local selection and where its node name comes from", async () => {
    const r = await convertWith(DAEMONSET, "promtail");
    expect(r.output).toContain('field = "spec.nodeName=" + coalesce(sys.env("HOSTNAME"), constants.hostname)');
    const advice = r.advice.find((a) => a.kind === "node-name-from-env");
    expect(advice?.summary).toBe(
      'discovery.kubernetes "kubernetes_pods" selects only the pods of the node named by the HOSTNAME environment variable, as Promtail did: Alloy\'s DaemonSet must set it to the node\'s name',
    );
    expect(advice?.detail).toContain("      valueFrom:\n        fieldRef:\n          fieldPath: spec.nodeName");
  });

  it("pod discovery feeding file tailing without a node selector: advises the field selector on the node name", () => {
    const advice = adviseOnFile(
      parseAlloy(`discovery.kubernetes "pods" {\n\trole = "pod"\n}\n\nloki.source.file "pods" {\n\ttargets    = discovery.kubernetes.pods.targets\n\tforward_to = []\n}\n`).file!,
    ).find((a) => a.kind === "pods-of-every-node");
    expect(advice?.summary).toBe('discovery.kubernetes "pods" discovers the pods of every node: run as a DaemonSet, every Alloy instance would watch every pod of the cluster');
    expect(advice?.detail).toContain('    field = "spec.nodeName=" + sys.env("HOSTNAME")');
  });

  it("no pod-selection advice without file tailing (a Prometheus scraping pods) or for other roles", async () => {
    const prom = await convertWith("scrape_configs:\n  - job_name: pods\n    kubernetes_sd_configs: [{role: pod}]\nremote_write: [{url: http://mimir/push}]\n", "prometheus");
    expect(prom.advice.filter((a) => a.kind?.startsWith("pods") || a.kind === "node-name-from-env")).toEqual([]);
    const nodes = await convertWith("clients: [{url: http://loki/push}]\nscrape_configs:\n  - job_name: n\n    kubernetes_sd_configs: [{role: node}]\n", "promtail");
    expect(nodes.advice.filter((a) => a.kind === "node-name-from-env" || a.kind === "pods-of-every-node")).toEqual([]);
  });

  it("secrets written inline in the source now sit in the Alloy file: sys.env or local.file", async () => {
    const r = await convertWith(
      `clients:
  - url: http://loki/push
    basic_auth:
      username: loki
      password: hunter2
  - url: http://other/push
    bearer_token: abc123
  - url: http://third/push
    basic_auth:
      username: loki
      password_file: /run/secrets/loki
scrape_configs: []
`,
      "promtail",
    );
    const advice = r.advice.find((a) => a.kind === "inline-secret");
    expect(advice?.summary).toBe('2 secrets are written inline in the Alloy file: password in loki.write "default" > endpoint > basic_auth, credentials in loki.write "default_2" > endpoint > authorization');
    expect(advice?.detail).toContain('password = sys.env("LOKI_PASSWORD")');
    expect(advice?.detail).toContain("is_secret = true");
  });

  it("no secret advice for references the file resolves at run time, and a variable expanded at conversion is one", async () => {
    const otel = await convertWith("extensions:\n  basicauth:\n    client_auth:\n      username: u\n      password: ${env:OTEL_PASSWORD}\nreceivers:\n  otlp:\n    protocols: {grpc: {}}\nexporters:\n  otlp:\n    endpoint: x:4317\n    auth: {authenticator: basicauth}\nservice:\n  extensions: [basicauth]\n  pipelines:\n    traces: {receivers: [otlp], exporters: [otlp]}\n", "otelcol");
    expect(otel.output).toContain('sys.env("OTEL_PASSWORD")');
    expect(otel.advice.filter((a) => a.kind === "inline-secret")).toEqual([]);

    process.env.ALLOY_CONVERT_TEST_PASSWORD = "from-env";
    try {
      const agent = await convertWith("metrics:\n  global:\n    remote_write:\n      - url: http://mimir/push\n        basic_auth: {username: u, password: ${ALLOY_CONVERT_TEST_PASSWORD}}\n  configs:\n    - name: default\n", "static", ["-config.expand-env"]);
      expect(agent.output).toContain('"from-env"');
      expect(agent.advice.find((a) => a.kind === "inline-secret")?.summary).toContain("password in prometheus.remote_write");
    } finally {
      delete process.env.ALLOY_CONVERT_TEST_PASSWORD;
    }
  });

  it("the same label from two files of one batch: they cannot be loaded together as one directory", async () => {
    const { adviseOnBatch } = await import("../src/advice-batch.js");
    const a = (await convertWith("clients: [{url: http://a/push}]\nscrape_configs: []\n", "promtail")).output!;
    const b = (await convertWith("clients: [{url: http://b/push}]\nscrape_configs: []\n", "promtail")).output!;
    const advice = adviseOnBatch([
      { name: "out/a.alloy", text: a },
      { name: "out/b.alloy", text: b },
    ]);
    expect(advice).toEqual([
      {
        file: "out/b.alloy",
        advice: expect.objectContaining({ kind: "directory-clash", summary: 'out/b.alloy and out/a.alloy both define loki.write "default": Alloy cannot load them together as one directory' }),
      },
    ]);
    expect(adviseOnBatch([{ name: "a.alloy", text: a }, { name: "c.alloy", text: 'logging {\n\tlevel = "warn"\n}\n' }])).toEqual([]);
  });
});
