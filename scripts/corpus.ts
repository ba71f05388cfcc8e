// Development aid: run corpus cases whose id contains the argument (all when none) and
// print each failure's diff. `npx vite-node scripts/corpus.ts otelcol/testdata/otlp`
import { listCases, runCase } from "../test/support/conformance.js";

const filter = process.argv[2] ?? "";
const quiet = process.argv.includes("--quiet");
let pass = 0;
let total = 0;
for (const c of listCases().filter((c) => c.id.includes(filter))) {
  total++;
  const outcome = runCase(c);
  if (outcome.pass) pass++;
  else console.log(quiet ? `FAIL ${c.id}` : `FAIL ${c.id}\n${outcome.explanation}`);
}
console.log(`${pass}/${total} pass`);
