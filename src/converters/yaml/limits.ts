// The bounds Go's YAML decoders (yaml.v2 for Prometheus, Promtail and the Agent; go-yaml v3
// for the Collector) put on hostile input, shared by both of our loaders: nesting deeper
// than 10,000 levels is a syntax error, and aliases may not make up more than a share of
// the decoded values (the "billion laughs" defence). Also the one-pass anchor table that
// keeps alias resolution linear: the `yaml` package's Alias.resolve walks the whole
// document for every alias, so 50,000 aliases cost 50,000 walks.

import { isAlias, isCollection, isPair, type Alias, type Document, type Node } from "yaml";

/** libyaml's max_flow_level and max_indents, as both Go decoders carry them. */
export const MAX_DEPTH = 10_000;

/**
 * The first place where flow brackets or block indentation nest deeper than MAX_DEPTH, as
 * the scanner would refuse it, or undefined. A cheap over-approximation of libyaml's
 * counters: it looks at brackets outside quotes and comments and at distinct indentation
 * widths, so a document it passes never makes the parser recurse that deep.
 */
export function findExcessiveNesting(text: string): { offset: number } | undefined {
  // Nesting past the limit needs more brackets than the limit, or a line longer than it
  // (indentation, or one dash per level): most documents are cleared by this count alone.
  if (text.length < MAX_DEPTH) return undefined;
  let brackets = 0;
  let longest = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
    else if (c === 0x0a) {
      if (i - lineStart > longest) longest = i - lineStart;
      lineStart = i + 1;
    }
  }
  if (text.length - lineStart > longest) longest = text.length - lineStart;
  if (brackets <= MAX_DEPTH && longest <= MAX_DEPTH) return undefined;
  let flow = 0;
  const indents: number[] = [];
  let column = 0;
  let atLineStart = true;
  let quote = "";
  const indentTo = (col: number): boolean => {
    while (indents.length > 0 && indents[indents.length - 1] >= col) indents.pop();
    indents.push(col);
    return indents.length > MAX_DEPTH;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") {
      atLineStart = true;
      column = 0;
      continue;
    }
    if (quote) {
      if (quote === '"' && ch === "\\") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    const prev = i === 0 ? "\n" : text[i - 1];
    if (atLineStart) {
      if (ch === " ") {
        column++;
        continue;
      }
      atLineStart = false;
      if (flow === 0 && ch !== "#" && indentTo(column)) return { offset: i };
    }
    column++;
    if (ch === "#" && /\s/.test(prev)) {
      while (i + 1 < text.length && text[i + 1] !== "\n" && text[i + 1] !== "\r") i++;
    } else if ((ch === '"' || ch === "'") && tokenStart(prev, flow)) quote = ch;
    else if ((ch === "[" || ch === "{") && (flow > 0 || tokenStart(prev, flow))) {
      if (++flow > MAX_DEPTH) return { offset: i };
    } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
    else if (ch === "-" && flow === 0 && prev !== "\n" && tokenStart(prev, flow) && (text[i + 1] === " " || text[i + 1] === "\n")) {
      // `- - - x` opens one block sequence per dash on the same line.
      if (indentTo(column - 1)) return { offset: i };
    }
  }
  return undefined;
}

/**
 * Whether a token can start after `prev`. Asked only by the characters that need it: most
 * (letters, digits) do not, and testing every character was most of the scan's time.
 */
function tokenStart(prev: string, flow: number): boolean {
  return /[\s[{,]/.test(prev) || (flow > 0 && /[:"'\]}]/.test(prev));
}

/**
 * Go's decoders count every value they decode and those decoded through an alias; past
 * 100 aliased values and 1,000 in all, aliased ones may be at most 99% of the total,
 * a share that falls to 10% between 400,000 and 4,000,000 decoded values. Decoding more
 * than that is refused as "document contains excessive aliasing".
 */
export class AliasBudget {
  decoded = 0;
  aliased = 0;
  /** How many aliases are being expanded around the value being decoded. */
  depth = 0;

  /** Counts one decoded value; false when the document has gone past the allowed share. */
  count(): boolean {
    this.decoded++;
    if (this.depth > 0) this.aliased++;
    return !(this.aliased > 100 && this.decoded > 1000 && this.aliased / this.decoded > allowedAliasShare(this.decoded));
  }

  /** What the limit is and where the document stands, for the diagnostic's detail. */
  describe(): string {
    return (
      "Aliases are limited as Go's YAML decoder limits them: past 1,000 decoded values, at most 99% of them " +
      "(falling to 10% for documents of 400,000 to 4,000,000 values) may come from expanding aliases; " +
      `this document reached ${this.aliased.toLocaleString("en-US")} aliased values out of ${this.decoded.toLocaleString("en-US")}.`
    );
  }
}

export const EXCESSIVE_ALIASING = "document contains excessive aliasing";

function allowedAliasShare(decoded: number): number {
  const low = 400_000;
  const high = 4_000_000;
  if (decoded <= low) return 0.99;
  if (decoded >= high) return 0.1;
  return 0.99 - 0.89 * ((decoded - low) / (high - low));
}

/**
 * Each alias's target, found in one pass in document order: an alias names the latest
 * node anchored with its name before it (an anchor counts from where its node starts, so
 * an alias inside its own anchored node refers to that node). Undefined for an alias
 * whose anchor is not defined before it.
 */
export function anchorTable(doc: Pick<Document, "contents">): Map<Alias, Node | undefined> {
  const targets = new Map<Alias, Node | undefined>();
  const anchors = new Map<string, Node>();
  visitNodes(doc.contents, (node) => {
    if (isAlias(node)) targets.set(node, anchors.get(node.source));
    else if (node.anchor) anchors.set(node.anchor, node);
  });
  return targets;
}

/**
 * Visits a document's nodes in document order (a pair's key before its value), keeping
 * its own stack rather than the call stack; stops at the first node `visit` returns true for.
 */
export function visitNodes(root: unknown, visit: (node: Node) => boolean | void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== "object") continue;
    if (isPair(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    const node = item as Node;
    if (visit(node)) return;
    if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
}

/**
 * Runs a recursive walk written as a generator without growing the call stack: the walk
 * yields a child it wants converted and receives its result, and this loop keeps the
 * pending walks on an array. Deeply nested values (aliases of aliases, thousands deep)
 * then cost heap, not stack.
 */
export function walkIteratively<C, R>(root: C, walk: (child: C) => Generator<C, R, R>): R {
  const stack: Generator<C, R, R>[] = [walk(root)];
  let input = undefined as unknown as R;
  for (;;) {
    const step = stack[stack.length - 1].next(input);
    if (step.done) {
      stack.pop();
      if (stack.length === 0) return step.value;
      input = step.value;
    } else {
      stack.push(walk(step.value));
      input = undefined as unknown as R;
    }
  }
}
