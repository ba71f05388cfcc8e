// prometheus.exporter.mongodb (component/prometheus/exporter/mongodb Arguments), Go field
// order and SetToDefault.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";

export const mongodbExporter: ComponentSchema = {
  name: "prometheus.exporter.mongodb",
  fields: [
    /** A secret, written as a plain string. */
    requiredArg("mongodb_uri", "string"),
    arg("compatible_mode", "bool", true),
    arg("collect_all", "bool", true),
    arg("direct_connect", "bool"),
    arg("discovering_mode", "bool"),
    arg("enable_db_stats", "bool"),
    arg("enable_db_stats_free_storage", "bool"),
    arg("enable_diagnostic_data", "bool"),
    arg("enable_replicaset_status", "bool"),
    arg("enable_replicaset_config", "bool"),
    arg("enable_currentop_metrics", "bool"),
    arg("enable_top_metrics", "bool"),
    arg("enable_index_stats", "bool"),
    arg("enable_coll_stats", "bool"),
    arg("enable_profile", "bool"),
    arg("enable_shards", "bool"),
    arg("enable_fcv", "bool"),
    arg("enable_pbm_metrics", "bool"),
  ],
};
