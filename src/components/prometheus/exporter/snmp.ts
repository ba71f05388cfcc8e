// prometheus.exporter.snmp (component/prometheus/exporter/snmp Arguments), Go field order.
// Its ConfigStruct field has no alloy tag, so an inline snmp_config is never written.

import { arg, blocksOf, type ComponentSchema } from "../../schema.js";

export const snmpExporter: ComponentSchema = {
  name: "prometheus.exporter.snmp",
  fields: [
    arg("config_file", "string"),
    arg("config", "string"),
    blocksOf(
      "target",
      [
        arg("address", "string"),
        arg("module", "string"),
        arg("auth", "string"),
        arg("walk_params", "string"),
        arg("snmp_context", "string"),
      ],
      { label: "name" },
    ),
    blocksOf(
      "walk_param",
      [arg("max_repetitions", "number"), arg("retries", "number"), arg("timeout", "duration"), arg("use_unconnected_udp_socket", "bool")],
      { label: "name" },
    ),
    arg("targets", "list"),
  ],
};
