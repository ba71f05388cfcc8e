// cloudwatch_exporter (v1) / cloudwatch_configs (v2) → prometheus.exporter.cloudwatch.
// Upstream's mapping leaves the decoupled scraping settings and the SDK version switch
// out, so Alloy gets a zero `decoupled_scraping` block; lists of tags and dimensions
// become maps (always written, even empty), empty lists of jobs, roles or metrics nil.

import { cloudwatchExporter } from "../../../components/prometheus/exporter/cloudwatch.js";
import type { Values } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { bool, list, map, string, struct, type Infer, type SourceType } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

/** A *bool: an explicit null leaves it nil rather than false. */
const optionalBool: SourceType<boolean> = { goName: bool.goName, decode: bool.decode };

const tag = struct("cloudwatch_exporter.Tag", { key: string, value: string });
const role = struct("cloudwatch_exporter.Role", { role_arn: string, external_id: string });
const dimension = struct("cloudwatch_exporter.Dimension", { name: string, value: string });
const metric = struct("cloudwatch_exporter.Metric", {
  name: string,
  statistics: list(string),
  period: goDuration,
  length: goDuration,
  nil_to_zero: optionalBool,
});

/** The inline InlineRegionAndRoles and InlineCustomTags of every job. */
const jobCommon = { regions: list(string), roles: list(role), custom_tags: list(tag) };

const discoveryJob = struct("cloudwatch_exporter.DiscoveryJob", {
  ...jobCommon,
  search_tags: list(tag),
  type: string,
  dimension_name_requirements: list(string),
  metrics: list(metric),
  nil_to_zero: optionalBool,
});

const staticJob = struct("cloudwatch_exporter.StaticJob", {
  ...jobCommon,
  name: string,
  namespace: string,
  dimensions: list(dimension),
  metrics: list(metric),
  nil_to_zero: optionalBool,
});

const discoveryConfig = struct("cloudwatch_exporter.DiscoveryConfig", {
  exported_tags: map(list(string), "cloudwatch_exporter.TagsPerNamespace"),
  jobs: list(discoveryJob, "[]*cloudwatch_exporter.DiscoveryJob"),
});

const decoupledScrape = struct("cloudwatch_exporter.DecoupledScrapeConfig", { enabled: bool, scrape_interval: goDuration });

type Job = Infer<typeof discoveryJob> | Infer<typeof staticJob>;
type MetricSource = Infer<typeof metric>;

/** Go's append-to-nil loop: an empty list maps to nil. */
function nilIfEmpty<T, U>(items: T[] | undefined, f: (item: T) => U): U[] | undefined {
  return items && items.length > 0 ? items.map(f) : undefined;
}

function keyValues<T>(items: T[] | undefined, key: (item: T) => string | undefined, value: (item: T) => string | undefined): Record<string, string> {
  return Object.fromEntries((items ?? []).map((item) => [key(item) ?? "", value(item) ?? ""]));
}

const toTags = (tags: Infer<typeof tag>[] | undefined) => keyValues(tags, (t) => t.key, (t) => t.value);

function metricValues(m: MetricSource): Values {
  return { name: m.name, statistics: m.statistics, period: m.period, length: m.length, nil_to_zero: m.nil_to_zero };
}

function jobAuth(job: Job): Values {
  return { regions: job.regions, role: nilIfEmpty(job.roles, (r) => ({ role_arn: r.role_arn, external_id: r.external_id })) };
}

export const cloudwatchExporterIntegration = exporterIntegration({
  v1Name: "cloudwatch_exporter",
  v2Name: "cloudwatch_configs",
  goName: "cloudwatch_exporter.Config",
  fields: {
    sts_region: string,
    fips_disabled: bool,
    discovery: discoveryConfig,
    static: list(staticJob),
    debug: bool,
    aws_sdk_version_v2: bool,
    decoupled_scraping: decoupledScrape,
  },
  exporter: (cfg) => ({
    component: cloudwatchExporter,
    values: {
      sts_region: cfg.sts_region,
      fips_disabled: cfg.fips_disabled,
      debug: cfg.debug,
      discovery_exported_tags: cfg.discovery?.exported_tags,
      discovery: nilIfEmpty(cfg.discovery?.jobs, (job) => ({
        ...jobAuth(job),
        custom_tags: toTags(job.custom_tags),
        search_tags: toTags(job.search_tags),
        type: job.type,
        dimension_name_requirements: job.dimension_name_requirements,
        metric: nilIfEmpty(job.metrics, metricValues),
        nil_to_zero: job.nil_to_zero,
      })),
      static: nilIfEmpty(cfg.static, (job) => ({
        name: job.name ?? "",
        ...jobAuth(job),
        custom_tags: toTags(job.custom_tags),
        namespace: job.namespace,
        dimensions: keyValues(job.dimensions, (d) => d.name, (d) => d.value),
        metric: nilIfEmpty(job.metrics, metricValues),
        nil_to_zero: job.nil_to_zero,
      })),
      decoupled_scraping: {},
    },
  }),
});
