// Which version this is, and which Alloy's output it reproduces byte for byte.

import { readFileSync } from "node:fs";

/** The Grafana Alloy release whose `alloy convert` (and `alloy fmt`) output this reproduces. */
export const ALLOY_VERSION = "v1.19";

/** Set by the bundler (scripts/bundle-cli.mjs); undeclared when run from tsc's output or the source. */
declare const __ALLOY_CONVERT_VERSION__: string | undefined;

export function packageVersion(): string {
  if (typeof __ALLOY_CONVERT_VERSION__ === "string") return __ALLOY_CONVERT_VERSION__;
  // dist/version.js and src/version.ts both sit one level below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** What `--version` prints. */
export function versionText(): string {
  return `alloy-convert ${packageVersion()} (output of Grafana Alloy ${ALLOY_VERSION}'s alloy convert)`;
}
