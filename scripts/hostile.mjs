// The hostile inputs of issue 10, generated and each converted by the built CLI under
// /usr/bin/time: `npm run build && node scripts/hostile.mjs [dist-dir]`. Prints, per input,
// its size, the wall-clock time, the CPU time, the peak memory and the first diagnostic.
// Each must finish in under 5 s with at most 1 GB and end in a clear diagnostic or output.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const dist = resolve(process.argv[2] ?? "dist");
const dir = mkdtempSync(join(tmpdir(), "hostile-"));
const tail = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join("");
const laughs = (indent, levels) =>
  `${indent}a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n` + tail(levels - 1, (i) => `${indent}a${i + 1}: &a${i + 1} [${Array(10).fill("*a" + i).join(", ")}]\n`);
const otelTail = "receivers:\n  otlp:\n    protocols:\n      grpc:\nexporters:\n  otlp:\n    endpoint: x:4317\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [otlp]\n";

const inputs = [
  ["alias used 50,000 times", "prometheus", "scrape_configs:\n  - job_name: a\n    static_configs:\n      - &sc {targets: [\"h:80\"]}\n" + "      - *sc\n".repeat(50_000)],
  ["50,000 jobs sharing one alias", "prometheus", "scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: &t [\"h:80\"]\n" + tail(50_000, (i) => `  - job_name: j${i}\n    static_configs:\n      - targets: *t\n`)],
  ["nested merge keys (10^20)", "prometheus", "scrape_configs:\n  - &m0 {job_name: a, scrape_interval: 1s}\n" + tail(20, (i) => `  - &m${i + 1} {<<: [${Array(10).fill("*m" + i).join(", ")}]}\n`)],
  ["nested aliases in interface{} (10^30)", "promtail", "clients:\n  - url: http://x\nscrape_configs:\n  - job_name: a\n    pipeline_stages:\n      - x:\n" + laughs("          ", 30)],
  ["nested aliases in an integration's raw YAML", "static", "server:\n  log_level: info\nintegrations:\n  blackbox:\n    enabled: true\n    blackbox_config:\n" + laughs("      ", 9)],
  ["nested aliases in a Collector config", "otelcol", "extensions:\n  x:\n" + laughs("    ", 30) + otelTail],
  ["one job with 130,000 targets", "prometheus", "scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets:\n" + tail(130_000, (i) => `          - h${i}:80\n`)],
  ["scrape_configs: [ null ]", "prometheus", "scrape_configs: [ null ]\n"],
  ["scalar merge key", "prometheus", "scrape_configs:\n  - <<: 5\n    job_name: a\n"],
  ["huge byte size", "prometheus", "scrape_configs:\n  - job_name: a\n    body_size_limit: 100000000000000000PB\n"],
  ["lone UTF-16 surrogate escape", "prometheus", "scrape_configs:\n  - job_name: \"a\\ud800\"\n"],
  ["100,000 nested flow sequences", "prometheus", "alerting: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"],
  ["100,000 nested flow sequences (Collector)", "otelcol", "extensions: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"],
];

console.log("| input | format | size | wall | cpu | peak memory | first line of stderr |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const [name, format, text] of inputs) {
  const file = join(dir, name.replace(/\W+/g, "_") + ".yaml");
  writeFileSync(file, text);
  const run = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, join(dist, "cli.cjs"), "-f", format, "--no-advice", file], { encoding: "utf8", maxBuffer: 1 << 30, timeout: 120_000 });
  const lines = (run.stderr ?? "").trim().split("\n");
  const time = lines.reverse().find((l) => l.startsWith("TIME "));
  const [wall, user, sys, kb] = time ? time.split(" ").slice(1).map(Number) : [NaN, NaN, NaN, NaN];
  const first = lines.reverse().find((l) => !l.startsWith("TIME ") && !l.startsWith("Command exited")) ?? (run.status === 0 ? "(converted)" : "");
  const size = statSync(file).size;
  console.log(`| ${name} | ${format} | ${(size / 1024).toFixed(0)} KB | ${wall} s | ${(user + sys).toFixed(2)} s | ${(kb / 1024).toFixed(0)} MB | ${first.slice(0, 110).replace(/\|/g, "\\|")} |`);
}
try {
  execFileSync("rm", ["-rf", dir]);
} catch {
  // left for the system's temp cleaning
}
