// discovery.relabel: relabels a target list.

import { relabelRuleBlocks } from "../common/relabel.js";
import { requiredArg, type ComponentSchema } from "../schema.js";

export const discoveryRelabel: ComponentSchema = {
  name: "discovery.relabel",
  fields: [requiredArg("targets", "expr"), relabelRuleBlocks],
};
