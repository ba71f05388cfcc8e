// Promtail's configuration file as Promtail reads it (grafana/alloy internal/loki/promtail,
// a copy of grafana/loki clients/pkg/promtail): YAML keys, the Go type names its strict
// decoding errors mention, the defaults its flags register and its load-time validation.

import { discoveryFor } from "../prometheus/discovery/index.js";
import { httpClientDefaults, httpClientSource, tlsConfigSource, validateHttpClient } from "../shared/http-client.js";
import { modelDuration } from "../shared/duration.js";
import { targetGroupSource } from "../shared/target-group.js";
import { labelSet } from "../shared/label-names.js";
import { relabelConfigSource } from "../shared/relabel.js";
import { Duration } from "../../components/values.js";
import { anyValue, bool, DecodeFailure, lineOf, located, float, int, list, map, parsed, string, struct, uint32, type Infer, type SourceType } from "../yaml/types.js";
import { parseByteSize } from "../shared/bytes.js";
import { goUrl } from "../shared/url.js";
import { goDuration } from "../shared/go-duration.js";
import { consulAgentSource } from "./consulagent-source.js";
import { promtailServerDefaults, promtailServerSource, pushServerSource } from "./server-source.js";
import { goQuote } from "../shared/go-format.js";

const backoffDefaults = () => ({ min_period: new Duration(500), max_period: new Duration(300_000), max_retries: 10 });
const backoffSource = struct(
  "backoff.Config",
  { min_period: goDuration, max_period: goDuration, max_retries: int },
  { defaults: backoffDefaults },
);

export const clientSource = struct(
  "client.raw",
  {
    name: string,
    // dskit's URLValue: refused when Go's url.Parse refuses it; empty means none.
    url: goUrl,
    batchwait: goDuration,
    batchsize: int,
    ...httpClientSource,
    headers: map(string),
    backoff_config: backoffSource,
    external_labels: labelSet,
    timeout: goDuration,
    tenant_id: string,
    drop_rate_limited_batches: bool,
  },
  {
    defaults: () => ({
      ...httpClientDefaults(),
      batchwait: new Duration(1000),
      batchsize: 1024 * 1024,
      timeout: new Duration(10_000),
      backoff_config: backoffDefaults(),
    }),
    validate: (c, _ctx, line) => validateHttpClient(c, line),
  },
);
export type ClientSource = Infer<typeof clientSource>;

// Go decodes into structs that already hold the flag defaults, so a block that sets some
// keys keeps the defaults of the others: each struct carries its own defaults.
const watchDefaults = () => ({ min_poll_frequency: new Duration(250), max_poll_frequency: new Duration(250) });
export const watchConfigSource = struct(
  "file.WatchConfig",
  { min_poll_frequency: goDuration, max_poll_frequency: goDuration },
  { defaults: watchDefaults },
);

const globalDefaults = () => ({ file_watch_config: watchDefaults() });
const globalSource = struct("config.GlobalConfig", { file_watch_config: watchConfigSource }, { defaults: globalDefaults });

const positionsDefaults = () => ({ filename: "/var/log/positions.yaml", sync_period: new Duration(10_000) });
export const positionsSource = struct(
  "positions.Config",
  { sync_period: goDuration, filename: string, ignore_invalid_yaml: bool },
  { defaults: positionsDefaults },
);

const targetConfigDefaults = () => ({ sync_period: new Duration(10_000) });
export const targetConfigSource = struct("file.Config", { sync_period: goDuration, stdin: bool }, { defaults: targetConfigDefaults });

/** flagext.ByteSize: a number of bytes or a size such as `256KB`, read as its Set reads a flag. */
const byteSize: SourceType<number> = parsed((text, line) => {
  const size = parseByteSize(text);
  if ("error" in size) throw new DecodeFailure(size.error, line);
  return Number(size.bytes);
});

