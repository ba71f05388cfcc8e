// Label names and values as Prometheus v3 checks them while loading: with UTF-8 name
// validation (v3's default) a name is any non-empty valid UTF-8 string, a value any valid
// UTF-8 string. model.LabelName's UnmarshalYAML refuses an invalid name on the spot.

import { goStringBytes, isValidUtf8 } from "../yaml/binary.js";
import { DecodeFailure, map, parsed, string, type SourceType } from "../yaml/types.js";
import { goQuote } from "./go-format.js";

export function isValidLabelName(name: string): boolean {
  return name.length > 0 && isValidUtf8(name);
}

export function isValidLabelValue(value: string): boolean {
  return isValidUtf8(value);
}

/** model.LabelName: a string, refused when it is not a valid label name. */
export const labelName: SourceType<string> = parsed((text, line) => {
  if (!isValidLabelName(text)) throw new DecodeFailure(`${goQuote(text)} is not a valid label name`, line);
  return text;
});

/** model.LabelSet: label names (checked as they are read) to values. */
export const labelSet = map(string, "model.LabelSet", labelName);

/** The check GlobalConfig runs on external_labels (labels.Labels, in name order). */
export function validateLabels(labels: Record<string, string> | undefined, line?: number): void {
  for (const name of Object.keys(labels ?? {}).sort(compareBytes)) {
    if (!isValidLabelName(name)) throw new DecodeFailure(`${goQuote(name)} is not a valid label name`, line);
    const value = labels![name];
    if (!isValidLabelValue(value)) throw new DecodeFailure(`${goQuote(value)} is not a valid label value`, line);
  }
}

/** Go's string order (bytewise UTF-8), which labels.Labels keeps. */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(goStringBytes(a), goStringBytes(b));
}
