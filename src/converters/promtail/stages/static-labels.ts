// Promtail `static_labels` → stage.static_labels.
import * as ms from "./mapstructure.js";
import { decodeStage, nullableStrings, type StageConverter } from "./stage.js";

const staticLabelConfig = ms.map(ms.pointer(ms.string));

export const convertStaticLabels: StageConverter = (config, ctx) => {
  const decoded = decodeStage(staticLabelConfig, config, ctx);
  if (!decoded) return undefined;
  return { static_labels: { values: nullableStrings(decoded.value ?? {}) } };
};
