// otelcol.receiver.file_stats (component/otelcol/receiver/file_stats): the scraper
// controller and the metrics builder are squashed into the arguments.

import { arg, blocksOf, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";
import { controllerFields, toggleBlocks } from "../scraper.js";

/** mdatagen's defaults for the receiver's metrics and resource attributes. */
export const FILE_STATS_METRICS = { "file.atime": false, "file.count": false, "file.ctime": false, "file.mtime": true, "file.size": true };
export const FILE_STATS_RESOURCE_ATTRIBUTES = { "file.name": true, "file.path": false };

const filterFields = [arg("strict", "string"), arg("regexp", "string")];

const toggleDefaults = (defaults: Record<string, boolean>) => Object.fromEntries(Object.entries(defaults).map(([k, enabled]) => [k, { enabled }]));

export const fileStatsReceiver: ComponentSchema = {
  name: "otelcol.receiver.file_stats",
  fields: [
    requiredArg("include", "string"),
    ...controllerFields(),
    blockOf("metrics", toggleBlocks(FILE_STATS_METRICS), { omitWhenEmpty: true, defaultValue: toggleDefaults(FILE_STATS_METRICS) }),
    blockOf("resource_attributes", toggleBlocks(FILE_STATS_RESOURCE_ATTRIBUTES, [blocksOf("metrics_include", filterFields), blocksOf("metrics_exclude", filterFields)]), {
      omitWhenEmpty: true,
      defaultValue: toggleDefaults(FILE_STATS_RESOURCE_ATTRIBUTES),
    }),
    debugMetricsBlock,
    outputBlock,
  ],
};
