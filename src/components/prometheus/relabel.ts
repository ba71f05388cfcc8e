// prometheus.relabel: relabels metrics and forwards them.

import { relabelRuleBlocks } from "../common/relabel.js";
import { arg, requiredArg, type ComponentSchema } from "../schema.js";

export const prometheusRelabel: ComponentSchema = {
  name: "prometheus.relabel",
  fields: [requiredArg("forward_to", "expr"), relabelRuleBlocks, arg("max_cache_size", "number", 100_000)],
};
