// Promtail `decolorize` → stage.decolorize; its config, if any, is not read.
import type { StageConverter } from "./stage.js";

export const convertDecolorize: StageConverter = () => ({ decolorize: {} });
