// Promtail `cri` → stage.cri.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const criConfig = ms.struct("stages.CriConfig", {
  max_partial_lines: ms.int,
  max_partial_line_size: ms.byteSize,
  max_partial_line_size_truncate: ms.bool,
});

/** Promtail's MaxPartialLinesSize, which it uses when max_partial_lines is 0. */
const PROMTAIL_MAX_PARTIAL_LINES = 100;

export const convertCri: StageConverter = (config, ctx) => {
  const decoded = decodeStage(criConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return {
    cri: {
      max_partial_lines: c.max_partial_lines === 0 ? PROMTAIL_MAX_PARTIAL_LINES : c.max_partial_lines,
      max_partial_line_size: c.max_partial_line_size,
      max_partial_line_size_truncate: c.max_partial_line_size_truncate,
    },
  };
};
