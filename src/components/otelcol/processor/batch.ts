// otelcol.processor.batch (component/otelcol/processor/batch).

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const batchProcessor: ComponentSchema = {
  name: "otelcol.processor.batch",
  fields: [
    arg("timeout", "duration", new Duration(200)),
    arg("send_batch_size", "number", 2000),
    arg("send_batch_max_size", "number", 3000),
    arg("metadata_keys", "list"),
    arg("metadata_cardinality_limit", "number", 1000),
    debugMetricsBlock,
    outputBlock,
  ],
};
