// discovery.azure (grafana/alloy internal/component/discovery/azure): arguments in Go
// struct order with SetToDefault's defaults. The proxy config and headers are squashed
// pointers in Go, so their attributes sit directly in the body.

import { proxyConfigFields, tlsConfigFields } from "../common/http-client.js";
import { arg, blockOf, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryAzure: ComponentSchema = {
  name: "discovery.azure",
  fields: [
    arg("environment", "string", "AzurePublicCloud"),
    arg("port", "number", 80),
    arg("subscription_id", "string"),
    // The four authentication blocks are Go pointers: present means written, even empty.
    blockOf("oauth", [requiredArg("client_id", "string"), requiredArg("tenant_id", "string"), requiredArg("client_secret", "string")]),
    blockOf("managed_identity", [requiredArg("client_id", "string")]),
    blockOf("sdk_auth", [arg("tenant_id", "string")]),
    blockOf("workload_identity", []),
    arg("refresh_interval", "duration", new Duration(5 * 60_000)),
    arg("resource_group", "string"),
    ...proxyConfigFields,
    arg("follow_redirects", "bool", true),
    arg("enable_http2", "bool", true),
    blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
    arg("http_headers", "map"),
  ],
};
