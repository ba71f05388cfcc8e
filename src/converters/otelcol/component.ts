// What one Collector component's converter is: its kind and type as the Collector config
// names them, its config (decoded over its factory's default), the Alloy component other
// components send data to, and the mapping that appends Alloy blocks.

import type { Block } from "../../emit/ast.js";
import type { Raw, Values } from "../../components/values.js";
import type { Diagnostics } from "../../diagnostics.js";
import type { Shape } from "../confmap/decode.js";

export type Kind = "receiver" | "processor" | "exporter" | "connector" | "extension";
export type Signal = "metrics" | "logs" | "traces";
export const SIGNALS: readonly Signal[] = ["metrics", "logs", "traces"];

/** A Collector component id, `type` or `type/name`. */
export interface ComponentId {
  type: string;
  name: string;
}

export function idString(id: ComponentId): string {
  return id.name === "" ? id.type : `${id.type}/${id.name}`;
}

/** An Alloy component as another one refers to it: `otelcol.exporter.otlp` and its label. */
export interface AlloyRef {
  name: string;
  label: string;
}

/** What a mapping can ask of the conversion: Alloy's converter State. */
export interface ConvertState {
  readonly id: ComponentId;
  readonly kind: Kind;
  readonly diags: Diagnostics;
  /** The unique Alloy label for this component in its pipeline group. */
  label(): string;
  /** The `input` of each component this one sends the signal to, in pipeline order. */
  next(signal: Signal): Raw[];
  /** The Alloy component an extension id was converted into; undefined when it was not. */
  extension(id: ComponentId): AlloyRef | undefined;
  append(block: Block): void;
}

export interface OtelcolComponent<C> {
  kind: Kind;
  type: string;
  /** Deprecated type names the Collector still accepts for this factory. */
  aliases?: readonly string[];
  config: Shape<C>;
  /** The factory's CreateDefaultConfig, which the YAML is decoded over. */
  defaultConfig(): C;
  /** The Alloy component other components forward data to; extensions' for references to them. */
  inputName: string;
  convert(cfg: C, state: ConvertState): void;
}

/** The output block every pipeline component writes: its next components per signal. */
export function consumerOutput(state: ConvertState, signals: readonly Signal[] = SIGNALS): Values {
  const out: Values = {};
  for (const signal of signals) {
    const next = state.next(signal);
    if (next.length > 0) out[signal] = next;
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyComponent = OtelcolComponent<any>;
