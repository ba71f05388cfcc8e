// A bounded mutation-fuzz run (fixed seed) in every CI run: no input may crash the
// converter, reach `internal error`, run past the time bound, or produce output that does
// not parse as Alloy. scripts/fuzz.ts runs the same engine for as long as asked.

import { describe, expect, it } from "vitest";
import { fuzz } from "./support/fuzz.js";

describe("fuzzing the converters with mutated real configs", () => {
  it("keeps every property over a fixed-seed run", () => {
    const run = fuzz({ seed: 20261122, runs: 400, timeLimitMs: 5000, maxMs: 15_000 });
    const shown = run.failures.slice(0, 3).map((f) => `${f.format} from ${f.seed}: ${f.problem}\n--- input ---\n${f.input.slice(0, 2000)}`);
    expect(shown).toEqual([]);
    expect(run.runs).toBeGreaterThan(50);
  }, 60_000);
});
