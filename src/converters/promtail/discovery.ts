// A job's service discoveries and static targets → discovery.* components, whose targets
// feed the job's loki.source.file. Promtail's shared SDs reuse the Prometheus mappings.

import { labelWithIndex } from "../../components/labels.js";
import { Raw, type Value, type Values } from "../../components/values.js";
import type { Expr } from "../../emit/ast.js";
import { array, binary, call, str, traversal } from "../../emit/build.js";
import { encodeComponent, encodeValue } from "../../components/schema.js";
import { discoveryFor, unsupportedDiscoveryMessage } from "../prometheus/discovery/index.js";
import { consulAgentBlock } from "./consulagent-source.js";
import { PROMTAIL_SD_KEYS, type ScrapeConfigSource } from "./source.js";
import type { ScrapeBuilder } from "./scrape-builder.js";
import { locationOf } from "../yaml/types.js";

/** Promtail limits pod discovery to the pods of the node it runs on. */
const POD_ON_THIS_NODE: Values = {
  role: "pod",
  field: new Raw(
    binary(
      "+",
      str("spec.nodeName="),
      call("coalesce", [call("sys.env", [str("HOSTNAME")]), traversal("constants.hostname")]),
    ),
  ),
};

function withPodSelector(key: string, sd: { role?: string }, values: Values): Values {
  if (key !== "kubernetes_sd_configs" || sd.role !== "pod") return values;
  const selectors = (values.selectors as Values[] | undefined) ?? [];
  return { ...values, selectors: [...selectors, POD_ON_THIS_NODE] };
}

/** Promtail gives a static group without targets the target `localhost`. */
function staticTargets(job: ScrapeConfigSource): Values[] {
  const targets: Values[] = [];
  for (const group of job.static_configs ?? []) {
    const addresses = group.targets && group.targets.length > 0 ? group.targets : ["localhost"];
    for (const address of addresses) targets.push({ ...(group.labels ?? {}), __address__: address });
  }
  return targets;
}

function literalTargets(targets: Values[]): Expr {
  return array(targets.map((t) => encodeValue(t as Value)));
}

type SdList = Record<string, unknown[] | undefined>;

/** Appends the SD components in Alloy's order and records their target expressions. */
export function appendDiscoveries(b: ScrapeBuilder): void {
  const job = b.job;
  const lists = job as unknown as SdList;
  const counts = new Map<string, number>();
  const appendKey = (key: string) => {
    const converter = discoveryFor(key);
    for (const sd of lists[key] ?? []) {
      if (!converter) {
        b.diags.error(unsupportedDiscoveryMessage(key), locationOf(sd as object) ?? locationOf(job, key));
        continue;
      }
      const name = converter.component.name;
      const index = counts.get(name) ?? 0;
      counts.set(name, index + 1);
      const label = labelWithIndex(index, b.label);
      const values = withPodSelector(key, sd as { role?: string }, converter.toValues(sd, b.diags));
      b.out.push(encodeComponent(converter.component, label, values));
      b.targetExprs.push(traversal(`${name}.${label}.targets`));
    }
  };
  PROMTAIL_SD_KEYS.forEach(appendKey);
  // Static targets are written as one literal list after every discovery's targets.
  const literals = staticTargets(job);
  if (literals.length > 0) b.targetExprs.push(literalTargets(literals));

  (job.consulagent_sd_configs ?? []).forEach((sd, i) => {
    const label = b.componentLabel(i);
    b.out.push(consulAgentBlock(sd, label, b.diags));
    b.targetExprs.push(traversal(`discovery.consulagent.${label}.targets`));
  });
}
