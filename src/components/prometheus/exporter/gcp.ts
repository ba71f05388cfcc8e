// prometheus.exporter.gcp (component/prometheus/exporter/gcp Arguments), Go field order and
// SetToDefault.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const gcpExporter: ComponentSchema = {
  name: "prometheus.exporter.gcp",
  fields: [
    requiredArg("project_ids", "list"),
    requiredArg("metrics_prefixes", "list"),
    arg("extra_filters", "list"),
    arg("request_interval", "duration", new Duration(300_000)),
    arg("request_offset", "duration"),
    arg("ingest_delay", "bool"),
    arg("drop_delegated_projects", "bool"),
    arg("gcp_client_timeout", "duration", new Duration(15_000)),
  ],
};
