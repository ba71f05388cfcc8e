// consul_exporter (v1) / consul_configs (v2) → prometheus.exporter.consul.

import { consulExporter } from "../../../components/prometheus/exporter/consul.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { bool, int, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const consulExporterIntegration = exporterIntegration({
  v1Name: "consul_exporter",
  v2Name: "consul_configs",
  goName: "consul_exporter.plain",
  fields: {
    server: string,
    ca_file: string,
    cert_file: string,
    key_file: string,
    server_name: string,
    timeout: goDuration,
    insecure_skip_verify: bool,
    concurrent_request_limit: int,
    allow_stale: bool,
    require_consistent: bool,
    kv_prefix: string,
    kv_filter: string,
    generate_health_summary: bool,
  },
  defaults: () => ({
    server: "http://localhost:8500",
    timeout: new Duration(500),
    allow_stale: true,
    kv_filter: ".*",
    generate_health_summary: true,
  }),
  exporter: (cfg) => ({
    component: consulExporter,
    values: {
      server: cfg.server,
      ca_file: cfg.ca_file,
      cert_file: cfg.cert_file,
      key_file: cfg.key_file,
      server_name: cfg.server_name,
      timeout: cfg.timeout,
      insecure_skip_verify: cfg.insecure_skip_verify,
      concurrent_request_limit: cfg.concurrent_request_limit,
      allow_stale: cfg.allow_stale,
      require_consistent: cfg.require_consistent,
      kv_prefix: cfg.kv_prefix,
      kv_filter: cfg.kv_filter,
      generate_health_summary: cfg.generate_health_summary,
    },
  }),
});
