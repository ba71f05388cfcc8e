// otelcol.auth.headers (component/otelcol/auth/headers): one `header` block per header,
// each defaulting to the upsert action.

import { arg, blocksOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock } from "../config.js";

export const headersAuth: ComponentSchema = {
  name: "otelcol.auth.headers",
  fields: [
    blocksOf("header", [
      requiredArg("key", "string"),
      arg("value", "string"),
      arg("from_context", "string"),
      arg("from_attribute", "string"),
      arg("action", "string", "upsert"),
    ]),
    debugMetricsBlock,
  ],
};
