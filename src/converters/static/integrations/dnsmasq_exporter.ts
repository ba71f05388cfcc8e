// dnsmasq_exporter (v1) / dnsmasq_configs (v2) → prometheus.exporter.dnsmasq.

import { dnsmasqExporter } from "../../../components/prometheus/exporter/dnsmasq.js";
import { bool, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const dnsmasqExporterIntegration = exporterIntegration({
  v1Name: "dnsmasq_exporter",
  v2Name: "dnsmasq_configs",
  goName: "dnsmasq_exporter.plain",
  fields: { dnsmasq_address: string, leases_path: string, expose_leases: bool },
  defaults: () => ({ dnsmasq_address: "localhost:53", leases_path: "/var/lib/misc/dnsmasq.leases" }),
  exporter: (cfg) => ({
    component: dnsmasqExporter,
    values: { address: cfg.dnsmasq_address, leases_file: cfg.leases_path, expose_leases: cfg.expose_leases },
  }),
});
