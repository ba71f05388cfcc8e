// Promtail `labels` → stage.labels.
import * as ms from "./mapstructure.js";
import { decodeStage, nullableStrings, type StageConverter } from "./stage.js";

/** Promtail's LabelsConfig, also read for structured_metadata: label name → source. */
export const labelsConfig = ms.map(ms.pointer(ms.string));

export const convertLabels: StageConverter = (config, ctx) => {
  const decoded = decodeStage(labelsConfig, config, ctx);
  if (!decoded) return undefined;
  return { labels: { values: nullableStrings(decoded.value ?? {}) } };
};
