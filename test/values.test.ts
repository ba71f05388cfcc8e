import { describe, expect, it } from "vitest";
import { parseModelDuration } from "../src/converters/shared/duration.js";
import { parseGoDuration } from "../src/converters/shared/go-duration.js";
import {
  Duration,
  formatGoDuration,
  formatPrometheusDuration,
  valuesEqual,
} from "../src/components/values.js";

describe("Go durations", () => {
  it.each([
    [0, "0s"],
    [500, "500ms"],
    [1500, "1.5s"],
    [60_000, "1m0s"],
    [600_000, "10m0s"],
    [5_400_000, "1h30m0s"],
    [90_061_000, "25h1m1s"],
    [0.001, "1µs"],
    [0.000001, "1ns"],
  ])("%d ms prints %s", (ms, text) => {
    expect(formatGoDuration(ms)).toBe(text);
  });
});

describe("Prometheus durations", () => {
  it.each([
    [0, "0s"],
    [10_000, "10s"],
    [60_000, "1m"],
    [5_400_000, "1h30m"],
    [86_400_000, "1d"],
    [90_000_000, "25h"],
    [7 * 86_400_000, "1w"],
    [8 * 86_400_000, "8d"],
    [1500, "1s500ms"],
  ])("%d ms prints %s", (ms, text) => {
    expect(formatPrometheusDuration(ms)).toBe(text);
  });

});

describe("valuesEqual", () => {
  it("compares durations by length, not notation", () => {
    expect(valuesEqual(new Duration(60_000, "go"), new Duration(60_000, "prometheus"))).toBe(true);
  });
  it("treats unset map entries as absent", () => {
    expect(valuesEqual({ a: "1", b: undefined }, { a: "1" })).toBe(true);
    expect(valuesEqual(["a"], ["a", "b"])).toBe(false);
  });
});

describe("duration parsing", () => {
  it("parses Go syntax", () => {
    expect(parseGoDuration("1h30m")).toEqual({ ms: 5_400_000 });
    expect(parseGoDuration("1.5s")).toEqual({ ms: 1500 });
    expect(parseGoDuration("0")).toEqual({ ms: 0 });
    expect(parseGoDuration("10")).toHaveProperty("error");
    expect(parseGoDuration("lightyear")).toHaveProperty("error");
  });

  it("parses Prometheus syntax and refuses the rest", () => {
    expect(parseModelDuration("1d12h")).toEqual({ ms: 129_600_000 });
    expect(parseModelDuration("30s")).toEqual({ ms: 30_000 });
    expect(parseModelDuration("1.5s")).toHaveProperty("error");
    expect(parseModelDuration("")).toHaveProperty("error");
  });
});
