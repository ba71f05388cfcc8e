// blackbox (v1 and v2) → prometheus.exporter.blackbox. The module config is handed over as
// yaml.v2's re-serialisation of the YAML block (util.RawYAML), and the targets as the
// `targets` list of maps.

import { blackboxExporter } from "../../../components/prometheus/exporter/blackbox.js";
import { Duration } from "../../../components/values.js";
import { float, list, string, struct } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";
import { rawYaml } from "./raw-yaml.js";

const blackboxTarget = struct("blackbox_exporter.BlackboxTarget", { name: string, address: string, module: string });

export const blackboxIntegration = exporterIntegration({
  v1Name: "blackbox",
  v2Name: "blackbox",
  goName: "blackbox_exporter.plain",
  fields: {
    config_file: string,
    blackbox_targets: list(blackboxTarget),
    blackbox_config: rawYaml,
    probe_timeout_offset: float,
  },
  defaults: () => ({ probe_timeout_offset: 0.5 }),
  exporter: (cfg) => {
    const targets = cfg.blackbox_targets ?? [];
    return {
      component: blackboxExporter,
      values: {
        config_file: cfg.config_file,
        config: cfg.blackbox_config,
        targets: targets.length === 0 ? undefined : targets.map((t) => ({ name: t.name ?? "", address: t.address ?? "", module: t.module ?? "" })),
        // Seconds as a float64 converted straight to a time.Duration: whole nanoseconds, so 0.5 is 0s.
        probe_timeout_offset: new Duration(Math.trunc(cfg.probe_timeout_offset ?? 0) / 1e6),
      },
    };
  },
});
