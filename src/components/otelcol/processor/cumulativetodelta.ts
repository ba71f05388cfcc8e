// otelcol.processor.cumulativetodelta (component/otelcol/processor/cumulativetodelta).

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const matchFields = [arg("metrics", "list"), arg("match_type", "string")];

export const cumulativetodeltaProcessor: ComponentSchema = {
  name: "otelcol.processor.cumulativetodelta",
  fields: [
    arg("max_staleness", "duration"),
    arg("initial_value", "string", "auto"),
    blockOf("include", matchFields, { omitWhenEmpty: true }),
    blockOf("exclude", matchFields, { omitWhenEmpty: true }),
    outputBlock,
    debugMetricsBlock,
  ],
};
