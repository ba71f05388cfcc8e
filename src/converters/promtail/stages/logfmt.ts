// Promtail `logfmt` → stage.logfmt.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const logfmtConfig = ms.struct("stages.LogfmtConfig", {
  mapping: ms.map(ms.string),
  source: ms.pointer(ms.string),
});

export const convertLogfmt: StageConverter = (config, ctx) => {
  const decoded = decodeStage(logfmtConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return { logfmt: { mapping: c.mapping, source: c.source ?? "" } };
};
