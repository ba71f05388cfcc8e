// The long fuzz run: `npx vite-node scripts/fuzz.ts [--runs N] [--seed S] [--time-limit MS] [--out DIR]`.
// Mutates real configs (test/support/fuzz.ts) and checks each conversion; failing inputs
// are written to DIR (default fuzz-failures/) as <n>.<format>.yaml with the problem
// beside them. Exit status 1 when anything failed.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fuzz, loadSeeds } from "../test/support/fuzz.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const runs = Number(option("--runs", "1000000"));
const seed = Number(option("--seed", "1"));
const timeLimitMs = Number(option("--time-limit", "5000"));
const out = option("--out", "fuzz-failures");

const seeds = loadSeeds();
console.log(`fuzzing ${runs} inputs from ${seeds.length} seed configs, seed ${seed}, ${timeLimitMs} ms per input`);
let n = 0;
const started = Date.now();
const result = fuzz({
  seed,
  runs,
  timeLimitMs,
  seeds,
  onFailure(f) {
    mkdirSync(out, { recursive: true });
    const base = join(out, `${++n}.${f.format}`);
    writeFileSync(base + ".yaml", f.input);
    writeFileSync(base + ".problem.txt", `${f.seed}\n${f.problem}\n`);
    console.log(`FAIL ${base}.yaml (${f.format}, from ${f.seed}): ${f.problem.split("\n")[0]}`);
  },
  onProgress(done) {
    if (done > 0 && done % 50_000 === 0) console.log(`${done} inputs, ${n} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  },
});
console.log(`${result.runs} inputs in ${(result.elapsedMs / 1000).toFixed(0)} s: ${result.failures.length} failures`);
process.exit(result.failures.length > 0 ? 1 : 0);
