// connectors: service_graph (formerly servicegraph) → otelcol.connector.servicegraph
//
// The processor-era `metrics_exporter` key went in v0.143.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { servicegraphConnector } from "../../../components/otelcol/connector/servicegraph.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, int, integer, list, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { scalarPointer } from "../shared/connectors.js";

const config = struct("servicegraphconnector.Config", {
  latencyHistogramBuckets: { key: "latency_histogram_buckets", shape: list(duration) },
  exponentialHistogramMaxSize: { key: "exponential_histogram_max_size", shape: integer("int32") },
  dimensions: { key: "dimensions", shape: list(str) },
  store: {
    key: "store",
    shape: struct("servicegraphconnector.StoreConfig", {
      maxItems: { key: "max_items", shape: int },
      ttl: { key: "ttl", shape: duration },
    }),
  },
  cacheLoop: { key: "cache_loop", shape: duration },
  storeExpirationLoop: { key: "store_expiration_loop", shape: duration },
  virtualNodePeerAttributes: { key: "virtual_node_peer_attributes", shape: list(str) },
  virtualNodeExtraLabel: { key: "virtual_node_extra_label", shape: bool },
  metricsFlushInterval: { key: "metrics_flush_interval", shape: scalarPointer(duration) },
  databaseNameAttributes: { key: "database_name_attributes", shape: list(str) },
  metricsTimestampOffset: { key: "metrics_timestamp_offset", shape: duration },
});
type Config = Infer<typeof config>;

// Alloy's converter flushes every 60s when the Collector leaves the interval unset.
const DEFAULT_FLUSH_INTERVAL = 60_000;

export const servicegraphConnectorConverter: OtelcolComponent<Config> = {
  kind: "connector",
  // Renamed upstream after v0.147 (snake_case type names); the old name stays a deprecated alias.
  type: "service_graph",
  aliases: ["servicegraph"],
  config,
  defaultConfig: () => ({
    ...config.zero(),
    store: { maxItems: 1000, ttl: 2000 },
    cacheLoop: 60_000,
    storeExpirationLoop: 2000,
  }),
  inputName: "otelcol.connector.servicegraph",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(servicegraphConnector, state.label(), {
        latency_histogram_buckets: cfg.latencyHistogramBuckets?.map((ms) => new Duration(ms)),
        dimensions: cfg.dimensions,
        store: { max_items: cfg.store.maxItems, ttl: new Duration(cfg.store.ttl) },
        cache_loop: new Duration(cfg.cacheLoop),
        store_expiration_loop: new Duration(cfg.storeExpirationLoop),
        virtual_node_peer_attributes: cfg.virtualNodePeerAttributes,
        metrics_flush_interval: new Duration(cfg.metricsFlushInterval ?? DEFAULT_FLUSH_INTERVAL),
        database_name_attributes: cfg.databaseNameAttributes,
        output: consumerOutput(state, ["metrics"]),
      }),
    );
  },
};
