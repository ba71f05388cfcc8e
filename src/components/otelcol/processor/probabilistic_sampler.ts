// otelcol.processor.probabilistic_sampler (component/otelcol/processor/probabilistic_sampler).

import { arg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const probabilisticSamplerProcessor: ComponentSchema = {
  name: "otelcol.processor.probabilistic_sampler",
  fields: [
    arg("sampling_percentage", "number"),
    arg("hash_seed", "number"),
    arg("mode", "string"),
    arg("fail_closed", "bool", true),
    arg("sampling_precision", "number", 4),
    arg("attribute_source", "string", "traceID"),
    arg("from_attribute", "string"),
    arg("sampling_priority", "string"),
    outputBlock,
    debugMetricsBlock,
  ],
};
