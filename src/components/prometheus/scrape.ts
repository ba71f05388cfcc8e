// prometheus.scrape (component/prometheus/scrape Arguments), Go field order and SetToDefault.

import { Duration } from "../values.js";
import { httpClientFields } from "../common/http-client.js";
import { arg, blockOf, requiredArg, type ComponentSchema } from "../schema.js";

const DEFAULT_SCRAPE_PROTOCOLS = ["OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText1.0.0", "PrometheusText0.0.4"];

export const prometheusScrape: ComponentSchema = {
  name: "prometheus.scrape",
  fields: [
    requiredArg("targets", "expr"),
    requiredArg("forward_to", "expr"),
    arg("job_name", "string"),
    arg("honor_labels", "bool"),
    arg("honor_timestamps", "bool", true),
    arg("track_timestamps_staleness", "bool"),
    arg("params", "map"),
    arg("scrape_classic_histograms", "bool"),
    arg("scrape_native_histograms", "bool"),
    arg("scrape_failure_log_file", "string"),
    arg("scrape_interval", "duration", new Duration(60_000)),
    arg("scrape_timeout", "duration", new Duration(10_000)),
    arg("scrape_protocols", "list", DEFAULT_SCRAPE_PROTOCOLS),
    arg("metrics_path", "string", "/metrics"),
    arg("scheme", "string", "http"),
    arg("body_size_limit", "string"),
    arg("sample_limit", "number"),
    arg("target_limit", "number"),
    arg("label_limit", "number"),
    arg("label_name_length_limit", "number"),
    arg("label_value_length_limit", "number"),
    ...httpClientFields,
    arg("extra_metrics", "bool"),
    arg("enable_protobuf_negotiation", "bool"),
    arg("metric_name_validation_scheme", "string", "legacy"),
    arg("metric_name_escaping_scheme", "string"),
    arg("scrape_fallback_protocol", "string", "PrometheusText0.0.4"),
    arg("convert_classic_histograms_to_nhcb", "bool"),
    arg("enable_compression", "bool", true),
    arg("native_histogram_bucket_limit", "number"),
    arg("native_histogram_min_bucket_factor", "number"),
    arg("honor_metadata", "bool"),
    blockOf("clustering", [arg("enabled", "bool")], { omitWhenEmpty: true }),
  ],
};
