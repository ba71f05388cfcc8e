// `npm run build`, after tsc: the library as one CommonJS file, dist/index.cjs, for
// `require("alloy-convert")` (package.json's `require` condition), and its types in
// dist/cjs/. ESM users get tsc's dist/index.js. Dependencies are bundled in, since some
// (chalk) are ESM only and a CommonJS caller on an older Node cannot require them.

import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { build } from "esbuild";

await build({
  entryPoints: ["src/index.ts"],
  outfile: "dist/index.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // import.meta.url (reading package.json for the version) has a CommonJS equivalent.
  define: { "import.meta.url": "__import_meta_url" },
  banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  logLevel: "warning",
});

// The types for `require`: tsc's declarations again, under a package.json that makes them
// CommonJS. TypeScript reads the ones beside dist/index.js as ES modules, which a
// CommonJS caller may not import (TS1479).
rmSync("dist/cjs", { recursive: true, force: true });
for (const file of declarations("dist")) {
  const target = join("dist/cjs", relative("dist", file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
writeFileSync("dist/cjs/package.json", JSON.stringify({ type: "commonjs" }) + "\n");

function* declarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join("dist", "cjs")) yield* declarations(path);
    } else if (entry.name.endsWith(".d.ts")) yield path;
  }
}
