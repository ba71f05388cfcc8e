#!/usr/bin/env node
// The bundled command's entry (scripts/bundle-cli.mjs makes dist/cli.js of it). In the
// bundle cli.ts may sit in a chunk shared with the commands that import it, where its own
// entry check cannot see that it was started: this module always stays the entry file.

import { isEntryPoint, runCommandLine } from "./cli.js";

export * from "./cli.js";

if (isEntryPoint(import.meta.url)) runCommandLine();
