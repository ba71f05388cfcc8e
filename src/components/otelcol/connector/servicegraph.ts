// otelcol.connector.servicegraph (component/otelcol/connector/servicegraph): service graph
// edges as metrics.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const STORE_DEFAULT = { max_items: 1000, ttl: new Duration(2000) };

export const servicegraphConnector: ComponentSchema = {
  name: "otelcol.connector.servicegraph",
  fields: [
    arg(
      "latency_histogram_buckets",
      "list",
      [2, 4, 6, 8, 10, 50, 100, 200, 400, 800, 1000, 1400, 2000, 5000, 10_000, 15_000].map((ms) => new Duration(ms)),
    ),
    arg("dimensions", "list", []),
    blockOf("store", [arg("max_items", "number", 1000), arg("ttl", "duration", new Duration(2000))], { omitWhenEmpty: true, defaultValue: STORE_DEFAULT }),
    arg("cache_loop", "duration", new Duration(60_000)),
    arg("store_expiration_loop", "duration", new Duration(2000)),
    arg("virtual_node_peer_attributes", "list"),
    arg("metrics_flush_interval", "duration", new Duration(60_000)),
    arg("database_name_attributes", "list", ["db.name"]),
    outputBlock,
    debugMetricsBlock,
  ],
};
