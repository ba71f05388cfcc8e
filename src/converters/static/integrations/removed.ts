// Integrations Alloy no longer has: read so the config loads, refused with Alloy's texts.

import { bool, int, string } from "../../yaml/types.js";
import { goDuration } from "../../shared/go-duration.js";
import type { SpecialIntegration } from "./kinds.js";

/** vsphere (vmware_exporter): removed in Alloy v1.0. */
export const vsphere: SpecialIntegration = {
  v1Name: "vsphere",
  v2Name: "vsphere",
  goName: "vmware_exporter.Config",
  fields: {
    vsphere_url: string,
    vsphere_user: string,
    vsphere_password: string,
    request_chunk_size: int,
    collect_concurrency: int,
    object_discovery_interval: goDuration,
    enable_exporter_metrics: bool,
  },
  validateV2(_cfg, diags, at) {
    diags.add(
      "Error",
      "Support for the vsphere integration has been removed in Alloy v1.0, and conversion will not be performed.",
      at(),
      "To achieve similar functionality, consider creating an otelcol.receiver.vcenter component and converting generated metrics to a Prometheus pipeline using otelcol.exporter.prometheus.",
    );
  },
};
