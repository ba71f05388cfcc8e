// azure_exporter (v1) / azure_configs (v2) → prometheus.exporter.azure.

import { azureExporter } from "../../../components/prometheus/exporter/azure.js";
import { bool, list, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const azureExporterIntegration = exporterIntegration({
  v1Name: "azure_exporter",
  v2Name: "azure_configs",
  goName: "azure_exporter.plain",
  fields: {
    subscriptions: list(string),
    resource_graph_query_filter: string,
    regions: list(string),
    resource_type: string,
    metrics: list(string),
    metric_aggregations: list(string),
    timespan: string,
    interval: string,
    included_dimensions: list(string),
    included_resource_tags: list(string),
    metric_namespace: string,
    metric_name_template: string,
    metric_help_template: string,
    validate_dimensions: bool,
    azure_cloud_environment: string,
    use_batch_api: bool,
  },
  defaults: () => ({
    timespan: "PT5M",
    interval: "PT1M",
    metric_name_template: "azure_{type}_{metric}_{aggregation}_{unit}",
    metric_help_template: "Azure metric {metric} for {type} with aggregation {aggregation} as {unit}",
    included_resource_tags: ["owner"],
    azure_cloud_environment: "azurecloud",
    validate_dimensions: false,
  }),
  exporter: (cfg) => ({
    component: azureExporter,
    values: {
      subscriptions: cfg.subscriptions,
      resource_graph_query_filter: cfg.resource_graph_query_filter,
      resource_type: cfg.resource_type,
      metrics: cfg.metrics,
      metric_aggregations: cfg.metric_aggregations,
      timespan: cfg.timespan,
      interval: cfg.interval,
      included_dimensions: cfg.included_dimensions,
      included_resource_tags: cfg.included_resource_tags,
      metric_namespace: cfg.metric_namespace,
      metric_name_template: cfg.metric_name_template,
      metric_help_template: cfg.metric_help_template,
      azure_cloud_environment: cfg.azure_cloud_environment,
      validate_dimensions: cfg.validate_dimensions,
      regions: cfg.regions,
      use_batch_api: cfg.use_batch_api,
    },
  }),
});
