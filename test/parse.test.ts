// The parser against real Alloy output: every converter golden file parses, and prints
// back byte for byte both with the layout the parser recorded and with that layout
// stripped to what converters build (which checks the printer's default rules and its
// string quoting on real output). Then parse errors and the comment and layout details.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AlloyFile, Expr, Statement } from "../src/emit/ast.js";
import { parseAlloy } from "../src/emit/parse.js";
import { printFile } from "../src/emit/printer.js";
import { CORPUS, corpusAvailable } from "./support/conformance.js";

function alloyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...alloyFiles(path));
    else if (name.endsWith(".alloy")) out.push(path);
  }
  return out.sort();
}

/** Removes what the parser records from the source, leaving what converters set. */
function asBuilt(file: AlloyFile): AlloyFile {
  const stmt = (s: Statement): Statement => {
    if (s.kind === "attribute") return { kind: "attribute", name: s.name, value: expr(s.value) };
    return { kind: "block", name: s.name, ...(s.label ? { label: s.label } : {}), body: s.body.map(stmt) };
  };
  const expr = (e: Expr): Expr => {
    switch (e.kind) {
      case "string":
        return { kind: "string", value: e.value, ...(e.raw ? { raw: true } : {}) };
      case "array":
      case "call": {
        const items = e.kind === "array" ? e.elements : e.args;
        const multiline = items.length > 0 && items.every((i) => i.newlineBefore) && e.closeOnNewLine === true;
        const built = items.map((i) => ({ value: expr(i.value) }));
        return e.kind === "array"
          ? { kind: "array", elements: built, multiline }
          : { kind: "call", callee: expr(e.callee), args: built, multiline };
      }
      case "object":
        return { kind: "object", fields: e.fields.map((f) => ({ key: f.key, value: expr(f.value) })) };
      case "access":
        return { ...e, target: expr(e.target) };
      case "index":
        return { ...e, target: expr(e.target), index: expr(e.index) };
      case "unary":
        return { ...e, operand: expr(e.operand) };
      case "binary":
        return { ...e, left: expr(e.left), right: expr(e.right) };
      case "paren":
        return { ...e, inner: expr(e.inner) };
      default:
        return e;
    }
  };
  return { body: file.body.map(stmt) };
}

describe.skipIf(!corpusAvailable())("converter golden files", () => {
  const files = corpusAvailable()
    ? ["prometheus", "promtail", "otelcol", "static"].flatMap((d) => {
        try {
          return alloyFiles(join(CORPUS, d));
        } catch {
          return [];
        }
      })
    : [];
  for (const path of files) {
    const name = path.slice(CORPUS.length + 1);
    const text = readFileSync(path, "utf8").replace(/\r\n/g, "\n");
    it(`${name} prints back unchanged`, () => {
      const { file, errors } = parseAlloy(text);
      expect(errors).toEqual([]);
      expect(printFile(file!)).toBe(text);
    });
    it(`${name} prints the same from a converter-style tree`, () => {
      expect(printFile(asBuilt(parseAlloy(text).file!))).toBe(text);
    });
  }
});
