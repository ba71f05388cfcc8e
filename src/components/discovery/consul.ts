// discovery.consul (grafana/alloy internal/component/discovery/consul): arguments in Go
// struct order with SetToDefault's defaults, then the squashed HTTP client config.

import { httpClientFields } from "../common/http-client.js";
import { arg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryConsul: ComponentSchema = {
  name: "discovery.consul",
  fields: [
    arg("server", "string", "localhost:8500"),
    arg("token", "string"),
    arg("datacenter", "string"),
    arg("namespace", "string"),
    arg("partition", "string"),
    arg("tag_separator", "string", ","),
    arg("scheme", "string", "http"),
    arg("username", "string"),
    arg("password", "string"),
    arg("allow_stale", "bool", true),
    arg("services", "list"),
    arg("tags", "list"),
    arg("node_meta", "map"),
    arg("refresh_interval", "duration", new Duration(30_000)),
    ...httpClientFields,
  ],
};
