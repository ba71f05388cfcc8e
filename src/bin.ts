// The command line bundled as one CommonJS file (scripts/bundle-cli.mjs makes
// dist/cli-bundle.cjs of it), which the installed command (launcher.ts) compiles with V8's
// code cache and starts with runCommandLine().

export * from "./cli.js";
