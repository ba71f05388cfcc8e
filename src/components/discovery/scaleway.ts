// discovery.scaleway (grafana/alloy internal/component/discovery/scaleway): arguments in Go
// struct order with SetToDefault's defaults. The proxy config and headers are squashed
// pointers in Go, so their attributes sit directly in the body.

import { proxyConfigFields, tlsConfigFields } from "../common/http-client.js";
import { arg, blockOf, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryScaleway: ComponentSchema = {
  name: "discovery.scaleway",
  fields: [
    requiredArg("project_id", "string"),
    requiredArg("role", "string"),
    arg("api_url", "string", "https://api.scaleway.com"),
    arg("zone", "string", "fr-par-1"),
    requiredArg("access_key", "string"),
    arg("secret_key", "string"),
    arg("secret_key_file", "string"),
    arg("name_filter", "string"),
    arg("tags_filter", "list"),
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
    ...proxyConfigFields,
    blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
    arg("follow_redirects", "bool", true),
    arg("enable_http2", "bool", true),
    arg("http_headers", "map"),
  ],
};
