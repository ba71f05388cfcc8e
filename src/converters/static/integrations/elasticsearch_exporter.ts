// elasticsearch_exporter (v1) / elasticsearch_configs (v2) → prometheus.exporter.elasticsearch.

import { elasticsearchExporter } from "../../../components/prometheus/exporter/elasticsearch.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { basicAuthFields } from "../../shared/http-client.js";
import { bool, string, struct } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

/** prometheus/common's BasicAuth. */
const basicAuth = struct("config.BasicAuth", basicAuthFields);

export const elasticsearchExporterIntegration = exporterIntegration({
  v1Name: "elasticsearch_exporter",
  v2Name: "elasticsearch_configs",
  goName: "elasticsearch_exporter.plain",
  fields: {
    address: string,
    timeout: goDuration,
    all: bool,
    node: string,
    indices: bool,
    indices_settings: bool,
    cluster_settings: bool,
    shards: bool,
    aliases: bool,
    snapshots: bool,
    clusterinfo_interval: goDuration,
    ca: string,
    client_private_key: string,
    client_cert: string,
    ssl_skip_verify: bool,
    data_stream: bool,
    slm: bool,
    basic_auth: basicAuth,
  },
  defaults: () => ({
    address: "http://localhost:9200",
    timeout: new Duration(5_000),
    node: "_local",
    clusterinfo_interval: new Duration(300_000),
    aliases: true,
  }),
  exporter: (cfg) => ({
    component: elasticsearchExporter,
    values: {
      address: cfg.address,
      timeout: cfg.timeout,
      all: cfg.all,
      node: cfg.node,
      indices: cfg.indices,
      indices_settings: cfg.indices_settings,
      cluster_settings: cfg.cluster_settings,
      shards: cfg.shards,
      aliases: cfg.aliases,
      snapshots: cfg.snapshots,
      clusterinfo_interval: cfg.clusterinfo_interval,
      ca: cfg.ca,
      client_private_key: cfg.client_private_key,
      client_cert: cfg.client_cert,
      ssl_skip_verify: cfg.ssl_skip_verify,
      data_stream: cfg.data_stream,
      slm: cfg.slm,
      basic_auth: cfg.basic_auth && {
        username: cfg.basic_auth.username,
        password: cfg.basic_auth.password,
        password_file: cfg.basic_auth.password_file,
      },
    },
  }),
});
