// Prometheus relabel rules (prometheus model/relabel Config) as read from YAML, with
// Prometheus's load-time validation, and their mapping to Alloy `rule` blocks.

import type { Values } from "../../components/values.js";
import { DecodeFailure, list, locationOf, parsed, string, struct, uint, type Infer, type SourceType } from "../yaml/types.js";
import { goRegexpError } from "./regexp.js";
import { goQuote } from "./go-format.js";
import { isValidLabelName, labelName } from "./label-names.js";

const ACTIONS = new Set([
  "replace", "keep", "drop", "keepequal", "dropequal", "hashmod", "labelmap", "labeldrop", "labelkeep", "lowercase", "uppercase",
]);

const action: SourceType<string> = parsed((text, line) => {
  const lower = text.toLowerCase();
  if (!ACTIONS.has(lower)) throw new DecodeFailure(`unknown relabel action ${goQuote(text)}`, line);
  return lower;
});

/** relabel.Regexp: compiled anchored at load, kept as written. */
const regex: SourceType<string> = {
  ...parsed((text, line) => {
    const error = goRegexpError(`^(?s:${text})$`);
    if (error) throw new DecodeFailure(error, line);
    return text;
  }),
  // `regex:` left empty is a nil Regexp, which Config.UnmarshalYAML replaces by the empty regexp.
  zero: "",
};

const DEFAULTS = { separator: ";", regex: "(.*)", replacement: "$1", action: "replace" };

export const relabelConfigSource = struct(
  "relabel.plain",
  {
    source_labels: list(labelName, "model.LabelNames"),
    separator: string,
    regex,
    modulus: uint,
    target_label: string,
    replacement: string,
    action,
  },
  { defaults: () => ({ ...DEFAULTS }), validate: (rule, _ctx, line) => validateRelabelRule(rule, line) },
);

export type RelabelConfig = Infer<typeof relabelConfigSource>;

const NEEDS_TARGET = new Set(["replace", "hashmod", "lowercase", "uppercase", "keepequal", "dropequal"]);
const CASE_OR_EQUAL = new Set(["lowercase", "uppercase", "keepequal", "dropequal"]);

/** Config.Validate: throws DecodeFailure with Prometheus's text. */
export function validateRelabelRule(rule: RelabelConfig, line?: number): void {
  const fail = DecodeFailure.thrower(line);
  const act = rule.action ?? "";
  if (act === "") fail("relabel action cannot be empty");
  if (act === "hashmod" && !rule.modulus) fail("relabel configuration for hashmod requires non-zero modulus");
  if (NEEDS_TARGET.has(act) && !rule.target_label) fail(`relabel configuration for ${act} action requires 'target_label' value`);
  // Names are checked as UTF-8 names, Prometheus v3's default validation.
  const invalidTarget = () => fail(`${goQuote(rule.target_label ?? "")} is invalid 'target_label' for ${act} action`);
  if (act === "replace" && !isValidLabelName(rule.target_label ?? "")) invalidTarget();
  if (CASE_OR_EQUAL.has(act) && !isValidLabelName(rule.target_label ?? "")) invalidTarget();
  if (CASE_OR_EQUAL.has(act) && rule.replacement !== DEFAULTS.replacement) fail(`'replacement' can not be set for ${act} action`);
  if (act === "labelmap" && !isValidLabelName(rule.replacement ?? "")) {
    fail(`${goQuote(rule.replacement ?? "")} is invalid 'replacement' for ${act} action`);
  }
  if (act === "hashmod" && !isValidLabelName(rule.target_label ?? "")) invalidTarget();
  if (act === "labeldrop" || act === "labelkeep") {
    const onlyRegex =
      rule.source_labels === undefined && !rule.target_label && !rule.modulus &&
      rule.separator === DEFAULTS.separator && rule.replacement === DEFAULTS.replacement;
    if (!onlyRegex) fail(`${act} action requires only 'regex', and no other fields`);
  }
  if (act === "keepequal" || act === "dropequal") {
    // Go compares the compiled Regexp by pointer: a regex written out, even `(.*)`, is not the default.
    const regexDefault = rule.regex === DEFAULTS.regex && locationOf(rule, "regex") === undefined;
    const onlyLabels = regexDefault && !rule.modulus && rule.separator === DEFAULTS.separator && rule.replacement === DEFAULTS.replacement;
    if (!onlyLabels) fail(`${act} action requires only 'source_labels' and \`target_label\`, and no other fields`);
  }
}

/** One Alloy `rule` block's values. */
export function relabelRuleValues(rule: RelabelConfig): Values {
  return {
    source_labels: rule.source_labels && rule.source_labels.length > 0 ? rule.source_labels : undefined,
    separator: rule.separator,
    regex: rule.regex,
    modulus: rule.modulus,
    target_label: rule.target_label,
    replacement: rule.replacement,
    action: rule.action,
  };
}
