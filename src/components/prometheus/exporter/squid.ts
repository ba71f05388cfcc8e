// prometheus.exporter.squid (component/prometheus/exporter/squid Arguments), Go field order.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";

export const squidExporter: ComponentSchema = {
  name: "prometheus.exporter.squid",
  fields: [requiredArg("address", "string"), arg("username", "string"), arg("password", "string")],
};
