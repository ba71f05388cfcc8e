// loki.relabel (grafana/alloy internal/component/loki/relabel).

import { relabelRuleBlocks } from "../common/relabel.js";
import { arg, requiredArg, type ComponentSchema } from "../schema.js";

export const lokiRelabel: ComponentSchema = {
  name: "loki.relabel",
  fields: [requiredArg("forward_to", "expr"), relabelRuleBlocks, arg("max_cache_size", "number", 10_000)],
};
