// Promtail `multiline` → stage.multiline (WeakDecode). A bad max_wait_time is reported
// but the stage is kept, with a zero wait, as Alloy's converter does.
import { Duration } from "../../../components/values.js";
import * as ms from "./mapstructure.js";
import { decodeStage, reportError, type StageConverter } from "./stage.js";
import { parseGoDuration } from "../../shared/go-duration.js";

const multilineConfig = ms.struct("stages.MultilineConfig", {
  firstline: ms.pointer(ms.string),
  max_wait_time: ms.pointer(ms.string),
  max_lines: ms.pointer(ms.uint64),
});

export const convertMultiline: StageConverter = (config, ctx) => {
  const decoded = decodeStage(multilineConfig, config, ctx, true);
  if (!decoded) return undefined;
  const c = decoded.value;
  let maxWait = 0;
  if (c.max_wait_time !== undefined) {
    const parsed = parseGoDuration(c.max_wait_time);
    if ("ms" in parsed) maxWait = parsed.ms;
    else reportError(ctx, `invalid pipeline_stages.multiline.max_wait_time: ${c.max_wait_time}`);
  }
  return {
    multiline: {
      firstline: c.firstline ?? "",
      max_lines: c.max_lines ?? 0,
      max_wait_time: new Duration(maxWait),
    },
  };
};
