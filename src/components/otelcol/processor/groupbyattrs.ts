// otelcol.processor.groupbyattrs (component/otelcol/processor/groupbyattrs).

import { arg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const groupByAttrsProcessor: ComponentSchema = {
  name: "otelcol.processor.groupbyattrs",
  // SetToDefault gives an empty, non-nil key list.
  fields: [arg("keys", "list", []), outputBlock, debugMetricsBlock],
};
