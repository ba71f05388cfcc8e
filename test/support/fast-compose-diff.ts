// The fast composer against the Document API: for one text, "fast" when both give the
// same nodes (values, types, sources, formats, anchors, start offsets) and line starts,
// "fallback" when the fast composer leaves the text to the package, else what differs.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from "yaml";
import { composeFast, YAML_V2, type ComposeOptions } from "../../src/converters/yaml/fast-compose.js";
import { checkText } from "../../src/converters/yaml/load.js";

function dump(node: unknown, out: string[] = [], depth = 0): string[] {
  const pad = " ".repeat(depth);
  if (node === null || node === undefined) out.push(pad + "<none>");
  else if (isScalar(node)) out.push(`${pad}S ${String(typeof node.value === "symbol" ? node.value.toString() : JSON.stringify(node.value))} ${typeof node.value} type=${node.type} src=${JSON.stringify(node.source)} fmt=${node.format ?? ""} r0=${node.range?.[0]} r1=${node.type === "QUOTE_DOUBLE" ? node.range?.[1] : ""} a=${node.anchor ?? ""} tag=${node.tag ?? ""}`);
  else if (isAlias(node)) out.push(`${pad}A ${node.source} r0=${node.range?.[0]}`);
  else if (isMap(node) || isSeq(node)) {
    out.push(`${pad}${isMap(node) ? "M" : "Q"} r0=${node.range?.[0]} a=${node.anchor ?? ""} flow=${!!node.flow} n=${node.items.length}`);
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        out.push(pad + " P");
        dump(item.key, out, depth + 2);
        dump(item.value, out, depth + 2);
      } else dump(item, out, depth + 1);
    }
  } else out.push(pad + "?" + String(node));
  return out;
}

export function compareComposers(text: string, options: ComposeOptions = YAML_V2): "fast" | "fallback" | string {
  // What the loader refuses before composing (bytes that are not text, deep nesting).
  if (checkText(text)) return "fallback";
  const fastLines = new LineCounter();
  const fast = composeFast(text, fastLines, options);
  if (!fast) return "fallback";
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { ...options, lineCounter: lines, prettyErrors: false });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (!doc) return "slow has no document";
  if (doc.errors.length > 0) return "slow has errors: " + doc.errors[0].message;
  if (Array.isArray(docs) && docs.length > 1) return "slow has more documents";
  const a = dump(fast.contents as Node);
  const b = dump(doc.contents as Node);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `differs at ${i}:\n  fast ${a[i]}\n  slow ${b[i]}`;
  if (JSON.stringify(fastLines.lineStarts) !== JSON.stringify(lines.lineStarts)) return "line starts differ";
  return "fast";
}
