// The Collector reads its YAML into generic values (go-yaml v3 into `any`) before any
// typed decoding. This turns the text into those values and keeps, beside them, where
// each mapping key stood, so diagnostics can point at the YAML.

import { isMap, isSeq, isScalar, isAlias, LineCounter, parseDocument, type Document, type Node } from "yaml";
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

export type ParsedTree = { value: ConfValue; error?: undefined } | { value?: undefined; error: { message: string; location: SourceLocation } };

/** Parses YAML as go-yaml v3 does into `any`: YAML 1.2 core scalars, merge keys applied. */
export function parseConfTree(text: string): ParsedTree {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, version: "1.2", merge: true, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number): SourceLocation => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const error = doc.errors[0];
  if (error) return { error: { message: `yaml: line ${position(error.pos[0]).line}: ${error.message.split("\n")[0]}`, location: position(error.pos[0]) } };
  try {
    return { value: toValue(doc.contents as Node | null, { doc, position, resolving: new Set(), aliasTargets: new Map(), budget: { left: EXPANSION_LIMIT } }) };
  } catch (e) {
    if (e instanceof TreeError) return { error: { message: e.message, location: e.location } };
    throw e;
  }
}

class TreeError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
  }
}

interface TreeContext {
  doc: Document;
  position: (offset: number) => SourceLocation;
  /** Aliases being expanded, so that a self-referencing one is refused rather than followed forever. */
  resolving: Set<Node>;
  aliasTargets: Map<Node, Node | undefined>;
  /** Values still allowed, so that nested aliases cannot blow the tree up exponentially. */
  budget: { left: number };
}

const EXPANSION_LIMIT = 1_000_000;

function toValue(node: Node | null, ctx: TreeContext): ConfValue {
  const { position, resolving } = ctx;
  if (node === null || node === undefined) return null;
  if (--ctx.budget.left < 0) throw new TreeError("yaml: document contains excessive aliasing", position(node.range?.[0] ?? 0));
  if (isAlias(node)) {
    let target = ctx.aliasTargets.get(node);
    if (target === undefined) {
      // Resolving walks the whole document, so each alias is resolved once.
      target = node.resolve(ctx.doc) as Node | undefined;
      ctx.aliasTargets.set(node, target);
    }
    if (!target || resolving.has(target)) throw new TreeError(`yaml: unknown anchor '${node.source}' referenced`, position(node.range?.[0] ?? 0));
    resolving.add(target);
    const value = toValue(target, ctx);
    resolving.delete(target);
    return value;
  }
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return null;
    if (typeof v === "bigint") return Number(v);
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
    return String(v);
  }
  if (isSeq(node)) return node.items.map((item) => toValue(item as Node, ctx));
  if (isMap(node)) {
    const out: ConfMap = {};
    const locations = new Map<string, SourceLocation>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = keyNode === null ? "" : String(toValue(keyNode, ctx) ?? "");
      out[key] = toValue(pair.value as Node | null, ctx);
      locations.set(key, position(keyNode?.range?.[0] ?? 0));
    }
    keyLocations.set(out, locations);
    return out;
  }
  return null;
}
