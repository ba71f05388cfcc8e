// discovery.consulagent (grafana/alloy internal/component/discovery/consulagent).

import { tlsConfigFields } from "../common/http-client.js";
import { arg, blockOf, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryConsulAgent: ComponentSchema = {
  name: "discovery.consulagent",
  fields: [
    arg("server", "string", "localhost:8500"),
    arg("token", "string"),
    arg("datacenter", "string"),
    arg("tag_separator", "string", ","),
    arg("scheme", "string", "http"),
    arg("username", "string"),
    arg("password", "string"),
    arg("refresh_interval", "duration", new Duration(30_000)),
    arg("services", "list"),
    arg("tags", "list"),
    blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
  ],
};
