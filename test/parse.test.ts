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

describe("parse errors", () => {
  const errorsOf = (text: string) => parseAlloy(text).errors.map((e) => `${e.line}:${e.column}: ${e.message}`);

  it.each([
    ["a = 1\nb = ", "2:5: expected expression, got EOF"],
    ['a = "abc', "1:5: string literal not terminated"],
    ["a.b = 1", '1:1: attribute names may only consist of a single identifier with no "."'],
    ['a "x" = 1', "1:3: attribute names may not have labels"],
    ['block "a b" {}', '1:7: expected block label to be a valid identifier, but got "a b"'],
    ["block `x` {}", 'expected block label to be a double quoted string, but got "`x`"'],
    ["a = [1 2]", "1:8: missing ',' in expression list"],
    ["a = {b = 1 c = 2}", "1:12: missing ',' in field list"],
    ['a = "\\q"', "1:7: unknown escape sequence"],
    ["a = 1e", "1:5: exponent has no digits"],
    ["a = b { c = 1 }", "1:5: cannot use a block as an expression"],
    ["a = /* x", "1:5: block comment not terminated"],
    ["é = 1 ¤", "1:8: illegal character U+00A4 '¤'"], // columns count bytes
  ])("%j", (text, message) => {
    expect(errorsOf(text).join("\n")).toContain(message);
  });

  it("keeps only the first parser error on a line but every scanner error", () => {
    expect(errorsOf("a = 'x'")).toEqual([
      "1:5: illegal single-quoted string; use double quotes",
      "1:5: expected expression, got ILLEGAL",
    ]);
    expect(errorsOf("a = )\nb = 1 +")).toEqual(["1:5: expected expression, got )", "2:8: expected expression, got EOF"]);
  });
});

describe("what the parser keeps for the printer", () => {
  const fmt = (text: string) => printFile(parseAlloy(text).file!);

  it("attaches comments before, after and inside statements", () => {
    const { file } = parseAlloy("// lead\n\n// more\nb { // head\n  a = 1 // tail\n  // end\n}\n");
    const b = file!.body[0];
    expect(b).toMatchObject({ leadingComments: ["// lead", "", "// more"], headerComment: "// head", trailingComments: ["// end"] });
    expect((b as Extract<Statement, { kind: "block" }>).body[0]).toMatchObject({ trailingComment: "// tail" });
  });

  it("keeps literals as written", () => {
    expect(fmt('a = "\\x41\\u00e9"\nb = 1.50e3 == 007\n')).toBe('a = "\\x41\\u00e9"\nb = 1.50e3 == 007\n');
  });

  it("keeps which items start a new line, as alloy fmt does", () => {
    expect(fmt("a = f(1,\n2, 3,\n4)")).toBe("a = f(1,\n\t2, 3,\n\t4)\n");
    expect(fmt("a = [\n1, 2]")).toBe("a = [\n\t1, 2]\n");
    expect(fmt("a = { b = 1, c = 2 }")).toBe("a = {b = 1, c = 2}\n");
  });

  it("keeps an integer apart from a following access", () => {
    expect(fmt("a = 1 .b\n")).toBe("a = 1 .b\n");
  });

  it("ends an alignment run at a value written over several lines, even if it prints on one", () => {
    expect(fmt("a = {\n}\nbbb = 1\n")).toBe("a = {}\nbbb = 1\n");
  });

  it("keeps a blank line between statements only where the source has one, or before a block", () => {
    expect(fmt("a = 1\n\n\n\nb = 2\nc = 3\nd {}\n")).toBe("a = 1\n\nb = 2\nc = 3\n\nd { }\n");
  });
});

it("ends a statement after a single-quoted string at the newline", () => {
  expect(parseAlloy("a = 'x'\nb = 1").errors.map((e) => e.line)).toEqual([1, 1]);
});
