// Promtail `sampling` → stage.sampling (WeakDecode, as Promtail reads it).
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const samplingConfig = ms.struct("stages.SamplingConfig", {
  drop_counter_reason: ms.pointer(ms.string),
  rate: ms.float64,
});

export const convertSampling: StageConverter = (config, ctx) => {
  const decoded = decodeStage(samplingConfig, config, ctx, true);
  if (!decoded) return undefined;
  const c = decoded.value;
  // Unset, the reason keeps Alloy's default rather than Promtail's nil.
  return { sampling: { drop_counter_reason: c.drop_counter_reason, rate: c.rate } };
};
