// memcached_exporter (v1) / memcached_configs (v2) → prometheus.exporter.memcached.

import { memcachedExporter } from "../../../components/prometheus/exporter/memcached.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { tlsConfigSource, tlsConfigValues } from "../../shared/http-client.js";
import { string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const memcachedExporterIntegration = exporterIntegration({
  v1Name: "memcached_exporter",
  v2Name: "memcached_configs",
  goName: "memcached_exporter.plain",
  fields: { memcached_address: string, timeout: goDuration, tls_config: tlsConfigSource },
  defaults: () => ({ memcached_address: "localhost:11211", timeout: new Duration(1_000) }),
  exporter: (cfg) => ({
    component: memcachedExporter,
    values: {
      address: cfg.memcached_address,
      timeout: cfg.timeout,
      // A nil TLS config stays nil.
      tls_config: cfg.tls_config && tlsConfigValues(cfg.tls_config),
    },
  }),
});
