// apache_http (v1) / apache_http_configs (v2) → prometheus.exporter.apache.

import { apacheExporter } from "../../../components/prometheus/exporter/apache.js";
import { bool, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const apacheHttpIntegration = exporterIntegration({
  v1Name: "apache_http",
  v2Name: "apache_http_configs",
  goName: "apache_http.plain",
  fields: { scrape_uri: string, host_override: string, insecure: bool },
  defaults: () => ({ scrape_uri: "http://localhost/server-status?auto", host_override: "", insecure: false }),
  exporter: (cfg) => ({
    component: apacheExporter,
    values: { scrape_uri: cfg.scrape_uri, host_override: cfg.host_override, insecure: cfg.insecure },
  }),
});
