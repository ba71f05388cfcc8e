// The otelcol converter's framework on its own: confmap decoding and references, the
// builder encoding rule, pipeline groups and labels, and the loader's refusals.

import { describe, expect, it } from "vitest";
import { encodeBuilderFields } from "../src/components/builder.js";
import { arg, blockOf, blocksOf, requiredArg } from "../src/components/schema.js";
import { Duration } from "../src/components/values.js";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { printFileBody } from "../src/emit/printer.js";
import { decodeValue, duration, int, list, map, optional, str, struct, type DecodeContext } from "../src/converters/confmap/decode.js";
import { expandReferences, ResolveError } from "../src/converters/confmap/expand.js";
import { keyLocation, parseConfTree } from "../src/converters/confmap/tree.js";
import { parseComponentId } from "../src/converters/otelcol/config.js";
import { rewriteEnvReferences } from "../src/converters/otelcol/envvars.js";
import { componentLabel, pipelineGroups } from "../src/converters/otelcol/pipelines.js";

function decode<T>(shape: Parameters<typeof decodeValue<T>>[0], yaml: string, current: T): { value: T; errors: string[] } {
  const ctx: DecodeContext = { errors: [] };
  const tree = parseConfTree(yaml);
  if (tree.error) throw new Error(tree.error.message);
  return { value: decodeValue(shape, "", tree.value, ctx, current), errors: ctx.errors };
}

const server = struct("test.Server", {
  endpoint: { key: "endpoint", shape: str },
  timeout: { key: "timeout", shape: duration },
  tags: { key: "tags", shape: list(str) },
});
const config = struct("test.Config", {
  grpc: { key: "grpc", shape: optional(server, () => ({ endpoint: "localhost:4317", timeout: 1000, tags: ["a"] })) },
  limits: { key: "limits", shape: map(int) },
  inner: { shape: struct("test.Inner", { level: { key: "level", shape: str } }) },
});
const defaults = () => ({ grpc: undefined, limits: { a: 1 }, inner: { level: "basic" } });

