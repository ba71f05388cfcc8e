// One code cache of the bundled command (scripts/bundle-cli.mjs runs this once per cache):
// converts the examples of the given formats through the command's own main(), then writes
// V8's code cache of everything that ran.
//   node scripts/warm-cli.mjs <cache file> <format>...

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [cache, ...formats] = process.argv.slice(2);
const { loadCommandLine } = createRequire(import.meta.url)("../dist/cli.cjs");
const { commandLine, script } = loadCommandLine();
const work = mkdtempSync(join(tmpdir(), "alloy-convert-warm-"));
const sink = { write: () => true, isTTY: false };
const io = { stdin: process.stdin, stdout: sink, stderr: sink, env: {} };
try {
  for (const format of formats) {
    const code = await commandLine.main(["-f", format, "-b", `examples/${format}.yaml`, "-o", join(work, "out.alloy"), "-r", join(work, "report.txt")], io);
    if (code !== 0) throw new Error(`the warm-up conversion of examples/${format}.yaml failed (exit ${code})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(cache, script.createCachedData());
