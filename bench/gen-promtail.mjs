// Generates a large but realistic Promtail config for benchmarks: file targets from
// static and Kubernetes discovery, journal and syslog jobs, each with a processing
// pipeline and relabelling, shipping to two Loki clients.
//   node bench/gen-promtail.mjs [jobs=2000] > big.yaml

import { pathToFileURL } from "node:url";

export function generate(jobs = 2000) {
  const lines = [
    "server:",
    "  register_instrumentation: false",
    "tracing:",
    "  enabled: false",
    "positions:",
    "  filename: /var/lib/promtail/positions.yaml",
    "clients:",
    "  - url: https://logs-a.example.com/loki/api/v1/push",
    "    tenant_id: bench",
    "  - url: https://logs-b.example.com/loki/api/v1/push",
    "    external_labels:",
    "      cluster: bench",
    "",
    "scrape_configs:",
  ];
  for (let i = 0; i < jobs; i++) lines.push(...job(i));
  return lines.join("\n") + "\n";
}

function job(i) {
  return [`  - job_name: app-${i}`, ...targets(i), ...pipeline(i), ...relabelling(i)];
}

function targets(i) {
  switch (i % 4) {
    case 0:
      return [
        "    static_configs:",
        "      - labels:",
        `          __path__: /var/log/app-${i}/*.log`,
        `          team: team-${i % 17}`,
      ];
    case 1:
      return ["    kubernetes_sd_configs:", "      - role: pod", "        namespaces:", `          names: [ns-${i % 23}]`];
    case 2:
      return ["    journal:", "      max_age: 12h", "      labels:", `        unit_group: group-${i % 5}`];
    default:
      return ["    syslog:", `      listen_address: 0.0.0.0:${5000 + (i % 1000)}`, "      labels:", `        source: syslog-${i}`];
  }
}

function pipeline(i) {
  return [
    "    pipeline_stages:",
    "      - cri: {}",
    "      - json:",
    "          expressions:",
    "            level: level",
    "            msg: message",
    "      - labels:",
    "          level:",
    "      - match:",
    `          selector: '{level="debug"}'`,
    "          action: drop",
    "      - timestamp:",
    "          source: time",
    "          format: RFC3339Nano",
    ...(i % 3 === 0 ? ["      - regex:", '          expression: "^(?P<method>\\\\w+) (?P<path>\\\\S+)"'] : []),
  ];
}

function relabelling(i) {
  return [
    "    relabel_configs:",
    "      - source_labels: [__meta_kubernetes_pod_label_app]",
    "        target_label: app",
    "      - target_label: shard",
    `        replacement: "${i % 8}"`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const jobs = Number(process.argv[2] ?? 2000);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error("usage: node bench/gen-promtail.mjs [jobs]");
    process.exit(2);
  }
  process.stdout.write(generate(jobs));
}
