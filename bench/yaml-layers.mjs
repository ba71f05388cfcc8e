// How long each layer of the `yaml` package takes on one input, in-process (issue 11 asks
// whether its lower-level API would let a loader beat the Document API):
//   node bench/yaml-layers.mjs [--runs 5] [file]      (default: 5,000 generated Prometheus jobs)
// lexer: tokens only; cst: the Parser's concrete syntax tree; cst+nodes: that tree turned
// into the package's node classes with scalars resolved (the least a loader keeping
// positions must do); document: parseAllDocuments, what the loader uses.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CST, Lexer, LineCounter, Pair, Parser, parseAllDocuments, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { generate } from "./gen-prometheus.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "5" } } });
const text = positionals[0] ? readFileSync(positionals[0], "utf8") : generate(5000);

function nodes(token) {
  if (!token) return null;
  switch (token.type) {
    case "block-map":
      return Object.assign(new YAMLMap(), { items: token.items.map((i) => new Pair(nodes(i.key), nodes(i.value))) });
    case "block-seq":
      return Object.assign(new YAMLSeq(), { items: token.items.map((i) => nodes(i.value)) });
    case "flow-collection":
      return Object.assign(token.start.source === "{" ? new YAMLMap() : new YAMLSeq(), { items: token.items.map((i) => nodes(i.value ?? i.key)) });
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar": {
      const resolved = CST.resolveAsScalar(token);
      return Object.assign(new Scalar(resolved.value), { range: resolved.range, type: resolved.type });
    }
    default:
      return null;
  }
}

const layers = {
  lexer: () => {
    let n = 0;
    for (const _ of new Lexer().lex(text)) n++;
    return n;
  },
  cst: () => [...new Parser().parse(text)].length,
  "cst+nodes": () => [...new Parser().parse(text)].filter((t) => t.type === "document").map((t) => nodes(t.value)).length,
  document: () => parseAllDocuments(text, { lineCounter: new LineCounter(), version: "1.1", uniqueKeys: false, prettyErrors: false }).length,
};

console.log(`${(text.length / 1024).toFixed(0)} KiB, median of ${values.runs} runs each (layers interleaved)`);
const times = Object.fromEntries(Object.keys(layers).map((k) => [k, []]));
for (let run = 0; run < Number(values.runs); run++) {
  for (const [name, layer] of Object.entries(layers)) {
    const start = performance.now();
    layer();
    times[name].push(performance.now() - start);
  }
}
for (const [name, t] of Object.entries(times)) {
  t.sort((a, b) => a - b);
  console.log(`${name.padEnd(10)} ${t[t.length >> 1].toFixed(0).padStart(6)} ms`);
}
