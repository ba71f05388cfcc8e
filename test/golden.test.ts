// Golden cases of our own, beyond Alloy's corpus: golden/<format>/<case>.yaml with the
// expected <case>.alloy and/or <case>.diags (same rules as the conformance corpus). An
// optional <case>.args holds the converter's extra arguments, separated by whitespace
// (`-enable-features=integrations-next`), passed as the corpus suites' extraArgs are.
// UPDATE_GOLDEN=1 rewrites the expectations from the current output; UPDATE_GOLDEN=<format>
// rewrites only that format's.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { convert, SOURCE_FORMATS, type SourceFormat } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";

const GOLDEN = resolve(import.meta.dirname, "../golden");

function render(yaml: string, format: SourceFormat, extraArgs: string[]): { alloy?: string; diags: string } {
  const result = convert(yaml, { sourceFormat: format, extraArgs });
  const diags = result.diagnostics.filter((d) => d.severity !== "Info").map((d) => formatDiagnostic(d) + "\n").join("");
  return { alloy: result.output, diags };
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

const formats = existsSync(GOLDEN) ? readdirSync(GOLDEN).filter((f) => (SOURCE_FORMATS as readonly string[]).includes(f)) : [];

for (const format of formats as SourceFormat[]) {
  const dir = join(GOLDEN, format);
  const cases = readdirSync(dir).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5)).sort();
  describe(`golden ${format}`, () => {
    for (const name of cases) {
      it(name, () => {
        const base = join(dir, name);
        const args = readIfPresent(base + ".args")?.split(/\s+/).filter((a) => a !== "") ?? [];
        const actual = render(readFileSync(base + ".yaml", "utf8"), format, args);
        const update = process.env.UPDATE_GOLDEN;
        if (update === "1" || update === format) {
          if (actual.alloy !== undefined) writeFileSync(base + ".alloy", actual.alloy);
          else rmSync(base + ".alloy", { force: true });
          if (actual.diags) writeFileSync(base + ".diags", actual.diags);
          else rmSync(base + ".diags", { force: true });
          return;
        }
        expect(actual.diags).toBe(readIfPresent(base + ".diags") ?? "");
        expect(actual.alloy).toBe(readIfPresent(base + ".alloy"));
      });
    }
  });
}
