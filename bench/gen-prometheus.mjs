// Generates a large but realistic Prometheus config for benchmarks: a mix of static
// targets, Kubernetes and DNS discovery, relabelling and a few remote_write endpoints.
//   node bench/gen-prometheus.mjs [jobs=5000] > big.yaml

import { pathToFileURL } from "node:url";

export function generate(jobs = 5000) {
  const lines = [
    "global:",
    "  scrape_interval: 30s",
    "  external_labels:",
    "    cluster: bench",
    "",
    "scrape_configs:",
  ];
  for (let i = 0; i < jobs; i++) lines.push(...job(i));
  lines.push("", "remote_write:");
  for (let i = 0; i < 3; i++) {
    lines.push(
      `  - name: remote-${i}`,
      `    url: https://metrics-${i}.example.com/api/v1/push`,
      "    write_relabel_configs:",
      "      - source_labels: [__name__]",
      '        regex: "go_gc_.*"',
      "        action: drop",
    );
  }
  return lines.join("\n") + "\n";
}

function job(i) {
  const head = [`  - job_name: service-${i}`];
  if (i % 4 === 1) head.push("    scrape_interval: 15s", "    metrics_path: /internal/metrics");
  return [...head, ...discovery(i), ...relabelling(i)];
}

function discovery(i) {
  switch (i % 3) {
    case 0:
      return [
        "    static_configs:",
        `      - targets: ["host-${i}-a:9100", "host-${i}-b:9100"]`,
        "        labels:",
        `          team: team-${i % 17}`,
      ];
    case 1:
      return [
        "    kubernetes_sd_configs:",
        "      - role: pod",
        "        namespaces:",
        `          names: [ns-${i % 23}]`,
      ];
    default:
      return ["    dns_sd_configs:", `      - names: [_metrics._tcp.service-${i}.example.com]`];
  }
}

function relabelling(i) {
  return [
    "    relabel_configs:",
    "      - source_labels: [__meta_kubernetes_pod_label_app]",
    "        target_label: app",
    `      - target_label: shard`,
    `        replacement: "${i % 8}"`,
    "    metric_relabel_configs:",
    "      - source_labels: [__name__]",
    '        regex: "debug_.*"',
    "        action: drop",
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const jobs = Number(process.argv[2] ?? 5000);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error("usage: node bench/gen-prometheus.mjs [jobs]");
    process.exit(2);
  }
  process.stdout.write(generate(jobs));
}
