// Promtail `tenant` → stage.tenant.
import * as ms from "./mapstructure.js";
import { decodeStage, type StageConverter } from "./stage.js";

const tenantConfig = ms.struct("stages.TenantConfig", { label: ms.string, source: ms.string, value: ms.string });

export const convertTenant: StageConverter = (config, ctx) => {
  const decoded = decodeStage(tenantConfig, config, ctx);
  if (!decoded) return undefined;
  const c = decoded.value;
  return { tenant: { label: c.label, source: c.source, value: c.value } };
};
