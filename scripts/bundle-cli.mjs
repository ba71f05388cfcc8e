// `npm run build`, after tsc: bundles the command line into dist/cli.js (replacing tsc's
// file), so that a run reads a few files instead of hundreds of modules. Code that only
// some runs need (each format's converter, the report, the diff, fmt, prepare) stays in
// chunks of its own under dist/cli-chunks/, loaded by the dynamic imports in the source.
// The library (dist/index.js) stays tsc's output, one module per source file.

import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

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

// Chunk names carry a hash: without this, every rebuild would leave the last one's behind.
rmSync("dist/cli-chunks", { recursive: true, force: true });

await build({
  entryPoints: { cli: "src/bin.ts" },
  outdir: "dist",
  chunkNames: "cli-chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // commander and handlebars are CommonJS and require Node's modules: give them `require`,
  // made on first use since most chunks never call it.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; let __require_; const require = (id) => (__require_ ??= __createRequire(import.meta.url))(id);',
  },
  // `--version` without reading package.json at run time.
  define: { __ALLOY_CONVERT_VERSION__: JSON.stringify(version) },
  plugins: [deferChildProcess],
  legalComments: "none",
  logLevel: "warning",
});
