// Promtail `labeldrop` → stage.label_drop.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const labelDropConfig = ms.slice(ms.string);

export const convertLabelDrop: StageConverter = (config, ctx) => {
  const decoded = decodeStage(labelDropConfig, config, ctx);
  if (!decoded) return undefined;
  return { label_drop: { values: decoded.value ?? [] } };
};
