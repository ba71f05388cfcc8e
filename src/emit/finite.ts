// What a converted file may hold that Alloy's syntax cannot: a NaN or infinite number
// (YAML's `.nan`, `.inf`) would print as `NaN` or `Infinity`, which Alloy reads as a
// reference to a variable that does not exist; a block label taken from a name in the
// source (a CloudWatch static job's name) must be an identifier, or Alloy refuses the
// file. Both are found before printing and reported instead.

import type { AlloyFile, Expr, Statement } from "./ast.js";
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
  const nodes: (Statement | Expr)[] = [];
  const places: (Place | undefined)[] = [];
  const push = (node: Statement | Expr, where: Place | undefined) => {
    nodes.push(node);
    places.push(where);
  };
  for (let i = file.body.length - 1; i >= 0; i--) push(file.body[i], undefined);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const where = places.pop();
    switch (node.kind) {
      case "block": {
        const here = { parent: where, name: node.name + (node.label !== undefined ? ` "${node.label}"` : "") };
        for (let i = node.body.length - 1; i >= 0; i--) push(node.body[i], here);
        break;
      }
      case "attribute":
        push(node.value, { parent: where, name: node.name });
        break;
      case "number":
        if (!FINITE.test(node.text)) found.push({ where: describe(where), text: node.text });
        break;
      case "array":
        for (let i = node.elements.length - 1; i >= 0; i--) push(node.elements[i].value, where);
        break;
      case "object":
        for (let i = node.fields.length - 1; i >= 0; i--) push(node.fields[i].value, where);
        break;
      case "call":
        for (let i = node.args.length - 1; i >= 0; i--) push(node.args[i].value, where);
        push(node.callee, where);
        break;
      case "binary":
        push(node.right, where);
        push(node.left, where);
        break;
      case "unary":
        push(node.operand, where);
        break;
      case "paren":
        push(node.inner, where);
        break;
      case "index":
        push(node.index, where);
        push(node.target, where);
        break;
      case "access":
        push(node.target, where);
        break;
      // Strings, names, booleans and null hold no numbers.
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
