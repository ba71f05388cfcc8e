// YAML as Go's yaml.v2 reads it (Prometheus, Promtail, static mode) and as go-yaml v3 reads
// it (the Collector), and the hostile inputs that must end in a clear diagnostic: each
// behaviour is checked through the loader and, where a user meets it, through convert()
// or the command line on real files.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { parseConfTree } from "../src/converters/confmap/tree.js";
import { loadYaml } from "../src/converters/yaml/load.js";
import { anyValue, int, list, map, string, struct, uint } from "../src/converters/yaml/types.js";
import { quoteString } from "../src/emit/strings.js";
import { decodeSource } from "../src/io/encoding.js";
import { formatAlloy } from "../src/format.js";
import { runCli } from "./support/cli.js";

const inner = struct("inner.plain", { name: string, port: int });
const config = struct("config.plain", {
  base: inner,
  other: inner,
  items: list(inner),
  labels: map(string),
  count: int,
  size: uint,
  anything: anyValue,
});

const load = (text: string) => loadYaml(text, config);
const message = (text: string) => load(text).error?.message;

function prometheus(text: string | Uint8Array) {
  const r = convert(text, { sourceFormat: "prometheus" });
  return { output: r.output, critical: r.diagnostics.find((d) => d.severity === "Critical"), diagnostics: r.diagnostics };
}

describe("duplicate keys, as strict yaml.v2 refuses them", () => {
  it("a struct field set twice names the field, the type and the second line", () => {
    expect(message("count: 1\nsize: 2\ncount: 3\n")).toBe("yaml: unmarshal errors:\n  line 3: field count already set in type config.plain");
  });

  it("a map key set twice is Go-quoted at the line of its second value", () => {
    expect(message("labels:\n  a: x\n  a: y\n")).toBe('yaml: unmarshal errors:\n  line 3: key "a" already set in map');
  });

  it("in a Prometheus config, with Prometheus's own test's words", () => {
    const r = prometheus("scrape_configs: []\nglobal: {}\nscrape_configs: []\n");
    expect(r.critical?.summary).toBe("failed to parse Prometheus config: yaml: unmarshal errors:\n  line 3: field scrape_configs already set in type config.plain");
    expect(r.critical?.location).toEqual({ line: 3, column: 1 });
  });
});

describe("merge keys", () => {
  it("merge into a typed struct, where they stand: later keys win", () => {
    const r = load("base: &b {name: a, port: 1}\nitems:\n  - <<: *b\n    port: 2\n  - port: 3\n    <<: *b\n");
    expect(r.value?.items).toEqual([
      { name: "a", port: 2 },
      { name: "a", port: 1 },
    ]);
  });

  it("a sequence of mappings merges from the last, so that the first wins", () => {
    const r = load("base: &b {name: b}\nother: &o {name: o, port: 9}\nitems:\n  - <<: [*b, *o]\n");
    expect(r.value?.items).toEqual([{ name: "b", port: 9 }]);
  });

  it("merged unknown fields are reported like the mapping's own", () => {
    expect(message("anything: &x {name: a, nope: 1}\nbase:\n  <<: *x\n")).toBe("yaml: unmarshal errors:\n  line 1: field nope not found in type inner.plain");
  });

  it("merge into maps, and a key the merge already set is refused as yaml.v2's strict mode does", () => {
    expect(load("anything: &l {a: x}\nlabels:\n  <<: *l\n  b: y\n").value?.labels).toEqual({ a: "x", b: "y" });
    expect(message("anything: &l {a: x}\nlabels:\n  <<: *l\n  a: y\n")).toBe('yaml: unmarshal errors:\n  line 4: key "a" already set in map');
  });

  it("merge into interface{} values", () => {
    expect(load("anything:\n  p: &p {a: 1, b: 2}\n  q:\n    <<: *p\n    c: 3\n").value?.anything).toEqual({ p: { a: 1, b: 2 }, q: { a: 1, b: 2, c: 3 } });
    // YAML 1.1, as yaml.v2 reads it: `y` is a boolean, also as a key.
    expect(load("anything:\n  y: 1\n").value?.anything).toEqual({ true: 1 });
  });

  it("a quoted << is an ordinary key", () => {
    expect(load('labels:\n  "<<": x\n').value?.labels).toEqual({ "<<": "x" });
  });

  it("a scalar, a null or a list of scalars as the merge value stops the load with yaml.v2's words", () => {
    for (const text of ["base:\n  <<: 5\n", "base:\n  <<:\n", "base:\n  <<: [a, b]\n", "labels:\n  <<: 5\n", "anything:\n  <<: 5\n"]) {
      expect(message(text), text).toBe("yaml: map merge requires map or sequence of maps as the value");
    }
    const r = prometheus("scrape_configs:\n  - <<: 5\n    job_name: a\n");
    expect(r.critical?.summary).toBe("failed to parse Prometheus config: yaml: map merge requires map or sequence of maps as the value");
    expect(r.critical?.location).toEqual({ line: 2, column: 5 });
  });
});

