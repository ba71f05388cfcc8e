// Runs every speed target of the project as whole processes, side by side, and prints each
// ratio against its limit. `npm run bench` runs it (after `npm run build`).
//   node bench/targets.mjs [--runs 10] [--only name,name] [--quick]
//
// Each target compares two commands (A: ours, B: a baseline), run alternately (A B, then
// B A, ...) so that drifts of the machine hit both alike; the ratio is of the medians.
// Peak memory is the child's own maximum resident set, written at exit by a tiny preload
// (bench/peak-rss.cjs) given to both sides. Inputs come from bench/gen-<format>.mjs.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { runs: { type: "string" }, only: { type: "string" }, quick: { type: "boolean", default: false } },
});
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const cli = here("../dist/cli.cjs");
if (!existsSync(cli)) fail("dist/ is not built: run `npm run build` (or `npm ci`) first");
const PRELOAD = here("./peak-rss.cjs");
const BARE = here("./bare-parse.mjs");
const work = mkdtempSync(join(tmpdir(), "alloy-convert-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

// Start-up targets are short and noisy: more pairs. --quick is for trying a change.
const runsBig = values.runs ? Number(values.runs) : values.quick ? 3 : 10;
const runsSmall = values.runs ? Number(values.runs) * 3 : values.quick ? 10 : 40;
if (!Number.isInteger(runsBig) || runsBig < 1) fail("--runs takes a positive whole number");

async function input(format, size, extra) {
  const name = join(work, `${format}-${size}.yaml`);
  if (!existsSync(name)) {
    const { generate } = await import(new URL(`./gen-${format}.mjs`, import.meta.url).href);
    writeFileSync(name, generate(size));
  }
  return name;
}

const node = (...args) => [process.execPath, ...args];
const ours = (format, file, extra = []) => node(cli, "-f", format, ...extra, file, "-o", join(work, "out.alloy"));
const bare = (file) => node(BARE, file);
const empty = node("-e", "");

/** Each target: what A and B are, and which ratios must stay under which limit. */
const targets = [
  { name: "version", what: "`--version` vs `node -e \"\"`", a: () => node(cli, "--version"), b: () => empty, time: 1.5, runs: runsSmall },
  {
    name: "tiny",
    what: "examples/prometheus.yaml vs `node -e \"\"`",
    a: () => ours("prometheus", here("../examples/prometheus.yaml")),
    b: () => empty,
    time: 1.5,
    runs: runsSmall,
  },
  ...[
    ["prometheus", 5000],
    ["promtail", 5000],
    ["prometheus", 20000],
    ["promtail", 20000],
    ["otelcol", 500],
    ["static", 50],
  ].map(([format, size]) => ({
    name: `${format}-${size}`,
    what: `${size} ${format === "otelcol" ? "components" : format === "static" ? "instances" : "jobs"}: convert vs bare yaml parse`,
    prepare: () => input(format, size),
    a: (file) => ours(format, file),
    b: (file) => bare(file),
    // The issue sets the time limit at 5,000 jobs; at 20,000 only memory has one.
    time: size >= 20000 ? undefined : 1.25,
    memory: 1.2,
    runs: size >= 20000 ? Math.max(3, Math.ceil(runsBig / 2)) : runsBig,
  })),
  {
    name: "per-job",
    what: "prometheus time per job, 20,000 vs 1,000 jobs (each less a 1-job run)",
    perJob: true,
    time: 1.15,
    runs: runsBig,
  },
];

const only = values.only ? new Set(values.only.split(",")) : undefined;
const rows = [];
for (const t of targets) {
  if (only && !only.has(t.name)) continue;
  process.stderr.write(`${t.name}: ${t.runs} pairs ...\n`);
  rows.push(t.perJob ? await perJob(t) : await pair(t));
}
print(rows);
if (rows.flat().some((r) => r.met === false)) process.exitCode = 1;

async function pair(t) {
  const file = t.prepare ? await t.prepare() : undefined;
  const [a, b] = [t.a(file), t.b(file)];
  const res = { a: [], b: [], memA: [], memB: [] };
  for (let i = 0; i < t.runs; i++) {
    const order = i % 2 === 0 ? ["a", "b"] : ["b", "a"];
    for (const side of order) {
      const run = timed(side === "a" ? a : b, t.memory !== undefined);
      res[side].push(run.ms);
      if (run.rss !== undefined) res[side === "a" ? "memA" : "memB"].push(run.rss);
    }
  }
  const [ta, tb] = [median(res.a), median(res.b)];
  const row = { name: t.name, what: t.what, a: `${ta.toFixed(0)} ms`, b: `${tb.toFixed(0)} ms`, ratio: ta / tb, limit: t.time };
  const rowsOut = [row];
  if (t.memory !== undefined) {
    const [ma, mb] = [median(res.memA), median(res.memB)];
    rowsOut.push({ name: `${t.name} memory`, what: "peak RSS, same runs", a: mib(ma), b: mib(mb), ratio: ma / mb, limit: t.memory });
  }
  for (const r of rowsOut) r.met = r.limit === undefined ? undefined : r.ratio <= r.limit;
  return rowsOut;
}

async function perJob(t) {
  const files = [await input("prometheus", 1), await input("prometheus", 1000), await input("prometheus", 20000)];
  const cmds = files.map((f) => ours("prometheus", f));
  const times = [[], [], []];
  for (let i = 0; i < t.runs; i++) {
    const order = i % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
    for (const k of order) times[k].push(timed(cmds[k], false).ms);
  }
  const [t1, t1k, t20k] = times.map(median);
  const [per1k, per20k] = [(t1k - t1) / 999, (t20k - t1) / 19999];
  const row = { name: t.name, what: t.what, a: `${(per20k * 1000).toFixed(0)} µs`, b: `${(per1k * 1000).toFixed(0)} µs`, ratio: per20k / per1k, limit: t.time };
  row.met = row.ratio <= row.limit;
  return [row];
}

function timed(cmd, memory) {
  const rssFile = join(work, "rss");
  const args = memory ? [cmd[0], "--require", PRELOAD, ...cmd.slice(1)] : cmd;
  const start = process.hrtime.bigint();
  const r = spawnSync(args[0], args.slice(1), { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PEAK_RSS_FILE: rssFile } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) fail(`${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
  return { ms, rss: memory ? Number(readFileSync(rssFile, "utf8")) : undefined };
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function mib(kib) {
  return `${(kib / 1024).toFixed(0)} MiB`;
}

function print(groups) {
  const lines = ["| target | ours | baseline | ratio | limit | met |", "| --- | --- | --- | --- | --- | --- |"];
  for (const r of groups.flat()) {
    lines.push(`| ${r.name}: ${r.what} | ${r.a} | ${r.b} | ${r.ratio.toFixed(2)}× | ${r.limit === undefined ? "–" : `${r.limit}×`} | ${r.met === undefined ? "–" : r.met ? "yes" : "no"} |`);
  }
  console.log(lines.join("\n"));
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
