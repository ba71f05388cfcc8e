// The Agent's process_exporter integration (static/integrations/process_exporter) →
// prometheus.exporter.process, each process_names group a matcher block.

import { processExporter } from "../../../components/prometheus/exporter/process.js";
import { bool, list, string, struct } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

const matcherGroup = struct("config.MatcherGroup", {
  name: string,
  comm: list(string),
  exe: list(string),
  cmdline: list(string),
});

export const processIntegration = exporterIntegration({
  v1Name: "process_exporter",
  v2Name: "process",
  goName: "process_exporter.Config",
  fields: {
    process_names: list(matcherGroup, "config.MatcherRules"),
    procfs_path: string,
    track_children: bool,
    track_threads: bool,
    gather_smaps: bool,
    recheck_on_scrape: bool,
    remove_empty_groups: bool,
  },
  defaults: () => ({ procfs_path: "/proc", track_children: true, track_threads: true, gather_smaps: true }),
  exporter: (cfg) => ({
    component: processExporter,
    values: {
      matcher: (cfg.process_names ?? []).map((group) => ({
        name: group.name,
        comm: group.comm,
        exe: group.exe,
        cmdline: group.cmdline,
      })),
      procfs_path: cfg.procfs_path,
      track_children: cfg.track_children,
      track_threads: cfg.track_threads,
      gather_smaps: cfg.gather_smaps,
      recheck_on_scrape: cfg.recheck_on_scrape,
      remove_empty_groups: cfg.remove_empty_groups,
    },
  }),
});
