// otelcol.processor.interval (component/otelcol/processor/interval).

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const intervalProcessor: ComponentSchema = {
  name: "otelcol.processor.interval",
  fields: [
    arg("interval", "duration", new Duration(60_000)),
    blockOf("passthrough", [arg("gauge", "bool"), arg("summary", "bool")], { omitWhenEmpty: true }),
    outputBlock,
    debugMetricsBlock,
  ],
};
