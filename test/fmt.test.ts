// `alloy fmt` through the public API and the `fmt` command: Alloy's formatter corpus, every
// converted output (corpus and golden) being already formatted, and the command's modes.

import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { format } from "../src/index.js";
import { CORPUS } from "./support/conformance.js";

const FMT = join(CORPUS, "fmt");

describe.skipIf(!existsSync(FMT))("alloy fmt corpus, through the public API", () => {
  const inputs = existsSync(FMT) ? readdirSync(FMT).filter((f) => f.endsWith(".in")).sort() : [];
  // Alloy's own test compares with the .expect file's trailing whitespace trimmed; `alloy
  // fmt` itself ends its output with one newline.
  const expected = (base: string) => readFileSync(base + ".expect", "utf8").trimEnd() + "\n";

  for (const input of inputs) {
    const base = join(FMT, input.slice(0, -3));
    const source = readFileSync(join(FMT, input), "utf8");
    if (existsSync(base + ".error")) {
      it(`${input} is refused`, () => {
        const result = format(source);
        expect(result.output).toBeUndefined();
        expect(result.error).toContain(readFileSync(base + ".error", "utf8"));
      });
      continue;
    }
    it(`${input} formats to its .expect`, () => {
      expect(format(source)).toEqual({ output: expected(base) });
    });
    it(`${input.slice(0, -3)}.expect is already formatted`, () => {
      expect(format(expected(base))).toEqual({ output: expected(base) });
    });
  }
});

function alloyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".alloy"))
    .map((f) => join(dir, f));
}

describe("every converted output is a fixed point of format", () => {
  const files = [...alloyFiles(CORPUS).filter((f) => !f.includes(`${join(CORPUS, "fmt")}`)), ...alloyFiles(resolve(import.meta.dirname, "../golden"))];
  it(`${files.length} files`, () => {
    const moved = files.filter((f) => {
      const text = readFileSync(f, "utf8").replace(/\r\n/g, "\n");
      return format(text).output !== text;
    });
    expect(moved).toEqual([]);
  });
});

describe("alloy-convert fmt", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "alloy-convert-fmt-"));
  });
  const messy = 'a "b" {\n  x = 1\n  longer = "y"\n}\n';
  const tidy = 'a "b" {\n\tx      = 1\n\tlonger = "y"\n}\n';

  async function run(args: string[], stdin = "") {
    let stdout = "";
    let stderr = "";
    const code = await main(["fmt", ...args], {
      stdin: Readable.from([stdin]),
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    });
    return { code, stdout, stderr };
  }
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("prints the formatted file, or stdin", async () => {
    expect(await run([file("a.alloy", messy)])).toEqual({ code: 0, stdout: tidy, stderr: "" });
    expect(await run([], messy)).toEqual({ code: 0, stdout: tidy, stderr: "" });
  });

  it("refuses invalid Alloy with alloy fmt's message, file, line and column", async () => {
    const path = file("bad.alloy", "a {\n  b = \n}\n");
    const r = await run([path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:1: `));
  });

  it("-w rewrites only files that change", async () => {
    const changed = file("changed.alloy", messy);
    const same = file("same.alloy", tidy);
    const old = new Date(2000, 0, 1);
    utimesSync(same, old, old);
    expect((await run(["-w", changed, same])).code).toBe(0);
    expect(readFileSync(changed, "utf8")).toBe(tidy);
    expect(statSync(same).mtime.getTime()).toBe(old.getTime());
  });

  it("--check lists unformatted files and exits 1", async () => {
    const changed = file("changed.alloy", messy);
    const same = file("same.alloy", tidy);
    expect(await run(["--check", changed, same])).toEqual({ code: 1, stdout: changed + "\n", stderr: "" });
    expect((await run(["--check", same])).code).toBe(0);
  });

  it("refuses -w with --check, and a missing file", async () => {
    expect((await run(["-w", "--check", "x"])).code).toBe(2);
    const r = await run([join(dir, "nope.alloy")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such file or directory");
  });
});
