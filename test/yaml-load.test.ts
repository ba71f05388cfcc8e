import { describe, expect, it } from "vitest";
import { loadErrorLocation, loadYaml } from "../src/converters/yaml/load.js";
import { bool, DecodeFailure, int, lineOf, list, locationOf, map, string, struct } from "../src/converters/yaml/types.js";

const inner = struct("inner.plain", { name: string, port: int });
const config = struct(
  "config.plain",
  { enabled: bool, items: list(inner), labels: map(string) },
  {
    defaults: () => ({ enabled: true }),
    validate: (v, _ctx, line) => {
      if (v.items?.some((i) => i.name === "bad")) throw new DecodeFailure("bad item", line);
    },
  },
);

describe("loadYaml", () => {
  it("applies defaults and keeps key lines", () => {
    const r = loadYaml("items:\n  - name: a\n    port: 80\n", config);
    expect(r.value).toEqual({ enabled: true, items: [{ name: "a", port: 80 }] });
    expect(lineOf(r.value!.items![0], "port")).toBe(3);
  });

  it("collects unknown fields and type errors like yaml.v2", () => {
    const r = loadYaml("enabled: maybe\nnot_a_thing: 1\nitems:\n  - port: eighty\n", config);
    expect(r.error?.message).toBe(
      "yaml: unmarshal errors:\n" +
        "  line 1: cannot unmarshal !!str `maybe` into bool\n" +
        "  line 2: field not_a_thing not found in type config.plain\n" +
        "  line 4: cannot unmarshal !!str `eighty` into int",
    );
    expect(r.error?.line).toBe(1);
  });

  it("reads YAML 1.1 booleans as Go's yaml.v2 does", () => {
    expect(loadYaml("enabled: no\n", config).value?.enabled).toBe(false);
  });

  it("stops at a validation failure", () => {
    // At the struct whose check failed: its line and column.
    expect(loadYaml("items:\n  - name: bad\n", config).error).toEqual({ message: "bad item", line: 1, column: 1 });
  });

  it("reports syntax errors with their line and refuses binary input", () => {
    expect(loadYaml("items:\n  - name: [a\n", config).error?.message).toMatch(/^yaml: line \d+: /);
    expect(loadYaml("enabled: true\n\u0000\u0001", config).error?.message).toBe("yaml: control characters are not allowed");
  });

  it("treats an empty document as all defaults", () => {
    expect(loadYaml("", config).value).toEqual({ enabled: true });
  });
});

describe("explicit nulls", () => {
  it("reset a field to Go's zero value, overriding the default", () => {
    expect(loadYaml("enabled:\n", config).value).toEqual({ enabled: false });
  });
});

describe("locations", () => {
  it("carry the column of keys and of the first type error", () => {
    const r = loadYaml("items:\n  - name: a\n    port: 80\n", config);
    expect(locationOf(r.value!.items![0], "port")).toEqual({ line: 3, column: 5 });
    const bad = loadYaml("items:\n  - port: eighty\n", config);
    expect(bad.error && loadErrorLocation(bad.error)).toEqual({ line: 2, column: 11 });
  });
});
