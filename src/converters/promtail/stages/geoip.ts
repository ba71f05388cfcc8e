// Promtail `geoip` → stage.geoip. Its source is a required pointer: nil prints `null`.
import * as ms from "./mapstructure.js";
import { decodeStage, NULL, type StageConverter } from "./stage.js";

const geoIPConfig = ms.struct("stages.GeoIPConfig", {
  db: ms.string,
  source: ms.pointer(ms.string),
  db_type: ms.string,
});

export const convertGeoIP: StageConverter = (config, ctx) => {
  const decoded = decodeStage(geoIPConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return { geoip: { db: c.db, source: c.source ?? NULL, db_type: c.db_type } };
};
