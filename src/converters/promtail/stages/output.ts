// Promtail `output` → stage.output.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const outputConfig = ms.struct("stages.OutputConfig", { source: ms.string });

export const convertOutput: StageConverter = (config, ctx) => {
  const decoded = decodeStage(outputConfig, config, ctx);
  if (!decoded) return undefined;
  return { output: { source: decoded.value.source } };
};
