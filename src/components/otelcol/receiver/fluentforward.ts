// otelcol.receiver.fluentforward (component/otelcol/receiver/fluentforward): a listen
// address; its output block takes logs only.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock } from "../config.js";

export const fluentforwardReceiver: ComponentSchema = {
  name: "otelcol.receiver.fluentforward",
  fields: [requiredArg("endpoint", "string"), debugMetricsBlock, blockOf("output", [arg("logs", "list")])],
};
