// The Agent's squid integration (static/integrations/squid_exporter) → prometheus.exporter.squid.
// Its Go struct also has untagged Host and Port fields (filled from the address when the
// integration starts), so yaml.v2 accepts `host` and `port` keys; Alloy's converter ignores them.

import { squidExporter } from "../../../components/prometheus/exporter/squid.js";
import { secret } from "../../shared/http-client.js";
import { int, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const squidIntegration = exporterIntegration({
  v1Name: "squid",
  v2Name: "squid_configs",
  goName: "squid_exporter.Config",
  fields: { address: string, username: string, password: secret, host: string, port: int },
  exporter: (cfg) => ({
    component: squidExporter,
    values: { address: cfg.address, username: cfg.username, password: cfg.password },
  }),
});
