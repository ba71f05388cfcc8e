// Promtail `timestamp` → stage.timestamp.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const timestampConfig = ms.struct("stages.TimestampConfig", {
  source: ms.string,
  format: ms.string,
  fallback_formats: ms.slice(ms.string),
  location: ms.pointer(ms.string),
  action_on_failure: ms.pointer(ms.string),
});

export const convertTimestamp: StageConverter = (config, ctx) => {
  const decoded = decodeStage(timestampConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return {
    timestamp: {
      source: c.source,
      format: c.format,
      fallback_formats: c.fallback_formats,
      location: c.location,
      action_on_failure: c.action_on_failure ?? "",
    },
  };
};
