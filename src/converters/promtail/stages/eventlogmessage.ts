// Promtail `eventlogmessage` → stage.eventlogmessage.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const eventLogMessageConfig = ms.struct("stages.EventLogMessageConfig", {
  source: ms.pointer(ms.string),
  drop_invalid_labels: ms.bool,
  overwrite_existing: ms.bool,
});

export const convertEventLogMessage: StageConverter = (config, ctx) => {
  const decoded = decodeStage(eventLogMessageConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return {
    eventlogmessage: {
      source: c.source,
      drop_invalid_labels: c.drop_invalid_labels,
      overwrite_existing: c.overwrite_existing,
    },
  };
};
