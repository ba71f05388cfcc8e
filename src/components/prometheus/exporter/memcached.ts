// prometheus.exporter.memcached (component/prometheus/exporter/memcached Arguments), Go field
// order and SetToDefault.

import { tlsConfigFields } from "../../common/http-client.js";
import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const memcachedExporter: ComponentSchema = {
  name: "prometheus.exporter.memcached",
  fields: [
    arg("address", "string", "localhost:11211"),
    arg("timeout", "duration", new Duration(1_000)),
    // A pointer block: written whenever the Agent config has one.
    blockOf("tls_config", tlsConfigFields),
  ],
};
