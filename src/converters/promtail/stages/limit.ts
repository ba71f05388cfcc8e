// Promtail `limit` → stage.limit (WeakDecode, as Promtail reads it).
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const limitConfig = ms.struct("stages.LimitConfig", {
  rate: ms.float64,
  burst: ms.int,
  drop: ms.bool,
  by_label_name: ms.string,
  max_distinct_labels: ms.int,
});

export const convertLimit: StageConverter = (config, ctx) => {
  const decoded = decodeStage(limitConfig, config, ctx, true);
  if (!decoded) return undefined;
  const c = decoded.value;
  return {
    limit: {
      rate: c.rate,
      burst: c.burst,
      drop: c.drop,
      by_label_name: c.by_label_name,
      max_distinct_labels: c.max_distinct_labels,
    },
  };
};
