// Promtail `replace` → stage.replace.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const replaceConfig = ms.struct("stages.ReplaceConfig", {
  expression: ms.string,
  source: ms.pointer(ms.string),
  replace: ms.string,
});

export const convertReplace: StageConverter = (config, ctx) => {
  const decoded = decodeStage(replaceConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return { replace: { expression: c.expression, source: c.source ?? "", replace: c.replace } };
};
