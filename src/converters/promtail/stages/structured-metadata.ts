// Promtail `structured_metadata` → stage.structured_metadata (read as a labels config).
import { labelsConfig } from "./labels.js";
import { decodeStage, nullableStrings, type StageConverter } from "./stage.js";

export const convertStructuredMetadata: StageConverter = (config, ctx) => {
  const decoded = decodeStage(labelsConfig, config, ctx);
  if (!decoded) return undefined;
  return { structured_metadata: { values: nullableStrings(decoded.value ?? {}) } };
};
