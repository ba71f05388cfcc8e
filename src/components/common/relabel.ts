// Alloy's relabel rule block (component/common/relabel Config) with its defaults.

import { arg, blocksOf, type BlockField, type Schema } from "../schema.js";

export const relabelRuleFields: Schema = [
  arg("source_labels", "list"),
  arg("separator", "string", ";"),
  arg("regex", "string", "(.*)"),
  arg("modulus", "number"),
  arg("target_label", "string"),
  arg("replacement", "string", "$1"),
  arg("action", "string", "replace"),
];

/** The repeated `rule { }` blocks of relabelling components. */
export const relabelRuleBlocks: BlockField = blocksOf("rule", relabelRuleFields);
