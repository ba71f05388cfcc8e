// Promtail `labelallow` → stage.label_keep.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const labelAllowConfig = ms.slice(ms.string);

export const convertLabelAllow: StageConverter = (config, ctx) => {
  const decoded = decodeStage(labelAllowConfig, config, ctx);
  if (!decoded) return undefined;
  return { label_keep: { values: decoded.value ?? [] } };
};
