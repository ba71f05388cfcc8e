// Alloy's syntax has no NaN or infinite numbers: a float that is one (YAML's `.nan`,
// `.inf`) would print as `NaN` or `Infinity`, which Alloy reads as a reference to a
// variable that does not exist, so the file would not load. Such values are found before
// printing and reported instead.

import type { AlloyFile } from "./ast.js";

const FINITE = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Where a number that cannot be written stands: `block "label" › attribute`, one per value. */
export function nonFiniteNumbers(file: AlloyFile): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  // An explicit stack: converted files can hold lists of hundreds of thousands of values.
  const stack: [unknown, string][] = [[file, ""]];
  while (stack.length > 0) {
    const [node, where] = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], where]);
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const n = node as Record<string, unknown>;
    if (n.kind === "number" && typeof n.text === "string") {
      if (!FINITE.test(n.text)) found.push({ where, text: n.text });
      continue;
    }
    let here = where;
    if (n.kind === "block" && typeof n.name === "string") here = (where ? where + " › " : "") + n.name + (typeof n.label === "string" ? ` "${n.label}"` : "");
    if (n.kind === "attribute" && typeof n.name === "string") here = (where ? where + " › " : "") + n.name;
    for (const key of Object.keys(n)) if (key !== "kind") stack.push([n[key], here]);
  }
  return found;
}
