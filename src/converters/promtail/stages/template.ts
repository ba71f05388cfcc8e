// Promtail `template` → stage.template.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const templateConfig = ms.struct("stages.TemplateConfig", { source: ms.string, template: ms.string });

export const convertTemplate: StageConverter = (config, ctx) => {
  const decoded = decodeStage(templateConfig, config, ctx);
  if (!decoded) return undefined;
  return { template: { source: decoded.value.source, template: decoded.value.template } };
};
