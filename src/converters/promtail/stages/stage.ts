// What every stage mapping shares: the context it reports into, decoding a stage's
// config the way Alloy's converter does (mapstructure), and the `invalid pipeline stage
// config` diagnostic it gives when that fails.

import { Raw, type Values } from "../../../components/values.js";
import type { Diagnostics, SourceLocation } from "../../../diagnostics.js";
import { goValue } from "../../shared/go-format.js";
import { decodeConfig, type Shape } from "./mapstructure.js";

export interface StageContext {
  diags: Diagnostics;
  /** Where the pipeline stage being converted is in the YAML, when known. */
  location?: SourceLocation;
  /** Converts a nested pipeline stage (match stages hold their own pipeline). */
  convertNested(stage: unknown): Values | undefined;
}

/**
 * Maps one Promtail stage config to one element of loki.process's `stage` list, a
 * `{ <block name>: <block values> }` object; undefined when the stage is dropped after
 * a diagnostic.
 */
export type StageConverter = (config: unknown, ctx: StageContext) => Values | undefined;

/** Alloy's `null`, for Go nil pointers in maps and required pointer attributes. */
export const NULL = new Raw({ kind: "null" });

export function reportError(ctx: StageContext, text: string): void {
  ctx.diags.error(text, ctx.location);
}

/**
 * Decodes with mapstructure (`weak` for the stages Alloy reads with WeakDecode); undefined
 * after reporting a failure, so a nil config (all zero values) stays distinguishable.
 */
export function decodeStage<T>(shape: Shape<T>, config: unknown, ctx: StageContext, weak = false): { value: T } | undefined {
  const result = decodeConfig(shape, config, weak);
  if (result.ok) return { value: result.value };
  reportError(ctx, `invalid pipeline stage config: ${goValue(config)} - ${result.error}`);
  return undefined;
}

/** A map of optional strings as Alloy prints `map[string]*string`: nil as `null`. */
export function nullableStrings(map: Record<string, string | undefined>): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(map)) out[key] = value ?? NULL;
  return out;
}