describe("aliases", () => {
  it("an undefined alias is an error, not a null", () => {
    expect(load("base: *nope\n").error).toEqual({ message: "yaml: unknown anchor 'nope' referenced", line: 1, column: 7 });
    // An anchor counts only after it is defined.
    expect(message("base: *b\nother: &b {name: x}\n")).toBe("yaml: unknown anchor 'b' referenced");
  });

  it("an alias names the latest anchor of its name defined before it", () => {
    const r = load("base: &a {name: one}\nother: *a\nitems:\n  - &a {name: two}\n  - *a\n");
    expect(r.value?.other).toEqual({ name: "one" });
    expect(r.value?.items).toEqual([{ name: "two" }, { name: "two" }]);
  });

  it("an anchor whose value contains itself is refused", () => {
    expect(message("anything: &a [1, *a]\n")).toBe("yaml: anchor 'a' value contains itself");
    expect(message("anything: &a {x: 1, <<: *a}\n")).toBe("yaml: anchor 'a' value contains itself");
  });
});

describe("numbers", () => {
  it("an integer too big for Go's int is refused, not rounded into 1e+23", () => {
    expect(message("count: 100000000000000000000000\n")).toBe("yaml: unmarshal errors:\n  line 1: cannot unmarshal !!float `1000000...` into int");
    expect(message("count: 9223372036854775808\n")).toBe("yaml: unmarshal errors:\n  line 1: cannot unmarshal !!int `9223372...` into int");
    expect(load("count: -9223372036854775808\n").value?.count).toBe(-9223372036854775808);
    expect(load("size: 18446744073709551615\n").error).toBeUndefined();
    expect(message("size: -1\n")).toBe("yaml: unmarshal errors:\n  line 1: cannot unmarshal !!int `-1` into uint");
  });

  it("a float fills an int truncated, as yaml.v2 does, and .nan/.inf are refused there", () => {
    expect(load("count: 2.9\n").value?.count).toBe(2);
    expect(message("count: .nan\n")).toBe("yaml: unmarshal errors:\n  line 1: cannot unmarshal !!float `.nan` into int");
    expect(message("count: .inf\n")).toBe("yaml: unmarshal errors:\n  line 1: cannot unmarshal !!float `.inf` into int");
  });

  it("a NaN or infinite float never reaches the output as bare NaN or Infinity", () => {
    const yaml = "clients:\n  - url: http://x\nlimits_config:\n  readline_rate_enabled: true\n  readline_rate: .nan\nscrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [localhost]\n";
    for (const value of [".nan", ".inf", "-.inf"]) {
      const r = convert(yaml.replace(".nan", value), { sourceFormat: "promtail" });
      expect(r.output).toBeUndefined();
      expect(r.diagnostics.find((d) => d.severity === "Critical")?.summary).toMatch(/^loki\.process "a" › stage\.limit › rate would be (NaN|Infinity|-Infinity), which Alloy cannot read/);
    }
  });
});

