// Promtail `json` → stage.json. Required Go maps and lists that Promtail leaves nil are
// written empty (`{}`, `[]`), as Alloy encodes a nil required attribute.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const jsonConfig = ms.struct("stages.JSONConfig", {
  expressions: ms.map(ms.string),
  source: ms.pointer(ms.string),
  drop_malformed: ms.bool,
});

export const convertJson: StageConverter = (config, ctx) => {
  const decoded = decodeStage(jsonConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return { json: { expressions: c.expressions ?? {}, source: c.source, drop_malformed: c.drop_malformed } };
};