describe("confmap decoding", () => {
  it("keeps defaults for absent keys and enables a present-but-empty optional section with its defaults", () => {
    const { value, errors } = decode(config, "grpc:\n", defaults());
    expect(errors).toEqual([]);
    expect(value).toEqual({ grpc: { endpoint: "localhost:4317", timeout: 1000, tags: ["a"] }, limits: { a: 1 }, inner: { level: "basic" } });
  });

  it("replaces default lists, merges default maps, reads squashed fields and Go durations", () => {
    const { value } = decode(config, "grpc:\n  tags: [x, y]\n  timeout: 1m30s\nlimits:\n  b: 2\nlevel: detailed\n", defaults());
    expect(value.grpc).toEqual({ endpoint: "localhost:4317", timeout: 90_000, tags: ["x", "y"] });
    expect(value.limits).toEqual({ a: 1, b: 2 });
    expect(value.inner.level).toBe("detailed");
  });

  it("collects mapstructure's errors: unknown keys (sorted), type mismatches, bad durations", () => {
    const { errors } = decode(config, "zeta: 1\nalpha: 2\ngrpc:\n  endpoint: 5\n  timeout: soon\n  extra: 1\n", defaults());
    expect(errors).toEqual([
      "'grpc.endpoint' expected type 'string', got unconvertible type 'int', value: '5'",
      'error decoding \'grpc.timeout\': time: invalid duration "soon"',
      "'grpc' has invalid keys: extra",
      "'test.Config' has invalid keys: alpha, zeta",
    ]);
  });

  it("splits a string into a list on commas, as confmap's hook does", () => {
    expect(decode(list(str), "a,b", undefined).value).toEqual(["a", "b"]);
  });

  it("remembers where each key stood", () => {
    const tree = parseConfTree("a: 1\nservice:\n  pipelines: {}\n");
    expect(keyLocation(tree.value as object, "service")).toEqual({ line: 2, column: 1 });
  });

  it("refuses exponential aliases instead of expanding them", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${"b".repeat(i)}: &${"b".repeat(i)} [${Array(10).fill(i === 1 ? "*a" : "*" + "b".repeat(i - 1)).join(", ")}]`);
    const tree = parseConfTree(levels.join("\n"));
    expect(tree.error?.message).toBe("yaml: document contains excessive aliasing");
  });
});

describe("${} references", () => {
  it("keeps env references as text, adds the env scheme, unescapes $$", () => {
    expect(expandReferences({ a: "${X}", b: "${env:Y:-d}", c: "$${Z}", d: "p$$q" })).toEqual({ a: "${env:X}", b: "${env:Y:-d}", c: "${Z}", d: "p$q" });
  });
  it("refuses other schemes", () => {
    expect(() => expandReferences("${file:/etc/x}")).toThrow(ResolveError);
  });
  it("turns strings that are exactly a reference into sys.env calls and realigns", () => {
    const text = 'x {\n\ta   = "${env:A}"\n\tbcd = "${B:-q}"\n\te   = "pre ${env:C}"\n}\n';
    expect(rewriteEnvReferences(text)).toBe('x {\n\ta   = coalesce(sys.env("A"), "")\n\tbcd = coalesce(sys.env("B"), "q")\n\te   = "pre ${env:C}"\n}\n');
  });
});

describe("builder encoding rule", () => {
  const inner = [arg("level", "string", "basic"), arg("n", "number", 3)];
  const schema = [
    requiredArg("endpoint", "string"),
    arg("list", "list", ["a"]),
    arg("map", "map"),
    arg("wait", "duration", new Duration(5000)),
    blockOf("ptr", inner),
    blockOf("value", inner, { omitWhenEmpty: true, defaultValue: { level: "basic", n: 3 } }),
    blocksOf("many", inner),
  ];
  const print = (values: Record<string, unknown>) => printFileBody({ body: encodeBuilderFields(schema, values as never) });

  const base = { list: ["a"], wait: new Duration(5000) };
  it("writes required arguments, and what differs from the default or is not zero; absent is Go's zero", () => {
    expect(print({ endpoint: "", list: ["a"], wait: new Duration(0), map: {} })).toBe('endpoint = ""\nmap      = {}\nwait     = "0s"');
    expect(print({ endpoint: "e" })).toBe('endpoint = "e"\nlist     = []\nwait     = "0s"');
  });
  it("writes a present pointer block with its fields against the block type's defaults", () => {
    expect(print({ ...base, endpoint: "e", ptr: { level: "basic", n: 4 } })).toBe('endpoint = "e"\n\nptr {\n\tn = 4\n}');
  });
  it("leaves out a value block equal to the parent's default, writes one that differs", () => {
    expect(print({ ...base, endpoint: "e", value: { level: "basic", n: 3 } })).toBe('endpoint = "e"');
    expect(print({ ...base, endpoint: "e", value: { level: "x", n: 3 } })).toBe('endpoint = "e"\n\nvalue {\n\tlevel = "x"\n}');
  });
  it("writes each repeated block against the element type's defaults", () => {
    expect(print({ ...base, endpoint: "e", many: [{ level: "a", n: 3 }, { level: "basic", n: 0 }] })).toBe('endpoint = "e"\n\nmany {\n\tlevel = "a"\n}\n\nmany {\n\tn = 0\n}');
  });
});

describe("pipelines and labels", () => {
  it("groups pipelines by name, sorted, and labels as Alloy does", () => {
    const p = (signal: "metrics" | "logs" | "traces", name: string) => ({ signal, name, config: { receivers: [], processors: [], exporters: [] } });
    expect(pipelineGroups([p("traces", "b"), p("metrics", ""), p("logs", "b")]).map((g) => g.name)).toEqual(["", "b"]);
    expect(componentLabel("", "")).toBe("default");
    expect(componentLabel("", "x")).toBe("default_x");
    expect(componentLabel("2", "")).toBe("_2_default");
    expect(componentLabel("a-b", "c.d", "traces")).toBe("traces_a_b_c_d");
  });
  it("parses component ids", () => {
    expect(parseComponentId("otlp/2")).toEqual({ type: "otlp", name: "2" });
    expect(parseComponentId("otlp/")).toEqual({ error: 'in "otlp/" id: the part after / should not be empty' });
    expect(parseComponentId("1x")).toEqual({ error: 'invalid character(s) in type "1x"' });
  });
});

describe("loading refusals", () => {
  const run = (yaml: string, validate = true) => {
    const r = convert(yaml, { sourceFormat: "otelcol", validate });
    return { output: r.output, diags: r.diagnostics.filter((d) => d.severity !== "Info" && d.severity !== "Warning").map(formatDiagnostic) };
  };
  const pipeline = "service:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [otlp]\n";

  it("an empty file", () => {
    expect(run("").diags).toEqual(["(Critical) failed to validate config: empty configuration file"]);
  });
  it("a top-level list and broken YAML", () => {
    expect(run("- a\n").diags).toEqual(["(Critical) failed to get otelcol config: cannot resolve the configuration: retrieved value (type=[]interface {}) cannot be used as a Conf"]);
    // Alloy's text ends at "a Conf"; the YAML error behind it is our detail.
    expect(run("a: [\n").diags).toEqual([
      "(Critical) failed to get otelcol config: cannot resolve the configuration: retrieved value (type=string) cannot be used as a Conf\nThe Collector could not read the file as YAML: yaml: line 1: did not find expected ',' or ']'",
    ]);
  });
  it("an unknown component type names the valid ones", () => {
    const { diags } = run("receivers:\n  nope:\nexporters:\n  otlp:\n" + pipeline);
    expect(diags[0]).toMatch(/^\(Critical\) failed to get otelcol config: cannot unmarshal the configuration: decoding failed due to the following error\(s\):\n\nerror decoding 'receivers': unknown type: "nope" for id: "nope" \(valid values: \[.*otlp.*\]\)$/);
  });
  it("an unknown key inside a component", () => {
    const { diags } = run("receivers:\n  otlp:\n    protocols:\n      grpc:\n        bogus: 1\nexporters:\n  otlp:\n" + pipeline);
    expect(diags).toEqual([
      "(Critical) failed to get otelcol config: cannot unmarshal the configuration: decoding failed due to the following error(s):\n\n" +
        "error decoding 'receivers': error reading configuration for \"otlp\": decoding failed due to the following error(s):\n\n'protocols.grpc' has invalid keys: bogus",
    ]);
  });
  it("a pipeline naming an undefined component, unless validation is off", () => {
    const yaml = "receivers:\n  otlp:\n    protocols:\n      grpc:\nexporters:\n  otlp:\n    endpoint: x:4317\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      processors: [batch]\n      exporters: [otlp]\n";
    expect(run(yaml).diags).toEqual(['(Critical) failed to validate config: service::pipelines::traces: references processor "batch" which is not configured']);
  });
  it("extra arguments", () => {
    const r = convert("a: 1", { sourceFormat: "otelcol", extraArgs: ["-x"] });
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(["(Critical) extra arguments are not supported for the otelcol converter: [-x]"]);
  });
});
