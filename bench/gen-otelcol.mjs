// Generates a large Collector config for benchmarks: one pipeline group per tenant, each
// with its own OTLP receiver, batch and attributes processors and OTLP gRPC and HTTP
// exporters, wired into traces, metrics and logs pipelines (five components a group).
//   node bench/gen-otelcol.mjs [components=500] > big.yaml

import { pathToFileURL } from "node:url";

export function generate(components = 500) {
  const groups = Math.max(1, Math.round(components / 5));
  const receivers = ["receivers:"];
  const processors = ["processors:"];
  const exporters = ["exporters:"];
  const pipelines = ["service:", "  pipelines:"];
  for (let i = 0; i < groups; i++) {
    receivers.push(
      `  otlp/t${i}:`,
      "    protocols:",
      "      grpc:",
      `        endpoint: 0.0.0.0:${10000 + i}`,
      "      http:",
      `        endpoint: 0.0.0.0:${20000 + i}`,
    );
    processors.push(
      `  batch/t${i}:`,
      `    send_batch_size: ${1000 + i}`,
      "    timeout: 5s",
      `  attributes/t${i}:`,
      "    actions:",
      "      - key: tenant",
      `        value: tenant-${i}`,
      "        action: upsert",
      "      - key: password",
      "        action: delete",
    );
    exporters.push(
      `  otlp/t${i}:`,
      `    endpoint: collector-${i}.example.com:4317`,
      "    tls:",
      "      insecure: true",
      `  otlphttp/t${i}:`,
      `    endpoint: https://collector-${i}.example.com:4318`,
      "    headers:",
      `      X-Tenant: tenant-${i}`,
    );
    for (const signal of ["traces", "metrics", "logs"]) {
      pipelines.push(
        `    ${signal}/t${i}:`,
        `      receivers: [otlp/t${i}]`,
        `      processors: [attributes/t${i}, batch/t${i}]`,
        `      exporters: [otlp/t${i}, otlphttp/t${i}]`,
      );
    }
  }
  return [...receivers, ...processors, ...exporters, ...pipelines].join("\n") + "\n";
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(generate(Number(process.argv[2] ?? 500)));
}
