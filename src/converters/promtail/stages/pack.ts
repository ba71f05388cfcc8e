// Promtail `pack` → stage.pack (WeakDecode). Unset ingest_timestamp becomes false, unlike
// Alloy's default of true, so it is then written.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

// Promtail misspells this field's tag (`mapstrcuture`), so mapstructure knows it by its Go
// name: it still matches the `labels` key case-insensitively, but errors say 'Labels'.
const packConfig = ms.struct("stages.PackConfig", {
  Labels: ms.slice(ms.string),
  ingest_timestamp: ms.pointer(ms.bool),
});

export const convertPack: StageConverter = (config, ctx) => {
  const decoded = decodeStage(packConfig, config, ctx, true);
  if (!decoded) return undefined;
  const c = decoded.value;
  return { pack: { labels: c.Labels ?? [], ingest_timestamp: c.ingest_timestamp ?? false } };
};
