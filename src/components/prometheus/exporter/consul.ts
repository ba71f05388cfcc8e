// prometheus.exporter.consul (component/prometheus/exporter/consul Arguments), Go field
// order and SetToDefault.

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const consulExporter: ComponentSchema = {
  name: "prometheus.exporter.consul",
  fields: [
    arg("server", "string", "http://localhost:8500"),
    arg("ca_file", "string"),
    arg("cert_file", "string"),
    arg("key_file", "string"),
    arg("server_name", "string"),
    arg("timeout", "duration", new Duration(500)),
    arg("insecure_skip_verify", "bool"),
    arg("concurrent_request_limit", "number"),
    arg("allow_stale", "bool", true),
    arg("require_consistent", "bool"),
    arg("kv_prefix", "string"),
    arg("kv_filter", "string", ".*"),
    arg("generate_health_summary", "bool", true),
  ],
};