const limitsDefaults = () => ({ readline_rate: 10_000, readline_burst: 10_000, readline_rate_drop: true });
export const limitsSource = struct(
  "limit.Config",
  {
    readline_rate: float,
    readline_burst: int,
    readline_rate_enabled: bool,
    readline_rate_drop: bool,
    max_streams: int,
    max_line_size: byteSize,
    max_line_size_truncate: bool,
  },
  { defaults: limitsDefaults },
);

// Alloy's own tracing.Config, which has only the switch (Loki's also had profiling_enabled).
const tracingDefaults = () => ({ enabled: true });
const tracingSource = struct("tracing.Config", { enabled: bool }, { defaults: tracingDefaults });

// The WAL's keys are camel-cased; its UnmarshalYAML applies these defaults (hence `plain`).
const walWatchDefaults = () => ({ minReadFrequency: new Duration(250), maxReadFrequency: new Duration(1000) });
const walSource = struct(
  "wal.plain",
  {
    enabled: bool,
    dir: string,
    cleanSegmentsOlderThan: goDuration,
    watchConfig: struct("wal.WatchConfig", { minReadFrequency: goDuration, maxReadFrequency: goDuration }, { defaults: walWatchDefaults }),
  },
  { defaults: () => ({ cleanSegmentsOlderThan: new Duration(3_600_000), watchConfig: walWatchDefaults() }) },
);
const optionsSource = struct("config.Options", {});

const journalSource = struct("scrapeconfig.JournalTargetConfig", {
  max_age: string,
  json: bool,
  labels: labelSet,
  path: string,
  matches: string,
});

const syslogSource = struct("scrapeconfig.SyslogTargetConfig", {
  listen_address: string,
  listen_protocol: string,
  idle_timeout: goDuration,
  label_structured_data: bool,
  labels: labelSet,
  use_incoming_timestamp: bool,
  use_rfc5424_message: bool,
  syslog_format: string,
  max_message_length: int,
  tls_config: tlsConfigSource,
  raw_format_options: struct("scrapeconfig.SyslogRawFormatOptions", { use_null_terminator_delimiter: bool }),
  rfc3164_cisco_components: struct("scrapeconfig.SyslogRFC3164CiscoComponents", {
    enable_all: bool,
    message_counter: bool,
    sequence_number: bool,
    hostname: bool,
    second_fractions: bool,
  }),
});

const gcplogSource = struct("scrapeconfig.GcplogTargetConfig", {
  project_id: string,
  subscription: string,
  labels: labelSet,
  use_incoming_timestamp: bool,
  subscription_type: string,
  push_timeout: goDuration,
  server: pushServerSource,
  use_full_line: bool,
});

const pushSource = struct("scrapeconfig.PushTargetConfig", {
  server: pushServerSource,
  labels: labelSet,
  use_incoming_timestamp: bool,
  max_send_msg_size: int,
});

const windowsEventsSource = struct("scrapeconfig.WindowsEventsTargetConfig", {
  locale: uint32,
  eventlog_name: string,
  xpath_query: string,
  use_incoming_timestamp: bool,
  bookmark_path: string,
  poll_interval: goDuration,
  exclude_event_data: bool,
  exclude_event_message: bool,
  exclude_user_data: bool,
  labels: labelSet,
});

const kafkaSource = struct("scrapeconfig.KafkaTargetConfig", {
  labels: labelSet,
  use_incoming_timestamp: bool,
  brokers: list(string),
  group_id: string,
  topics: list(string),
  version: string,
  assignor: string,
  authentication: struct("scrapeconfig.KafkaAuthentication", {
    type: string,
    tls_config: tlsConfigSource,
    sasl_config: struct("scrapeconfig.KafkaSASLConfig", {
      mechanism: string,
      user: string,
      password: string,
      use_tls: bool,
      ...tlsConfigSource.fields,
    }),
  }),
});

const azureEventHubsSource = struct("scrapeconfig.AzureEventHubsTargetConfig", {
  labels: labelSet,
  use_incoming_timestamp: bool,
  event_hubs: list(string),
  connection_string: string,
  fully_qualified_namespace: string,
  group_id: string,
  disallow_custom_messages: bool,
});

