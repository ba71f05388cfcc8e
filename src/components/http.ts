// Alloy's top-level `http` block (service/http Arguments): the TLS settings of its server.

import { arg, blockOf, type ComponentSchema } from "./schema.js";
import { Duration } from "./values.js";

export const httpService: ComponentSchema = {
  name: "http",
  fields: [
    blockOf("tls", [
      arg("cert_pem", "string"),
      arg("cert_file", "string"),
      arg("key_pem", "string"),
      arg("key_file", "string"),
      arg("client_ca_pem", "string"),
      arg("client_ca_file", "string"),
      arg("client_auth_type", "string", "NoClientCert"),
      arg("cipher_suites", "list"),
      arg("curve_preferences", "list"),
      arg("min_version", "string"),
      arg("max_version", "string"),
      blockOf("windows_certificate_filter", [
        blockOf("server", [
          arg("store", "string"),
          arg("system_store", "string"),
          arg("issuer_common_names", "list"),
          arg("template_id", "string"),
          arg("refresh_interval", "duration", new Duration(300_000)),
        ]),
        blockOf("client", [arg("issuer_common_names", "list"), arg("subject_regex", "string"), arg("template_id", "string")]),
      ]),
    ]),
  ],
};
