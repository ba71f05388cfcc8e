// prometheus.exporter.azure (component/prometheus/exporter/azure Arguments), Go field order
// and SetToDefault. `interval` sits beside `timespan`; their defaults are the Agent's
// (PT5M, PT1M): the corpus writes neither for a config that sets neither.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";

export const azureExporter: ComponentSchema = {
  name: "prometheus.exporter.azure",
  fields: [
    requiredArg("subscriptions", "list"),
    arg("resource_graph_query_filter", "string"),
    requiredArg("resource_type", "string"),
    requiredArg("metrics", "list"),
    arg("metric_aggregations", "list"),
    arg("timespan", "string", "PT5M"),
    arg("interval", "string", "PT1M"),
    arg("included_dimensions", "list"),
    arg("included_resource_tags", "list", ["owner"]),
    arg("metric_namespace", "string"),
    arg("metric_name_template", "string", "azure_{type}_{metric}_{aggregation}_{unit}"),
    arg("metric_help_template", "string", "Azure metric {metric} for {type} with aggregation {aggregation} as {unit}"),
    arg("azure_cloud_environment", "string", "azurecloud"),
    arg("validate_dimensions", "bool"),
    arg("regions", "list"),
    arg("use_batch_api", "bool"),
  ],
};
