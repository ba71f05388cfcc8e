// prometheus.exporter.dnsmasq (component/prometheus/exporter/dnsmasq Arguments), Go field
// order and SetToDefault.

import { arg, type ComponentSchema } from "../../schema.js";

export const dnsmasqExporter: ComponentSchema = {
  name: "prometheus.exporter.dnsmasq",
  fields: [
    arg("address", "string", "localhost:53"),
    arg("leases_file", "string", "/var/lib/misc/dnsmasq.leases"),
    arg("expose_leases", "bool"),
  ],
};
