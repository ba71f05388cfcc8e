// `npm run build`, after tsc: the command line as installed.
// - dist/cli-bundle.cjs: the whole command (src/bin.ts) as one CommonJS file. Code that only
//   some runs need (each format's converter, the report, the diff, fmt, prepare) stays
//   behind the source's dynamic imports, which the bundle runs on first use.
// - dist/cli-bundle.cjs.<format>.cache and dist/cli-bundle.cjs.cache: V8's code caches for
//   it, written after converting the bundled examples (scripts/warm-cli.mjs), so that what a
//   run compiles is already compiled.
// - dist/cli.cjs: the launcher (src/launcher.ts), which compiles the bundle with that cache.
// The library (dist/index.js) stays tsc's output, one module per source file.

import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const { versionText } = await import("../dist/version.js");

/**
 * commander loads node:child_process at its start for executable subcommands, which this
 * CLI does not have; loading it costs a few milliseconds of every run. This gives commander
 * a stand-in that loads the real module on first use.
 */
const deferChildProcess = {
  name: "defer-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "deferred" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "deferred" }, () => ({
      contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
      loader: "js",
    }));
  },
};

// What earlier builds left: the chunks of the ES module bundle this replaced, tsc's files.
for (const old of ["dist/cli-chunks", "dist/cli.js", "dist/cli.d.ts", "dist/launcher.js", "dist/launcher.d.ts", "dist/bin.js", "dist/bin.d.ts"]) rmSync(old, { recursive: true, force: true });

await build({
  entryPoints: ["src/bin.ts"],
  outfile: "dist/cli-bundle.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  define: {
    // `--version` without reading package.json at run time.
    __ALLOY_CONVERT_VERSION__: JSON.stringify(version),
    // Where the source asks where it is (the version, its own entry check).
    "import.meta.url": "__bundle_url",
  },
  banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [deferChildProcess],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
});

await build({
  entryPoints: ["src/launcher.ts"],
  outfile: "dist/cli.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  define: { __ALLOY_CONVERT_VERSION_TEXT__: JSON.stringify(versionText()), "import.meta.url": "__launcher_url" },
  banner: { js: 'const __launcher_url = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  logLevel: "warning",
});

// The code caches: one per format, made by converting that format's example, and one for
// every other run (fmt, prepare, --help, a format given some other way) made by converting
// them all. Each warm-up runs in a process of its own, since a cache holds whatever its
// process compiled.
const { codeCacheFor, SOURCE_FORMATS } = createRequire(import.meta.url)("../dist/cli.cjs");
for (const [cache, formats] of [...SOURCE_FORMATS.map((f) => [codeCacheFor(f), [f]]), [codeCacheFor(undefined), SOURCE_FORMATS]]) {
  execFileSync(process.execPath, [fileURLToPath(new URL("./warm-cli.mjs", import.meta.url)), cache, ...formats], { stdio: "inherit" });
}