describe("syntax errors, worded and numbered as yaml.v2 does", () => {
  const cases: [string, string][] = [
    ['a: 1\nb: "\\q"\n', "yaml: line 2: found unknown escape character"],
    ['a: 1\nb: "\\ud800"\n', "yaml: line 2: found invalid Unicode character escape code"],
    ["a: 1\nb: @x\n", "yaml: line 2: found character that cannot start any token"],
    ["a: 1\n\tb: 2\n", "yaml: line 2: found character that cannot start any token"],
    ["a: b: c\n", "yaml: mapping values are not allowed in this context"],
    ["a: 1\n b: 2\n", "yaml: line 2: mapping values are not allowed in this context"],
    ["a:\n  b: 1\n c: 2\n", "yaml: line 2: did not find expected key"],
    ["a:\n  - b\n  c: d\n", "yaml: line 2: did not find expected '-' indicator"],
    ["a: [1, 2\nb: 3\n", "yaml: line 2: did not find expected ',' or ']'"],
    ['a: 1\nb: "abc\n', "yaml: line 3: found unexpected end of stream"],
    ["a: 1\nb\nc: 2\n", "yaml: line 3: could not find expected ':'"],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      expect(message(text)).toBe(expected);
    });
  }

  it("keeps the real position as the diagnostic's location", () => {
    const r = prometheus("global:\n  scrape_interval: 1s\n external_labels: {}\n");
    expect(r.critical?.summary).toBe("failed to parse Prometheus config: yaml: line 2: did not find expected key");
    expect(r.critical?.location?.line).toBe(3);
  });

  it("nesting deeper than libyaml's 10,000 levels is its error, found without parsing", () => {
    const start = performance.now();
    expect(message("anything: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n")).toBe("yaml: exceeded max depth of 10000");
    expect(message("anything:\n" + "- ".repeat(10_001) + "x\n")).toMatch(/exceeded max depth of 10000$/);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it("nesting below libyaml's limit is read, as yaml.v2 reads it", () => {
    let block = "anything:\n";
    for (let i = 1; i < 3000; i++) block += " ".repeat(i) + "a:\n";
    expect(message(block)).toBeUndefined();
    expect(message("anything: " + "[".repeat(9_000) + "]".repeat(9_000) + "\n")).toBeUndefined();
  });
});

describe("encodings", () => {
  const yaml = "scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [a:80]\n";
  const expected = prometheus(yaml).output!;

  it("bytes that are not UTF-8 are refused with libyaml's reader errors", () => {
    const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));
    expect(prometheus(bytes("a: ", [0xff], "\n")).critical?.summary).toBe("failed to parse Prometheus config: yaml: invalid leading UTF-8 octet");
    expect(prometheus(bytes("a: ", [0xe2, 0x82])).critical?.summary).toBe("failed to parse Prometheus config: yaml: incomplete UTF-8 octet sequence");
    expect(prometheus(bytes("a: ", [0xe2, 0x41], "\n")).critical?.summary).toBe("failed to parse Prometheus config: yaml: invalid trailing UTF-8 octet");
    expect(prometheus(bytes("a: ", [0xc0, 0x80], "\n")).critical?.summary).toBe("failed to parse Prometheus config: yaml: invalid length of a UTF-8 sequence");
    expect(prometheus(bytes("a: ", [0xed, 0xa0, 0x80], "\n")).critical?.summary).toBe("failed to parse Prometheus config: yaml: invalid Unicode character");
    const located = prometheus(bytes("global: {}\nx: ", [0xff], "\n")).critical?.location;
    expect(located).toEqual({ line: 2, column: 4 });
  });

  it("control characters are refused", () => {
    expect(prometheus("a: \x1b[31mred\n").critical?.summary).toBe("failed to parse Prometheus config: yaml: control characters are not allowed");
    expect(prometheus("a: b\x0c\n").critical?.summary).toBe("failed to parse Prometheus config: yaml: control characters are not allowed");
  });

  it("CR-only line ends are line ends", () => {
    expect(prometheus(Buffer.from(yaml.replace(/\n/g, "\r"))).output).toBe(expected);
    expect(prometheus(yaml.replace(/\n/g, "\r\n")).output).toBe(expected);
    expect(parseConfTree(decodeSource(Buffer.from("a: 1\rb: 2\r"))).value).toEqual({ a: 1, b: 2 });
  });

  it("UTF-16 with a byte order mark is read, little or big endian", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(prometheus(le).output).toBe(expected);
    expect(prometheus(be).output).toBe(expected);
  });

  it("the command line reads a UTF-16 file instead of calling it binary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yaml-v2-"));
    const file = join(dir, "utf16.yaml");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, "utf16le")]));
    const run = await runCli(["-f", "prometheus", "--no-advice", file]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(expected);
    expect(run.code).toBe(0);
  });
});

