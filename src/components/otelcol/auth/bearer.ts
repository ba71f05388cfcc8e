// otelcol.auth.bearer (component/otelcol/auth/bearer): the token is a required secret; a
// token file is read by a local.file component instead.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock } from "../config.js";

export const bearerAuth: ComponentSchema = {
  name: "otelcol.auth.bearer",
  fields: [arg("scheme", "string", "Bearer"), requiredArg("token", "string"), arg("header", "string", "Authorization"), debugMetricsBlock],
};
