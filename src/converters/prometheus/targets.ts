// Scrape target lists as Alloy's converter writes them: one list per static target, the
// exports of discovery components as references, joined with array.concat when several.

import type { Expr } from "../../emit/ast.js";
import { array, call, str, object, sortedKeys, traversal } from "../../emit/build.js";
import type { TargetGroup } from "../shared/target-group.js";

/** One target: either a reference to exported targets, or a label set. */
export type TargetSource = { ref: string } | { labels: Record<string, string> };

/** Static target groups flattened to one label set per address, group labels included. */
export function staticTargets(groups: TargetGroup[]): TargetSource[] {
  const out: TargetSource[] = [];
  for (const group of groups) {
    // Upstream reuses one map per group, so an address label set in the group's labels
    // is overwritten by each target in turn.
    const labels: Record<string, string> = { ...(group.labels ?? {}) };
    for (const address of group.targets ?? []) {
      labels["__address__"] = address;
      out.push({ labels: { ...labels } });
    }
  }
  return out;
}

function targetExpr(t: TargetSource): Expr {
  if ("ref" in t) return traversal(t.ref);
  return array([object(sortedKeys(t.labels).map((k) => [k, str(t.labels[k])]))]);
}

export function targetsExpr(targets: TargetSource[]): Expr {
  if (targets.length === 0) return array([]);
  if (targets.length === 1) return targetExpr(targets[0]);
  return call("array.concat", targets.map(targetExpr), true);
}
