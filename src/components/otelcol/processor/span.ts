// otelcol.processor.span (component/otelcol/processor/span).

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { matchConfigBlocks } from "../attraction.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const spanProcessor: ComponentSchema = {
  name: "otelcol.processor.span",
  fields: [
    ...matchConfigBlocks,
    blockOf(
      "name",
      [
        arg("from_attributes", "list"),
        arg("separator", "string"),
        blockOf("to_attributes", [requiredArg("rules", "list"), arg("break_after_match", "bool"), arg("keep_original_name", "bool")]),
      ],
      { omitWhenEmpty: true },
    ),
    blockOf("status", [requiredArg("code", "string"), arg("description", "string")]),
    outputBlock,
    debugMetricsBlock,
  ],
};
