// Times the built library converting one config several times.
//   node bench/run.mjs [--format prometheus] [--runs 10] [file]
// Without a file it converts the config that bench/gen-<format>.mjs generates: each
// generator exports `generate()` returning the YAML text.

import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: "string", default: "prometheus" }, runs: { type: "string", default: "10" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail("--runs takes a positive whole number");

const library = new URL("../dist/index.js", import.meta.url);
if (!existsSync(library)) fail("dist/ is not built: run `npm run build` (or `npm ci`) first");
const { convert, formatDiagnostic } = await import(library.href);

const [source, name] = positionals[0] ? [readFileSync(positionals[0]), positionals[0]] : await generated(values.format);

// One untimed run warms up the JIT and shows whether the conversion works at all.
const first = convert(source, { sourceFormat: values.format });
const problems = first.diagnostics.filter((d) => d.severity === "Critical" || d.severity === "Error");
const times = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  convert(source, { sourceFormat: values.format });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);

const ms = (t) => `${t.toFixed(1)} ms`;
console.log(`${name}: ${(source.length / 1024).toFixed(0)} KiB ${values.format}, ${runs} runs`);
console.log(`  min ${ms(times[0])}  median ${ms(times[Math.floor(runs / 2)])}  max ${ms(times[runs - 1])}`);
console.log(`  output ${first.output === undefined ? "none" : `${(first.output.length / 1024).toFixed(0)} KiB`}, ${first.diagnostics.length} diagnostics`);
if (problems.length > 0) console.log(`  first problem: ${formatDiagnostic(problems[0])}`);

async function generated(format) {
  const generator = new URL(`./gen-${format}.mjs`, import.meta.url);
  if (!existsSync(generator)) fail(`no generator for ${format} (bench/gen-${format}.mjs); give a file to convert`);
  const { generate } = await import(generator.href);
  return [Buffer.from(generate()), `generated ${format} config`];
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
