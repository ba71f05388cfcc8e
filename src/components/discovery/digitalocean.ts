// discovery.digitalocean (grafana/alloy internal/component/discovery/digitalocean): only
// the bearer token and proxy parts of an HTTP client, in Go struct order.

import { proxyConfigFields } from "../common/http-client.js";
import { arg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryDigitalocean: ComponentSchema = {
  name: "discovery.digitalocean",
  fields: [
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
    arg("bearer_token", "string"),
    arg("bearer_token_file", "string"),
    ...proxyConfigFields,
    arg("follow_redirects", "bool", true),
    arg("enable_http2", "bool", true),
  ],
};
