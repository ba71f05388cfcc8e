// Promtail `docker` → stage.docker; its config, if any, is not read.
import type { StageConverter } from "./stage.js";

export const convertDocker: StageConverter = () => ({ docker: {} });