const gelfSource = struct("scrapeconfig.GelfTargetConfig", {
  listen_address: string,
  labels: labelSet,
  use_incoming_timestamp: bool,
});

const cloudflareSource = struct("scrapeconfig.CloudflareConfig", {
  api_token: string,
  zone_id: string,
  labels: labelSet,
  workers: int,
  pull_range: modelDuration,
  fields_type: string,
  additional_fields: list(string),
});

const herokuDrainSource = struct("scrapeconfig.HerokuDrainTargetConfig", {
  server: pushServerSource,
  labels: labelSet,
  use_incoming_timestamp: bool,
});

const decompressionSource = struct("scrapeconfig.DecompressionConfig", {
  enabled: bool,
  initial_delay: goDuration,
  format: string,
});

/** The service discoveries Promtail's scrape config embeds, in the order Alloy converts them. */
export const PROMTAIL_SD_KEYS = [
  "azure_sd_configs",
  "consul_sd_configs",
  "digitalocean_sd_configs",
  "dockerswarm_sd_configs",
  "dns_sd_configs",
  "ec2_sd_configs",
  "file_sd_configs",
  "gce_sd_configs",
  "kubernetes_sd_configs",
  "marathon_sd_configs",
  "nerve_sd_configs",
  "openstack_sd_configs",
  "serverset_sd_configs",
  "triton_sd_configs",
] as const;

/** The SD lists a Promtail scrape config accepts (docker_sd_configs feeds loki.source.docker). */
function discoveryFields(): Record<string, SourceType<unknown>> {
  const fields: Record<string, SourceType<unknown>> = {};
  for (const key of [...PROMTAIL_SD_KEYS, "docker_sd_configs"]) {
    const converter = discoveryFor(key);
    if (!converter) throw new Error(`no discovery mapping registered for ${key}`);
    fields[key] = list(converter.source);
  }
  return fields;
}

export const scrapeConfigSource = struct(
  "scrapeconfig.plain",
  {
    job_name: string,
    pipeline_stages: list(located(anyValue)),
    journal: journalSource,
    syslog: syslogSource,
    gcplog: gcplogSource,
    loki_push_api: pushSource,
    windows_events: windowsEventsSource,
    kafka: kafkaSource,
    azure_event_hubs: azureEventHubsSource,
    gelf: gelfSource,
    cloudflare: cloudflareSource,
    heroku_drain: herokuDrainSource,
    relabel_configs: list(relabelConfigSource),
    static_configs: list(targetGroupSource),
    consulagent_sd_configs: list(consulAgentSource),
    ...discoveryFields(),
    encoding: string,
    decompression: decompressionSource,
  },
  {
    validate(c, _ctx, line) {
      if (!c.job_name) throw new DecodeFailure("job_name is empty", line);
    },
  },
);
export type ScrapeConfigSource = Infer<typeof scrapeConfigSource>;

export const promtailConfigSource = struct(
  "config.plain",
  {
    global: globalSource,
    server: promtailServerSource,
    client: clientSource,
    clients: list(clientSource, "[]client.Config"),
    positions: positionsSource,
    scrape_configs: list(scrapeConfigSource, "[]scrapeconfig.Config"),
    target_config: targetConfigSource,
    limits_config: limitsSource,
    options: optionsSource,
    tracing: tracingSource,
    wal: walSource,
  },
  {
    // Promtail's flag defaults for what the converter reads.
    defaults: () => ({
      global: globalDefaults(),
      server: promtailServerDefaults(),
      positions: positionsDefaults(),
      target_config: targetConfigDefaults(),
      limits_config: limitsDefaults(),
      tracing: tracingDefaults(),
    }),
    validate(c, _ctx, line) {
      const seen = new Set<string>();
      for (const job of c.scrape_configs ?? []) {
        const name = job.job_name ?? "";
        if (seen.has(name)) {
          throw new DecodeFailure(`found multiple scrape configs with job name ${goQuote(name)}`, lineOf(job) ?? line);
        }
        seen.add(name);
      }
    },
  },
);
export type PromtailConfigSource = Infer<typeof promtailConfigSource>;