describe("keys that are JavaScript's own names", () => {
  it("__proto__ is an ordinary label name", () => {
    const r = prometheus("scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [a:80]\n        labels:\n          __proto__: x\n          constructor: y\n");
    expect(r.output).toContain('__proto__   = "x"');
    expect(r.output).toContain('constructor = "y"');
    expect(Object.getPrototypeOf(load("labels:\n  __proto__: x\n").value!.labels)).toBe(Object.prototype);
    expect(load("labels:\n  __proto__: x\n").value!.labels).toEqual(JSON.parse('{"__proto__":"x"}'));
    expect(load("anything:\n  __proto__: {a: 1}\n").value!.anything).toEqual(JSON.parse('{"__proto__":{"a":1}}'));
    expect(parseConfTree("__proto__: 1\n").value).toEqual(JSON.parse('{"__proto__":1}'));
  });
});

describe("strings the printer writes", () => {
  it("a lone surrogate is written as bytes Alloy reads, never as a \\ud800 escape it refuses", () => {
    for (const s of ["a\ud800b", "\udfff", "x\udc80y"]) {
      const quoted = quoteString(s);
      expect(quoted).not.toMatch(/\\u[dD][89a-fA-F]/);
      expect(formatAlloy(`a = ${quoted}\n`).error).toBeUndefined();
    }
    expect(quoteString("x\udcffy")).toBe('"x\\xffy"');
  });
});

describe("names from the source that Alloy's syntax cannot take as they are", () => {
  it("a key that is a keyword is quoted, a job named after one is labelled with a _", () => {
    const r = prometheus("scrape_configs:\n  - job_name: \"true\"\n    static_configs:\n      - targets: [a:80]\n        labels:\n          \"null\": x\n");
    expect(r.output).toContain('prometheus.scrape "_true" {');
    expect(r.output).toContain('"null"      = "x"');
    expect(formatAlloy(r.output!).error).toBeUndefined();
  });

  it("a block label that is not an identifier is a Critical, not a file Alloy refuses", () => {
    const yaml = "server:\n  log_level: info\nmetrics:\n  wal_directory: /tmp\n  global:\n    remote_write:\n      - url: http://x/api/prom/push\nintegrations:\n  cloudwatch_exporter:\n    enabled: true\n    sts_region: us-east-2\n    static:\n      - name: my job\n        regions: [us-east-2]\n        namespace: AWS/EC2\n        dimensions:\n          - name: InstanceId\n            value: i-1\n        metrics:\n          - name: CPUUtilization\n            period: 5m\n            statistics: [Average]\n";
    const r = convert(yaml, { sourceFormat: "static" });
    expect(r.output).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === "Critical").map((d) => d.summary)).toContain(
      'prometheus.exporter.cloudwatch "integrations_cloudwatch_exporter" › static would be labelled "my job", which Alloy cannot read: a block label must be an identifier (letters, digits and _, not starting with a digit); rename it in the source',
    );
  });
});

describe("go-yaml v3 for the Collector", () => {
  it("applies merge keys: the mapping's own keys win, then earlier merged mappings", () => {
    const tree = parseConfTree("a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: 0\n");
    expect(tree.value).toEqual({ a: { x: 1, y: 1 }, b: { y: 2, z: 2 }, c: { x: 0, y: 1, z: 2 } });
  });

  it("refuses a scalar merge, an undefined alias and a self-containing anchor", () => {
    expect(parseConfTree("a:\n  <<: 1\n").error?.message).toBe("yaml: map merge requires map or sequence of maps as the value");
    expect(parseConfTree("a: *x\n").error?.message).toBe("yaml: unknown anchor 'x' referenced");
    expect(parseConfTree("a: &a [*a]\n").error?.message).toBe("yaml: anchor 'a' value contains itself");
  });
});

