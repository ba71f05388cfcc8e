// otelcol.storage.file (component/otelcol/storage/file).

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock } from "../config.js";

/** The compaction block SetToDefault gives the component (the Collector's compaction defaults, no directory). */
export const DEFAULT_COMPACTION = {
  on_start: false,
  on_rebound: false,
  rebound_needed_threshold_mib: 100,
  rebound_trigger_threshold_mib: 10,
  max_transaction_size: 65_536,
  check_interval: new Duration(5000),
  cleanup_on_start: false,
};

export const storageFile: ComponentSchema = {
  name: "otelcol.storage.file",
  fields: [
    arg("directory", "string"),
    arg("timeout", "duration", new Duration(1000)),
    // CompactionConfig has no SetToDefault of its own: once written, its fields compare with zero.
    blockOf(
      "compaction",
      [
        arg("on_start", "bool"),
        arg("on_rebound", "bool"),
        arg("directory", "string"),
        arg("rebound_needed_threshold_mib", "number"),
        arg("rebound_trigger_threshold_mib", "number"),
        arg("max_transaction_size", "number"),
        arg("check_interval", "duration"),
        arg("cleanup_on_start", "bool"),
      ],
      { defaultValue: DEFAULT_COMPACTION },
    ),
    arg("fsync", "bool"),
    arg("create_directory", "bool", true),
    arg("directory_permissions", "string", "0750"),
    debugMetricsBlock,
  ],
};
