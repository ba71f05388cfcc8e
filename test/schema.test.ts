import { describe, expect, it } from "vitest";
import { arg, blockOf, blocksOf, encodeComponent, requiredArg, type ComponentSchema } from "../src/components/schema.js";
import { Duration, Raw } from "../src/components/values.js";
import { traversal } from "../src/emit/build.js";
import { printFile } from "../src/emit/printer.js";

const auth = [arg("username", "string"), arg("password", "string")];
const example: ComponentSchema = {
  name: "example.component",
  fields: [
    requiredArg("targets", "list"),
    arg("forward_to", "list"),
    arg("interval", "duration", new Duration(60_000)),
    arg("enabled", "bool", true),
    arg("labels", "map"),
    blockOf("basic_auth", auth),
    blockOf("queue", [arg("capacity", "number", 10)]),
    blockOf("optional", [arg("x", "string")], { omitWhenEmpty: true }),
    blocksOf("rule", [arg("action", "string", "replace")]),
  ],
};

function render(values: Parameters<typeof encodeComponent>[2]): string {
  return printFile({ body: [encodeComponent(example, "x", values)] });
}

describe("encodeComponent", () => {
  it("leaves out values equal to the Alloy default and writes required ones", () => {
    expect(render({ targets: [], interval: new Duration(60_000, "prometheus"), enabled: true })).toBe(
      'example.component "x" {\n\ttargets = []\n}\n',
    );
  });

  it("writes what differs, in schema order, maps sorted", () => {
    expect(
      render({
        labels: { b: "2", a: "1" },
        enabled: false,
        forward_to: [new Raw(traversal("prometheus.remote_write.default.receiver"))],
        targets: [],
      }),
    ).toBe(
      'example.component "x" {\n' +
        "\ttargets    = []\n" +
        "\tforward_to = [prometheus.remote_write.default.receiver]\n" +
        "\tenabled    = false\n" +
        "\tlabels     = {\n" +
        '\t\ta = "1",\n' +
        '\t\tb = "2",\n' +
        "\t}\n" +
        "}\n",
    );
  });

  it("prints a present block even when empty, unless it may be omitted", () => {
    expect(render({ targets: [], queue: { capacity: 10 }, optional: {} })).toBe(
      'example.component "x" {\n\ttargets = []\n\n\tqueue { }\n}\n',
    );
  });

  it("repeats list blocks and separates blocks by blank lines", () => {
    expect(render({ targets: [], basic_auth: { username: "u" }, rule: [{}, { action: "drop" }] })).toBe(
      'example.component "x" {\n\ttargets = []\n\n\tbasic_auth {\n\t\tusername = "u"\n\t}\n\n\trule { }\n\n\trule {\n\t\taction = "drop"\n\t}\n}\n',
    );
  });

  it("refuses a value the schema does not know", () => {
    expect(() => render({ targets: [], nonsense: "x" })).toThrow(/nonsense/);
  });
});
