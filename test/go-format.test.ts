import { describe, expect, it } from "vitest";
import { goQuote } from "../src/converters/shared/go-format.js";

describe("goQuote", () => {
  it("quotes as Go's %q does, not as JSON", () => {
    expect(goQuote('a"b')).toBe('"a\\"b"');
    expect(goQuote("\u0001")).toBe('"\\x01"');
    expect(goQuote("\u2028")).toBe('"\\u2028"');
  });
});
