// The Agent's `agent` integration (its own metrics) → prometheus.exporter.self, which takes
// no arguments. The worked example of an exporter integration: no fields of its own, the
// same key in v1 and v2.

import { selfExporter } from "../../../components/prometheus/exporter/self.js";
import { exporterIntegration } from "./exporter.js";

export const agentIntegration = exporterIntegration({
  v1Name: "agent",
  v2Name: "agent",
  goName: "agent.Config",
  fields: {},
  exporter: () => ({ component: selfExporter, values: {} }),
});
