// prometheus.exporter.elasticsearch (component/prometheus/exporter/elasticsearch Arguments),
// Go field order and SetToDefault.

import { basicAuthFields } from "../../common/http-client.js";
import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const elasticsearchExporter: ComponentSchema = {
  name: "prometheus.exporter.elasticsearch",
  fields: [
    arg("address", "string", "http://localhost:9200"),
    arg("timeout", "duration", new Duration(5_000)),
    arg("all", "bool"),
    arg("node", "string", "_local"),
    arg("indices", "bool"),
    arg("indices_settings", "bool"),
    arg("cluster_settings", "bool"),
    arg("shards", "bool"),
    arg("aliases", "bool", true),
    arg("snapshots", "bool"),
    arg("clusterinfo_interval", "duration", new Duration(300_000)),
    arg("ca", "string"),
    arg("client_private_key", "string"),
    arg("client_cert", "string"),
    arg("ssl_skip_verify", "bool"),
    arg("data_stream", "bool"),
    arg("slm", "bool"),
    // A pointer block: written whenever the mapping provides it.
    blockOf("basic_auth", basicAuthFields),
  ],
};