describe("hostile input ends in a clear diagnostic", () => {
  const noInternalError = (r: { diagnostics: { summary: string }[] }) => expect(r.diagnostics.map((d) => d.summary).join("\n")).not.toMatch(/internal error/);

  it("an alias used 50,000 times is resolved once, not from the root each time", () => {
    let text = "scrape_configs:\n  - job_name: a\n    static_configs:\n      - &sc {targets: [\"h:80\"]}\n";
    text += "      - *sc\n".repeat(50_000);
    const start = performance.now();
    const r = prometheus(text);
    noInternalError(r);
    expect(r.output).toBeDefined();
    expect(performance.now() - start).toBeLessThan(30_000);
  }, 60_000);

  it("nested aliases stop at Go's alias limit with a Critical naming it", () => {
    let text = "scrape_configs:\n  - &m0 {job_name: a, scrape_interval: 1s}\n";
    for (let i = 1; i <= 20; i++) text += `  - &m${i} {<<: [${Array(10).fill("*m" + (i - 1)).join(", ")}]}\n`;
    const r = prometheus(text);
    expect(r.critical?.summary).toBe("failed to parse Prometheus config: yaml: document contains excessive aliasing");
    expect(r.critical?.detail).toMatch(/at most 99% of them .* may come from expanding aliases; this document reached [\d,]+ aliased values out of [\d,]+\./);

    let laughs = "anything:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 30; i++) laughs += `  a${i}: &a${i} [${Array(10).fill("*a" + (i - 1)).join(", ")}]\n`;
    expect(message(laughs)).toBe("yaml: document contains excessive aliasing");

    let otel = "extensions:\n  x:\n    a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 30; i++) otel += `    a${i}: &a${i} [${Array(10).fill("*a" + (i - 1)).join(", ")}]\n`;
    expect(parseConfTree(otel).error?.message).toBe("yaml: document contains excessive aliasing");
    // Alloy's Critical for the Collector only says the text is not a map; ours says why.
    const otelCritical = convert(otel + "receivers: {}\n", { sourceFormat: "otelcol" }).diagnostics.find((d) => d.severity === "Critical");
    expect(otelCritical?.summary).toBe("failed to get otelcol config: cannot resolve the configuration: retrieved value (type=string) cannot be used as a Conf");
    expect(otelCritical?.detail).toMatch(/^The Collector could not read the file as YAML: yaml: document contains excessive aliasing\nAliases are limited/);
  });

  it("nested aliases in a static-mode integration's raw YAML stop at the same limit", () => {
    let text = "server:\n  log_level: info\nintegrations:\n  blackbox:\n    enabled: true\n    blackbox_config:\n      a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 9; i++) text += `      a${i}: &a${i} [${Array(10).fill("*a" + (i - 1)).join(", ")}]\n`;
    const start = performance.now();
    const r = convert(text, { sourceFormat: "static" });
    const critical = r.diagnostics.find((d) => d.severity === "Critical");
    expect(critical?.summary).toMatch(/failed to unmarshal integration "blackbox": yaml: document contains excessive aliasing$/);
    expect(critical?.detail).toMatch(/^Aliases are limited as Go's YAML decoder limits them: .* this document reached [\d,]+ aliased values/);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it("aliases nested 20,000 deep are walked without the call stack", () => {
    let text = "anything:\n  - &c0 [1]\n";
    for (let i = 1; i < 20_000; i++) text += `  - &c${i} [*c${i - 1}]\n`;
    text += "  - pad\n".repeat(30_000);
    // Not too many aliased values for Go's share: the chain is read to its end.
    const last = load(text.replace("anything:\n", "anything:\n") + "").error;
    expect(last === undefined || /excessive aliasing/.test(last.message)).toBe(true);
    let tree = "a:\n  - &c0 [1]\n";
    for (let i = 1; i < 20_000; i++) tree += `  - &c${i} [*c${i - 1}]\n`;
    const parsed = parseConfTree(tree);
    expect(parsed.error === undefined || /excessive aliasing/.test(parsed.error.message)).toBe(true);
  }, 60_000);

  it("a job with 130,000 targets converts", () => {
    const text = "scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets:\n" + Array.from({ length: 130_000 }, (_, i) => `          - h${i}:80\n`).join("");
    const r = prometheus(text);
    noInternalError(r);
    expect(r.output).toContain('__address__ = "h129999:80"');
  }, 120_000);

  it("null entries, a scalar merge key and a huge byte size each get a clear diagnostic", () => {
    for (const text of [
      "scrape_configs: [ null ]\n",
      "scrape_configs:\n  - job_name: a\n    static_configs: [ null ]\n",
      "scrape_configs:\n  - job_name: a\n    relabel_configs: [ null ]\n",
      "remote_write: [ null ]\n",
      "scrape_configs:\n  - <<: 5\n    job_name: a\n",
      "scrape_configs:\n  - job_name: a\n    body_size_limit: 100000000000000000PB\n",
    ]) {
      const r = prometheus(text);
      noInternalError(r);
      expect(r.critical, text).toBeDefined();
    }
  });
});
