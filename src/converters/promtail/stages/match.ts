// Promtail `match` → stage.match, converting its nested pipeline in place. A nested stage
// that fails to convert is left out after its diagnostic, like a top-level one.
import type { Values } from "../../../components/values.js";
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const matcherConfig = ms.struct("stages.MatcherConfig", {
  pipeline_name: ms.pointer(ms.string),
  selector: ms.string,
  // stages.PipelineStages is an alias of []interface{}.
  stages: ms.slice(ms.anything),
  action: ms.string,
  drop_counter_reason: ms.pointer(ms.string),
});

export const convertMatch: StageConverter = (config, ctx) => {
  const decoded = decodeStage(matcherConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  const nested = (c.stages ?? []).map((s) => ctx.convertNested(s)).filter((s): s is Values => s !== undefined);
  return {
    match: {
      selector: c.selector,
      stage: nested,
      action: c.action,
      pipeline_name: c.pipeline_name ?? "",
      drop_counter_reason: c.drop_counter_reason ?? "",
    },
  };
};
