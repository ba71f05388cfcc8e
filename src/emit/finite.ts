// What a converted file may hold that Alloy's syntax cannot: a NaN or infinite number
// (YAML's `.nan`, `.inf`) would print as `NaN` or `Infinity`, which Alloy reads as a
// reference to a variable that does not exist; a block label taken from a name in the
// source (a CloudWatch static job's name) must be an identifier, or Alloy refuses the
// file. Both are found before printing and reported instead.

import type { AlloyFile } from "./ast.js";
import { isIdentifier } from "./strings.js";

const FINITE = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Where a value stands: the blocks and attribute around it, named only when needed. */
interface Place {
  parent: Place | undefined;
  name: string;
}

function describe(place: Place | undefined): string {
  const names: string[] = [];
  for (let p = place; p; p = p.parent) names.push(p.name);
  let where = "";
  for (let i = names.length - 1; i >= 0; i--) where = (where ? where + " › " : "") + names[i];
  return where;
}

/** Where a number that cannot be written stands: `block "label" › attribute`, one per value. */
export function nonFiniteNumbers(file: AlloyFile): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  // An explicit stack: converted files can hold lists of hundreds of thousands of values.
  // Nodes and their places go on two stacks side by side, and a place's text is only made
  // for a number that is reported (every attribute of a big file would otherwise make one).
  const nodes: unknown[] = [file];
  const places: (Place | undefined)[] = [undefined];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const where = places.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const child: unknown = node[i];
        if (child === null || typeof child !== "object") continue;
        nodes.push(child);
        places.push(where);
      }
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const n = node as Record<string, unknown>;
    if (n.kind === "number" && typeof n.text === "string") {
      if (!FINITE.test(n.text)) found.push({ where: describe(where), text: n.text });
      continue;
    }
    // Literals and names, most of a file's nodes, hold nothing more to look at.
    if (n.kind === "string" || n.kind === "ident" || n.kind === "bool" || n.kind === "null") continue;
    let here = where;
    if (n.kind === "block" && typeof n.name === "string") here = { parent: where, name: n.name + (typeof n.label === "string" ? ` "${n.label}"` : "") };
    if (n.kind === "attribute" && typeof n.name === "string") here = { parent: where, name: n.name };
    for (const key in n) {
      if (key === "kind" || !Object.prototype.hasOwnProperty.call(n, key)) continue;
      const child = n[key];
      // Strings, flags and numbers' siblings hold no numbers.
      if (child === null || typeof child !== "object") continue;
      nodes.push(child);
      places.push(here);
    }
  }
  return found;
}

/** Blocks whose label is not an identifier: `where` names the block, `label` is the label. */
export function invalidLabels(file: AlloyFile): { where: string; label: string }[] {
  const found: { where: string; label: string }[] = [];
  const stack: [unknown, string][] = [[file.body, ""]];
  while (stack.length > 0) {
    const [node, where] = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], where]);
      continue;
    }
    const n = node as { kind?: string; name?: string; label?: string; body?: unknown };
    if (!n || n.kind !== "block") continue;
    if (n.label !== undefined && !isIdentifier(n.label)) found.push({ where: (where ? where + " › " : "") + n.name, label: n.label });
    stack.push([n.body, (where ? where + " › " : "") + n.name + (n.label !== undefined ? ` "${n.label}"` : "")]);
  }
  return found;
}
