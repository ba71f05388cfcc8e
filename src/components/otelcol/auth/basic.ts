// otelcol.auth.basic (component/otelcol/auth/basic).

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock } from "../config.js";

export const basicAuth: ComponentSchema = {
  name: "otelcol.auth.basic",
  fields: [
    arg("username", "string"),
    arg("password", "string"),
    blockOf("htpasswd", [arg("file", "string"), arg("inline", "string")]),
    debugMetricsBlock,
  ],
};
