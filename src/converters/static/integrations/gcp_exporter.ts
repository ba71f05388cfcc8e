// gcp_exporter (v1) / gcp_configs (v2) → prometheus.exporter.gcp.

import { gcpExporter } from "../../../components/prometheus/exporter/gcp.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { bool, list, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const gcpExporterIntegration = exporterIntegration({
  v1Name: "gcp_exporter",
  v2Name: "gcp_configs",
  goName: "gcp_exporter.plain",
  fields: {
    project_ids: list(string),
    metrics_prefixes: list(string),
    extra_filters: list(string),
    request_interval: goDuration,
    request_offset: goDuration,
    ingest_delay: bool,
    drop_delegated_projects: bool,
    gcp_client_timeout: goDuration,
  },
  defaults: () => ({
    request_interval: new Duration(300_000),
    request_offset: new Duration(0),
    ingest_delay: false,
    drop_delegated_projects: false,
    gcp_client_timeout: new Duration(15_000),
  }),
  exporter: (cfg) => ({
    component: gcpExporter,
    values: {
      project_ids: cfg.project_ids,
      metrics_prefixes: cfg.metrics_prefixes,
      extra_filters: cfg.extra_filters,
      request_interval: cfg.request_interval,
      request_offset: cfg.request_offset,
      ingest_delay: cfg.ingest_delay,
      drop_delegated_projects: cfg.drop_delegated_projects,
      gcp_client_timeout: cfg.gcp_client_timeout,
    },
  }),
});
