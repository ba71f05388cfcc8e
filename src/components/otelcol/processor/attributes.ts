// otelcol.processor.attributes (component/otelcol/processor/attributes).

import type { ComponentSchema } from "../../schema.js";
import { attrActionBlocks, matchConfigBlocks } from "../attraction.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const attributesProcessor: ComponentSchema = {
  name: "otelcol.processor.attributes",
  fields: [...matchConfigBlocks, attrActionBlocks, outputBlock, debugMetricsBlock],
};
