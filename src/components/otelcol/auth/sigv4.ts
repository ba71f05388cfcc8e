// otelcol.auth.sigv4 (component/otelcol/auth/sigv4).

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock } from "../config.js";

export const sigv4Auth: ComponentSchema = {
  name: "otelcol.auth.sigv4",
  fields: [
    arg("region", "string"),
    arg("service", "string"),
    blockOf("assume_role", [arg("arn", "string"), arg("session_name", "string"), arg("sts_region", "string")], { omitWhenEmpty: true }),
    debugMetricsBlock,
  ],
};
