// prometheus.exporter.process (component/prometheus/exporter/process Arguments), Go field
// order and SetToDefault.

import { arg, blocksOf, type ComponentSchema } from "../../schema.js";

export const processExporter: ComponentSchema = {
  name: "prometheus.exporter.process",
  fields: [
    blocksOf("matcher", [arg("name", "string"), arg("comm", "list"), arg("exe", "list"), arg("cmdline", "list")]),
    arg("procfs_path", "string", "/proc"),
    arg("track_children", "bool", true),
    arg("track_threads", "bool", true),
    arg("gather_smaps", "bool", true),
    arg("recheck_on_scrape", "bool"),
    arg("remove_empty_groups", "bool"),
  ],
};
