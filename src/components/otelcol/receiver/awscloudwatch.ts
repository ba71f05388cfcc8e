// otelcol.receiver.awscloudwatch (component/otelcol/receiver/awscloudwatch). Alloy v1.19's
// logs block ends with start_from and initial_lookback (the corpus prints initial_lookback
// after the groups block); it has no metrics block yet.

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const streamFields: Schema = [arg("prefixes", "list"), arg("names", "list")];

const autodiscoverFields: Schema = [
  arg("prefix", "string"),
  arg("pattern", "string"),
  // AutodiscoverConfig.SetToDefault points limit at 50.
  arg("limit", "number", 50),
  blockOf("streams", streamFields, { omitWhenEmpty: true }),
  arg("account_identifiers", "list"),
  // A *bool: nil is its zero, so an explicit false is still written.
  arg("include_linked_accounts", "expr"),
];

const logsFields: Schema = [
  arg("poll_interval", "duration", new Duration(60_000)),
  arg("max_events_per_request", "number", 1000),
  blockOf(
    "groups",
    [blockOf("autodiscover", autodiscoverFields), blocksOf("named", [requiredArg("group_name", "string"), ...streamFields])],
    { omitWhenEmpty: true },
  ),
  arg("start_from", "string"),
  arg("initial_lookback", "duration"),
];

export const awsCloudWatchReceiver: ComponentSchema = {
  name: "otelcol.receiver.awscloudwatch",
  fields: [
    requiredArg("region", "string"),
    arg("profile", "string"),
    arg("imds_endpoint", "string"),
    blockOf("logs", logsFields, { omitWhenEmpty: true, defaultValue: { poll_interval: new Duration(60_000), max_events_per_request: 1000 } }),
    arg("storage", "expr"),
    debugMetricsBlock,
    outputBlock,
  ],
};
