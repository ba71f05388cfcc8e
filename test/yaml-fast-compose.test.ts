// The fast YAML composer (src/converters/yaml/fast-compose.ts) against the `yaml` package's
// Document API: on every config the project has, on YAML shapes chosen one by one, and
// (in test/fuzz.test.ts) on mutations of them, it gives the same nodes or leaves the text
// to the package. It must take the common shapes itself, or it saves nothing.

import { describe, expect, it } from "vitest";
import { YAML_V2, YAML_V3 } from "../src/converters/yaml/fast-compose.js";
import { compareComposers } from "./support/fast-compose-diff.js";
import { loadSeeds } from "./support/fuzz.js";

/** Shapes the fast composer takes itself. */
const FAST = [
  "a: 1\nb:\n- x\n- y\nc: 3\n",
  "a:\nb:\n",
  "- \n- x\n-\n",
  "a: [1, 2,\n  3]\n",
  "a: {b: 1, c: }\n",
  "a: [1, 2, ]\n",
  "a: {}\nb: []\n",
  "a: &x 1\nb: *x\n",
  // An anchor for the collection or scalar on the lines below.
  "a: &x # c\n  b: 1\n  d: 2\nc:\n  <<: *x\n  e: 3\n",
  "- &x\n  k: v\n- *x\n",
  "a: &x\n- 1\nb: *x\n",
  "a: &x\n  scalar\nb: *x\n",
  // Literal and folded block scalars, with their chomping and indentation indicators.
  "a: |\n  x\n\n  y\n\nb: 1\n",
  "b:\n  c: >-  # k\n    folded\n    text\n\n  d: 1\n",
  "- |2\n   x\n- >\n  y\n",
  "a: |+\n  x\n\n\nb: 1\n",
  "a: |\n  x",
  "a: |\nb: 1\n",
  "- a: |\n    x\n  b: 2\n",
  "template: |\n  {{ .Value }}\n  # not a comment\nnext: 1\n",
  // CR LF line ends, as a file edited on Windows has them.
  "a: 1\r\nb:\r\n  - \"x\r\n   y\"\r\n  - p\r\n    q\r\nc: |\r\n  t\r\nd: [1,\r\n  2]\r\n",
  "a: &x {c: 1}\nb: *x\n",
  "- &x {c: 1}\n- *x\n- <<: *x\n  d: 2\n",
  "<<: {a: 1}\n",
  "a: 'it''s'\nb: \"\\u00e9\\n\"\n",
  "a: \"x\n  y\"\n",
  "a: plain\n  continued\n  more\n",
  "a: 0x1F\nb: 0o17\nc: 1_000\nd: 1e3\ne: .inf\nf: -.Inf\ng: .nan\nh: yes\ni: off\nj: ~\nk: null\nl: 2001-12-14\nm: 1:20\n",
  "a:    # c\n  b: 1 # d\n# e\n  c: 2\n",
  "a: 1#x\n",
  "'a': 1\n\"b\": 2\n'c d' : 3\n",
  "- - a\n  - b\n- c\n",
  "-   a: 1\n    b: 2\n-   c: 3\n",
  "a:\n- b: 1\n  c: 2\n- d\ne: 3\n",
  "a: [b, {c: d, e: [f]}]\n",
  "- [a, b]\n- {c: d}\n",
  "{a: b}\n",
  "just a scalar\n",
  "a: {b: 1\n  }\n",
  // An empty value in a flow mapping stands after its `:` and the spaces on that line (fuzz, seed 14).
  "a: {b:\n  }\n",
  "a: {b: # x\n  }\n",
  "a: {b:    \n  , c: 2}\n",
  "a:\n  - [1,\n    2]\n",
  "a: 1\n  # more indented comment\nb: 2\n",
  "# before\n---\na: b:c\nc: http://x:80/y\n",
  "- a:\n- b:\n    - c\n",
  "a:\n  b:\n    c:\n  d: 1\n",
];

/** Shapes it leaves to the package: errors the package words, and what it does not model. */
const FALLBACK = [
  "a:\n  - x\n  b: 1\n",
  "a: b: c\n",
  "a: 1\n b: 2\n",
  "a: [1, 2,\n3]\n",
  "a: {b: 1, c}\n",
  "a: [b: 1]\n",
  "a: [,]\n",
  "a: [1,,2]\n",
  "a: [1]#x\n",
  "a: 1\n---\nb: 2\n",
  "a: \"x\" y\n",
  "? a\n: 1\n",
  "a: !!str 1\n",
  "a: |x\n  y\n",
  "|\n  root\n",
  "a: -1\nb: - 1\n",
  "a: *\n",
  "a: &x\nb: 1\n",
  "a: b\n  : c\n",
  "a: \"unterminated\n",
  "x: [a, b]: c\n",
  "- a: 1\n  - b\n",
  "a: \"\\q\"\n",
  "",
  "# only\n",
  "a:\tb\n",
  "a: 1\rb: 2\r",
  "a:\n    b: 1\n  c: 2\n",
];

describe("the fast YAML composer", () => {
  it.each(FAST)("composes %j as the Document API does", (text) => {
    expect(compareComposers(text, YAML_V2)).toBe("fast");
    expect(compareComposers(text, YAML_V3)).toBe("fast");
  });
  it.each(FALLBACK)("leaves %j to the Document API", (text) => {
    expect(compareComposers(text, YAML_V2)).toBe("fallback");
    expect(compareComposers(text, YAML_V3)).toBe("fallback");
  });
  it("leaves a repeated key to the Document API where keys are unique (the Collector's YAML)", () => {
    expect(compareComposers("a: 1\nb: 2\na: 3\n", YAML_V2)).toBe("fast");
    expect(compareComposers("a: 1\nb: 2\na: 3\n", YAML_V3)).toBe("fallback");
    expect(compareComposers("a: {b: 1, b: 2}\n", YAML_V3)).toBe("fallback");
    expect(compareComposers("x: &m {a: 1}\ny:\n  <<: *m\n  <<: *m\n", YAML_V3)).toBe("fast");
  });
  it("gives the Document API's nodes for every config the project has, and takes most of them", () => {
    const seeds = loadSeeds();
    const results = seeds.map((s) => ({ name: s.name, result: compareComposers(s.text, s.format === "otelcol" ? YAML_V3 : YAML_V2) }));
    expect(results.filter((r) => r.result !== "fast" && r.result !== "fallback")).toEqual([]);
    expect(results.filter((r) => r.result === "fast").length).toBeGreaterThan(seeds.length * 0.9);
  });
  it("does the same with CR LF line ends", () => {
    const seeds = loadSeeds();
    const results = seeds.map((s) => ({ name: s.name, result: compareComposers(s.text.replace(/\r?\n/g, "\r\n"), s.format === "otelcol" ? YAML_V3 : YAML_V2) }));
    expect(results.filter((r) => r.result !== "fast" && r.result !== "fallback")).toEqual([]);
    expect(results.filter((r) => r.result === "fast").length).toBeGreaterThan(seeds.length * 0.9);
  });
});
