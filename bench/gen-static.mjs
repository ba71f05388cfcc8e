// Generates a large Grafana Agent static-mode config for benchmarks: many metrics
// instances and logs configs, and every integration Alloy converts (taken from Alloy's
// own integrations test input when the corpus is beside the clone, so it stays valid).
//   node bench/gen-static.mjs [instances=50] > big.yaml

import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const CORPUS_INTEGRATIONS = new URL("../../shared/conformance/static/testdata/integrations.yaml", import.meta.url);

export function generate(instances = 50) {
  const lines = ["server:", "  log_level: info", "", "metrics:", "  global:", "    scrape_interval: 30s", "    remote_write:", "      - url: https://metrics.example.com/api/prom/push", "  configs:"];
  for (let i = 0; i < instances; i++) {
    lines.push(
      `    - name: instance-${i}`,
      "      remote_write:",
      `        - url: https://metrics-${i}.example.com/api/prom/push`,
      "      scrape_configs:",
      `        - job_name: app-${i}`,
      "          static_configs:",
      `            - targets: [app-${i}-a:9100, app-${i}-b:9100]`,
      "          relabel_configs:",
      "            - source_labels: [__address__]",
      "              regex: '(.*):9100'",
      "              target_label: host",
      `        - job_name: pods-${i}`,
      "          kubernetes_sd_configs:",
      "            - role: pod",
      "              namespaces:",
      `                names: [ns-${i}]`,
    );
  }
  lines.push("", "logs:", "  positions_directory: /var/lib/agent/positions", "  configs:");
  for (let i = 0; i < instances; i++) {
    lines.push(
      `    - name: logs-${i}`,
      "      clients:",
      `        - url: https://logs-${i}.example.com/loki/api/v1/push`,
      "      scrape_configs:",
      `        - job_name: files-${i}`,
      "          static_configs:",
      "            - targets: [localhost]",
      "              labels:",
      `                job: files-${i}`,
      `                __path__: /var/log/app-${i}/*.log`,
      "          pipeline_stages:",
      "            - json:",
      "                expressions:",
      "                  level: level",
      "            - labels:",
      "                level:",
    );
  }
  lines.push("");
  if (existsSync(CORPUS_INTEGRATIONS)) {
    const text = readFileSync(CORPUS_INTEGRATIONS, "utf8");
    lines.push(text.slice(text.indexOf("integrations:")));
  } else {
    lines.push("integrations:", "  agent:", "    enabled: true", "  node_exporter:", "    enabled: true");
  }
  return lines.join("\n") + "\n";
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(generate(Number(process.argv[2] ?? 50)));
}
