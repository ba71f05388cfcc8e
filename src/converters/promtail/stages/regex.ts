// Promtail `regex` → stage.regex.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const regexConfig = ms.struct("stages.RegexConfig", {
  expression: ms.string,
  source: ms.pointer(ms.string),
});

export const convertRegex: StageConverter = (config, ctx) => {
  const decoded = decodeStage(regexConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return { regex: { expression: c.expression, source: c.source } };
};
