// mongodb_exporter (v1) / mongodb_configs (v2) → prometheus.exporter.mongodb. The Agent's
// defaults differ from Alloy's (direct_connect, discovering_mode), so a bare config writes them.

import { mongodbExporter } from "../../../components/prometheus/exporter/mongodb.js";
import { secret } from "../../shared/http-client.js";
import { bool } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";
import { pickValues } from "./pick.js";

const FLAGS = [
  "compatible_mode",
  "collect_all",
  "direct_connect",
  "discovering_mode",
  "enable_db_stats",
  "enable_db_stats_free_storage",
  "enable_diagnostic_data",
  "enable_replicaset_status",
  "enable_replicaset_config",
  "enable_currentop_metrics",
  "enable_top_metrics",
  "enable_index_stats",
  "enable_coll_stats",
  "enable_profile",
  "enable_shards",
  "enable_fcv",
  "enable_pbm_metrics",
] as const;

type Flag = (typeof FLAGS)[number];

export const mongodbExporterIntegration = exporterIntegration({
  v1Name: "mongodb_exporter",
  v2Name: "mongodb_configs",
  goName: "mongodb_exporter.plain",
  fields: { mongodb_uri: secret, ...(Object.fromEntries(FLAGS.map((f) => [f, bool])) as Record<Flag, typeof bool>) },
  defaults: () => ({ compatible_mode: true, collect_all: true, direct_connect: true, discovering_mode: true }),
  // The YAML keys are the Alloy argument names, so the mapping is one to one.
  exporter: (cfg) => ({ component: mongodbExporter, values: pickValues(cfg, ["mongodb_uri", ...FLAGS]) }),
});
