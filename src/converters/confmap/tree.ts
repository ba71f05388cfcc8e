// The Collector reads its YAML into generic values (go-yaml v3 into `any`) before any
// typed decoding. This turns the text into those values and keeps, beside them, where
// each mapping key stood, so diagnostics can point at the YAML.

import { isMap, isSeq, isScalar, isAlias, type Alias, type Node, type Pair } from "yaml";
import { YAML_V3 } from "../yaml/fast-compose.js";
import { readDocument } from "../yaml/load.js";
import { AliasBudget, anchorTable, EXCESSIVE_ALIASING, walkIteratively } from "../yaml/limits.js";
import type { SourceLocation } from "../../diagnostics.js";

export type ConfValue = string | number | boolean | null | ConfValue[] | ConfMap;
export interface ConfMap {
  [key: string]: ConfValue;
}

const keyLocations = new WeakMap<object, Map<string, SourceLocation>>();

/** Where a key of a decoded YAML mapping stood. */
export function keyLocation(map: object | undefined, key: string): SourceLocation | undefined {
  return map ? keyLocations.get(map)?.get(key) : undefined;
}

export function isConfMap(v: unknown): v is ConfMap {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export type ParsedTree = { value: ConfValue; error?: undefined } | { value?: undefined; error: { message: string; location: SourceLocation; detail?: string } };

/**
 * Parses YAML as go-yaml v3 does into `any`: YAML 1.2 core scalars, merge keys applied
 * (a mapping's own keys win, then earlier merged mappings), a repeated key refused. Hostile
 * input is bounded as v3 bounds it: nesting past 10,000 levels and aliases expanding past
 * its share of the document are errors; the walk keeps its own stack, and each alias is
 * resolved from a table made once.
 */
export function parseConfTree(text: string): ParsedTree {
  const read = readDocument(text, YAML_V3);
  if ("error" in read) return { error: { message: read.error.message, location: { line: read.error.line ?? 1, column: read.error.column ?? 1 } } };
  const { doc, lines } = read;
  const position = (offset: number): SourceLocation => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  try {
    return { value: toValue((doc?.contents ?? null) as Node | null, { position, targets: doc ? anchorTable(doc) : new Map(), budget: new AliasBudget() }) };
  } catch (e) {
    if (e instanceof TreeError) return { error: { message: e.message, location: e.location, detail: e.detail } };
    throw e;
  }
}

class TreeError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
    readonly detail?: string,
  ) {
    super(message);
  }
}

interface TreeContext {
  position: (offset: number) => SourceLocation;
  targets: Map<Alias, Node | undefined>;
  budget: AliasBudget;
}

type Mapping = { items: Pair[] };

function toValue(root: Node | null, ctx: TreeContext): ConfValue {
  const { position, budget } = ctx;
  const at = (node: unknown) => position((node as Node | null)?.range?.[0] ?? 0);
  const expanding = new Set<Alias>();
  const target = (alias: Alias): Node => {
    const node = ctx.targets.get(alias);
    if (!node) throw new TreeError(`yaml: unknown anchor '${alias.source}' referenced`, at(alias));
    return node;
  };
  return walkIteratively<Node | null, ConfValue>(root, function* walk(node): Generator<Node | null, ConfValue, ConfValue> {
    if (node === null || node === undefined) return null;
    if (!budget.count()) throw new TreeError("yaml: " + EXCESSIVE_ALIASING, at(node), budget.describe());
    if (isAlias(node)) {
      if (expanding.has(node)) throw new TreeError(`yaml: anchor '${node.source}' value contains itself`, at(node));
      expanding.add(node);
      budget.depth++;
      const value = yield target(node);
      budget.depth--;
      expanding.delete(node);
      return value;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || v === undefined) return null;
      if (typeof v === "bigint") return Number(v);
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
      if (typeof v === "symbol") return node.source ?? "<<";
      return String(v);
    }
    if (isSeq(node)) {
      const out: ConfValue[] = [];
      for (const item of node.items) out.push(yield item as Node | null);
      return out;
    }
    if (!isMap(node)) return null;
    const out: ConfMap = {};
    const locations = new Map<string, SourceLocation>();
    keyLocations.set(out, locations);
    // go-yaml v3 reads a mapping's own keys first, then its merge key's mappings in order,
    // each key taken from the first place that sets it.
    const queue: Merged[] = [{ mapping: node }];
    for (let q = 0; q < queue.length; q++) {
      const { mapping, alias } = queue[q];
      const viaAlias = alias !== undefined;
      if (viaAlias) budget.depth++;
      let merge: Pair | undefined;
      for (const pair of mapping.items) {
        if (isMergeKey(pair.key)) {
          merge = pair;
          continue;
        }
        const keyNode = pair.key as Node | null;
        const keyValue = keyNode === null ? null : yield keyNode;
        const key = keyValue === null ? "" : typeof keyValue === "object" ? JSON.stringify(keyValue) : String(keyValue);
        if (Object.prototype.hasOwnProperty.call(out, key)) continue;
        const value = yield pair.value as Node | null;
        if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        else out[key] = value;
        locations.set(key, at(keyNode));
      }
      if (viaAlias) budget.depth--;
      if (merge) {
        for (const item of mergedMappings(merge, target, at)) {
          // Each merged mapping is a decoded value, aliased when it comes through an alias.
          if (item.alias) budget.depth++;
          const allowed = budget.count();
          if (item.alias) budget.depth--;
          if (!allowed) throw new TreeError("yaml: " + EXCESSIVE_ALIASING, at(merge.value), budget.describe());
          // The same alias met again while merging is one that leads back to itself.
          if (item.alias && queue.some((e) => e.alias === item.alias)) throw new TreeError(`yaml: anchor '${item.alias.source}' value contains itself`, at(item.alias));
          queue.push(item);
        }
      }
    }
    return out;
  });
}

/** A plain `<<` key (or one tagged !!merge), as go-yaml reads it. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return typeof key.value === "symbol" || (key.tag === "tag:yaml.org,2002:merge" && key.source === "<<");
}

/** The mappings a merge key brings in, in order; anything but mappings (or aliases of them) is refused. */
interface Merged {
  mapping: Mapping;
  /** The alias it came through, if any. */
  alias?: Alias;
}

function mergedMappings(pair: Pair, target: (alias: Alias) => Node, at: (node: unknown) => SourceLocation): Merged[] {
  const fail = () => new TreeError("yaml: map merge requires map or sequence of maps as the value", at(pair.value));
  const one = (item: unknown) => {
    const node = isAlias(item) ? target(item) : item;
    if (!isMap(node)) throw fail();
    return { mapping: node as Mapping, alias: isAlias(item) ? item : undefined };
  };
  const value = pair.value;
  if (isSeq(value)) return value.items.map(one);
  return [one(value)];
}
