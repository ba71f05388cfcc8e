// otelcol.auth.oauth2 (component/otelcol/auth/oauth2): client credentials and the token
// client's TLS settings and timeout.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, tlsClientFields } from "../config.js";

export const oauth2Auth: ComponentSchema = {
  name: "otelcol.auth.oauth2",
  fields: [
    arg("client_id", "string"),
    arg("client_id_file", "string"),
    arg("client_secret", "string"),
    arg("client_secret_file", "string"),
    requiredArg("token_url", "string"),
    arg("endpoint_params", "map"),
    arg("scopes", "list"),
    blockOf("tls", tlsClientFields, { omitWhenEmpty: true }),
    arg("timeout", "duration"),
    debugMetricsBlock,
  ],
};
