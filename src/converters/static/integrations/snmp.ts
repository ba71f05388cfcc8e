// The Agent's snmp integration (static/integrations/snmp_exporter, and its integrations-next
// twin) → prometheus.exporter.snmp. Targets become the `targets` list, each with all six
// keys; walk_params become walk_param blocks labelled by their name. An inline snmp_config
// lands in a field Alloy never writes, so it is dropped as upstream does.

import { snmpExporter } from "../../../components/prometheus/exporter/snmp.js";
import { sanitizeIdentifier } from "../../../components/labels.js";
import { goDuration } from "../../shared/go-duration.js";
import { anyValue, bool, int, list, map, string, struct, uint32 } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

const snmpTarget = struct("snmp_exporter.SNMPTarget", {
  name: string,
  address: string,
  module: string,
  auth: string,
  walk_params: string,
  snmp_context: string,
});

const walkParams = struct("config.WalkParams", {
  max_repetitions: uint32,
  retries: int,
  timeout: goDuration,
  use_unconnected_udp_socket: bool,
  allow_nonincreasing_oids: bool,
});

export const snmpIntegration = exporterIntegration({
  v1Name: "snmp",
  v2Name: "snmp",
  goName: "snmp_exporter.Config",
  fields: {
    config_file: string,
    snmp_targets: list(snmpTarget),
    walk_params: map(walkParams),
    snmp_config: anyValue,
  },
  exporter: (cfg) => ({
    component: snmpExporter,
    values: {
      config_file: cfg.config_file,
      targets: cfg.snmp_targets?.map((t) => ({
        name: t.name ?? "",
        address: t.address ?? "",
        module: t.module ?? "",
        auth: t.auth ?? "",
        walk_params: t.walk_params ?? "",
        snmp_context: t.snmp_context ?? "",
      })),
      // Upstream walks a Go map here, in no fixed order; the YAML's order is as good as any.
      walk_param: Object.entries(cfg.walk_params ?? {}).map(([name, p]) => ({
        name: sanitizeIdentifier(name),
        max_repetitions: p.max_repetitions,
        retries: p.retries,
        timeout: p.timeout,
        use_unconnected_udp_socket: p.use_unconnected_udp_socket,
      })),
    },
  }),
});
