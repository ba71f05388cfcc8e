// prometheus.exporter.self (component/prometheus/exporter/self): no arguments.

import type { ComponentSchema } from "../../schema.js";

export const selfExporter: ComponentSchema = { name: "prometheus.exporter.self", fields: [] };
