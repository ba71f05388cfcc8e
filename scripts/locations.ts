// How many diagnostics carry a YAML location on a folder of inputs (default: Prometheus's
// documentation examples): the measure of issue 9's "diagnostics that point at the problem".
//   npx vite-node scripts/locations.ts [dir] [format] [extra args…]
// Prints each Warning, Error or Critical without a location, then the counts.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convert, type SourceFormat } from "../src/index.js";

const [dir = "test/fixtures/prometheus-docs", format = "prometheus", ...extraArgs] = process.argv.slice(2);
const total = { all: 0, located: 0, notInfo: 0, notInfoLocated: 0 };
for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const { diagnostics } = convert(readFileSync(join(dir, name)), { sourceFormat: format as SourceFormat, extraArgs });
  for (const d of diagnostics) {
    total.all++;
    if (d.location) total.located++;
    if (d.severity === "Info") continue;
    total.notInfo++;
    if (d.location) total.notInfoLocated++;
    else console.log(`${name}: no location: (${d.severity}) ${d.summary.split("\n")[0]}`);
  }
}
console.log(`all diagnostics: ${total.located} of ${total.all} located; Warnings, Errors and Criticals: ${total.notInfoLocated} of ${total.notInfo}`);
