// The printer's layout rules on their own (Alloy's formatter corpus runs in fmt.test.ts,
// through the public API).

import { describe, expect, it } from "vitest";
import type { AlloyFile, Expr, Statement } from "../src/emit/ast.js";
import { array, attr, block, call, num, object, str, traversal } from "../src/emit/build.js";
import { printExpr, printFile } from "../src/emit/printer.js";
import { quoteString } from "../src/emit/strings.js";

const print = (...body: Statement[]): string => printFile({ body });

describe("layout rules", () => {
  it("aligns = over a run of single-line attributes", () => {
    expect(print(attr("a", num(1)), attr("long_name", str("x")))).toBe('a         = 1\nlong_name = "x"\n');
  });

  it("ends a run at a blank line", () => {
    const second: Statement = { ...attr("long_name", num(2)), blankLineBefore: true };
    expect(print(attr("a", num(1)), second)).toBe("a = 1\n\nlong_name = 2\n");
  });

  it("ends a run after a multi-line value, which still aligns with the lines before it", () => {
    const body = [attr("a", num(1)), attr("bb", object([["k", num(1)]])), attr("long_name", num(3))];
    expect(print(...body)).toBe("a  = 1\nbb = {\n\tk = 1,\n}\nlong_name = 3\n");
  });

  it("prints an empty block as `name { }`, and blocks after the first after a blank line", () => {
    expect(print(block("a.b", [], "x"), block("c", [attr("k", num(1))]))).toBe('a.b "x" { }\n\nc {\n\tk = 1\n}\n');
  });

  it("puts no blank line between a block and the attribute after it", () => {
    expect(print(block("a", []), attr("k", num(1)))).toBe("a { }\nk = 1\n");
  });

  it("prints objects one field per line with trailing commas, aligning their keys", () => {
    const value = object([["a", num(1)], ["long_key", str("v")]]);
    expect(printExpr(value, 0)).toBe('{\n\ta        = 1,\n\tlong_key = "v",\n}');
    expect(printExpr(object([]), 0)).toBe("{}");
  });

  it("quotes object keys that are not identifiers", () => {
    expect(printExpr(object([["__address__", num(1)], ["a.b", num(2)]]), 0)).toBe('{\n\t__address__ = 1,\n\t"a.b"       = 2,\n}');
  });

  it("keeps an array of objects inline, each object over several lines", () => {
    const targets = array([object([["a", str("1")]]), object([["b", str("2")]])]);
    expect(printExpr(targets, 1)).toBe('[{\n\t\ta = "1",\n\t}, {\n\t\tb = "2",\n\t}]');
  });

  it("prints a multi-line call one argument per line with a trailing comma", () => {
    const concat = call("array.concat", [traversal("discovery.x.y.targets"), array([object([["a", str("1")]])])], true);
    expect(printExpr(concat, 1)).toBe('array.concat(\n\t\tdiscovery.x.y.targets,\n\t\t[{\n\t\t\ta = "1",\n\t\t}],\n\t)');
  });

  it("aligns trailing comments of consecutive commented lines", () => {
    const body: Statement[] = [
      { ...attr("a", str("x")), trailingComment: "// one" },
      { ...attr("long", str("longer")), trailingComment: "// two" },
    ];
    expect(print(...body)).toBe('a    = "x"      // one\nlong = "longer" // two\n');
  });

  it("quotes strings as Go's strconv.Quote does", () => {
    expect(quoteString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoteString("\n\t\r\x07\b\f\v")).toBe('"\\n\\t\\r\\a\\b\\f\\v"');
    expect(quoteString("\x01\x7f")).toBe('"\\x01\\x7f"');
    expect(quoteString("é😀")).toBe('"é😀"');
    expect(quoteString("\u00a0\u2028")).toBe('"\\u00a0\\u2028"');
    expect(quoteString("${1}")).toBe('"${1}"');
  });

  it("prints numbers as Go's %v does", () => {
    const text = (n: number) => (num(n) as Extract<Expr, { kind: "number" }>).text;
    expect([0, 15, -3, 1.5, 0.0001, 0.00001, 1e21].map(text)).toEqual(["0", "15", "-3", "1.5", "0.0001", "1e-05", "1e+21"]);
  });

  it("prints binary, unary, index and access expressions with Alloy spacing", () => {
    const value: Expr = {
      kind: "binary",
      op: "+",
      left: { kind: "unary", op: "-", operand: num(1) },
      right: { kind: "index", target: traversal("a.b"), index: num(0) },
    };
    expect(printExpr(value, 0)).toBe("-1 + a.b[0]");
  });

  it("prints an empty file as nothing", () => {
    const empty: AlloyFile = { body: [] };
    expect(printFile(empty)).toBe("");
  });
});
