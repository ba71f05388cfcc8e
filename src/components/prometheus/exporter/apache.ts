// prometheus.exporter.apache (component/prometheus/exporter/apache Arguments), Go field
// order and SetToDefault.

import { arg, type ComponentSchema } from "../../schema.js";

export const apacheExporter: ComponentSchema = {
  name: "prometheus.exporter.apache",
  fields: [
    arg("scrape_uri", "string", "http://localhost/server-status?auto"),
    arg("host_override", "string"),
    arg("insecure", "bool"),
  ],
};
