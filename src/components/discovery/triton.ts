// discovery.triton (grafana/alloy internal/component/discovery/triton): arguments in Go
// struct order with SetToDefault's defaults.

import { tlsConfigFields } from "../common/http-client.js";
import { arg, blockOf, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryTriton: ComponentSchema = {
  name: "discovery.triton",
  fields: [
    requiredArg("account", "string"),
    arg("role", "string", "container"),
    requiredArg("dns_suffix", "string"),
    requiredArg("endpoint", "string"),
    arg("groups", "list"),
    arg("port", "number", 9163),
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("version", "number", 1),
    // A value block in Go: left out when nothing in it is set.
    blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
  ],
};
