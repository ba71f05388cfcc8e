// The baseline of the conversion targets: a process that only reads the file and parses
// it with the `yaml` package, with the options and line counter our loader uses.
//   node bench/bare-parse.mjs file.yaml
import { readFileSync } from "node:fs";
import { LineCounter, parseAllDocuments } from "yaml";

const docs = parseAllDocuments(readFileSync(process.argv[2], "utf8"), { lineCounter: new LineCounter(), version: "1.1", uniqueKeys: false, prettyErrors: false });
if (Array.isArray(docs) && docs.some((d) => d.errors.length > 0)) process.exitCode = 1;
