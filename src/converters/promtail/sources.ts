// The Promtail targets that produce logs themselves → loki.source.* components, in the
// order Alloy's converter appends them.

import { lokiSourceApi } from "../../components/loki/source/api.js";
import { lokiSourceAzureEventHubs } from "../../components/loki/source/azure_event_hubs.js";
import { lokiSourceCloudflare } from "../../components/loki/source/cloudflare.js";
import { lokiSourceDocker } from "../../components/loki/source/docker.js";
import { lokiSourceGcplog } from "../../components/loki/source/gcplog.js";
import { lokiSourceGelf } from "../../components/loki/source/gelf.js";
import { lokiSourceHeroku } from "../../components/loki/source/heroku.js";
import { lokiSourceJournal } from "../../components/loki/source/journal.js";
import { lokiSourceKafka } from "../../components/loki/source/kafka.js";
import { lokiSourceSyslog } from "../../components/loki/source/syslog.js";
import { lokiSourceWindowsEvent } from "../../components/loki/source/windowsevent.js";
import { Duration, Raw, type Values } from "../../components/values.js";
import { parseGoDuration } from "../shared/go-duration.js";
import { traversal } from "../../emit/build.js";
import { DISCOVERY_CONVERTERS } from "../prometheus/discovery/index.js";
import { httpClientValues, tlsConfigValues, type HttpClientSource, type TlsConfigSource } from "../shared/http-client.js";
import { formatBase2Bytes } from "../shared/bytes.js";
import { locationOf } from "../yaml/types.js";
import { receiverList, type ScrapeBuilder } from "./scrape-builder.js";
import { reportUnsupportedServer, serverValues } from "./server.js";
import { goQuote } from "../shared/go-format.js";


const labels = (set: Record<string, string> | undefined): Record<string, string> => ({ ...(set ?? {}) });

function appendCloudflare(b: ScrapeBuilder): void {
  const cf = b.job.cloudflare;
  if (!cf) return;
  b.append(lokiSourceCloudflare, b.label, {
    api_token: cf.api_token ?? "",
    zone_id: cf.zone_id ?? "",
    labels: labels(cf.labels),
    workers: cf.workers ?? 0,
    pull_range: new Duration(cf.pull_range ?? 0),
    fields_type: cf.fields_type ?? "",
    additional_fields: cf.additional_fields,
    forward_to: b.lokiRelabelForward(),
  });
}

/** Promtail's journal target reads seven hours back unless max_age says otherwise. */
const JOURNAL_MAX_AGE = new Duration(7 * 3_600_000);

function appendJournal(b: ScrapeBuilder): void {
  const j = b.job.journal;
  if (!j) return;
  let maxAge = JOURNAL_MAX_AGE;
  if (j.max_age) {
    const parsed = parseGoDuration(j.max_age);
    if ("error" in parsed) {
      b.diags.error(`failed to parse max_age duration for journal config: ${parsed.error}, will use default`, locationOf(j, "max_age"));
    } else maxAge = new Duration(parsed.ms);
  }
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceJournal, b.label, {
    format_as_json: j.json,
    max_age: maxAge,
    path: j.path,
    relabel_rules: b.relabelRules(),
    matches: j.matches,
    forward_to: forwardTo,
    labels: labels(j.labels),
  });
}

function appendPushApi(b: ScrapeBuilder): void {
  const push = b.job.loki_push_api;
  if (!push) return;
  reportUnsupportedServer(push.server, b.diags);
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceApi, b.label, {
    ...serverValues(push.server),
    forward_to: forwardTo,
    labels: labels(push.labels),
    relabel_rules: b.relabelRules(),
    use_incoming_timestamp: push.use_incoming_timestamp,
    max_send_message_size: formatBase2Bytes(push.max_send_msg_size ?? 0),
  });
}

const SYSLOG_FORMATS = new Set(["rfc5424", "rfc3164", "raw"]);

function appendSyslog(b: ScrapeBuilder): void {
  const s = b.job.syslog;
  if (!s) return;
  const format = s.syslog_format || "rfc5424";
  if (!SYSLOG_FORMATS.has(format)) {
    b.diags.critical(`unknown syslog format ${goQuote(format)}`, locationOf(s, "syslog_format"));
    return;
  }
  const cisco = s.rfc3164_cisco_components;
  const listener: Values = {
    address: s.listen_address ?? "",
    protocol: s.listen_protocol || "tcp",
    idle_timeout: s.idle_timeout ?? new Duration(0),
    label_structured_data: s.label_structured_data,
    labels: labels(s.labels),
    use_incoming_timestamp: s.use_incoming_timestamp,
    use_rfc5424_message: s.use_rfc5424_message,
    max_message_length: s.max_message_length ?? 0,
    tls_config: tlsConfigValues(s.tls_config),
    syslog_format: format,
    raw_format_options: s.raw_format_options && { use_null_terminator_delimiter: s.raw_format_options.use_null_terminator_delimiter },
    rfc3164_cisco_components: cisco && {
      enable_all: cisco.enable_all,
      message_counter: cisco.message_counter,
      sequence_number: cisco.sequence_number,
      hostname: cisco.hostname,
      second_fractions: cisco.second_fractions,
    },
    udp_queue_size: 0,
    udp_host_cache_size: 0,
  };
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceSyslog, b.label, { listener: [listener], forward_to: forwardTo, relabel_rules: b.relabelRules() });
}

function appendGcplog(b: ScrapeBuilder): void {
  const g = b.job.gcplog;
  if (!g) return;
  let pull: Values | undefined;
  let push: Values | undefined;
  const type = g.subscription_type ?? "";
  if (type === "" || type === "pull") {
    pull = {
      project_id: g.project_id ?? "",
      subscription: g.subscription ?? "",
      labels: labels(g.labels),
      use_full_line: g.use_full_line,
      use_incoming_timestamp: g.use_incoming_timestamp,
      // Alloy's converter sets the Pub/Sub defaults, so an empty `limit { }` is written.
      limit: {},
    };
  } else if (type === "push") {
    reportUnsupportedServer(g.server, b.diags);
    push = {
      ...serverValues(g.server),
      push_timeout: g.push_timeout,
      labels: labels(g.labels),
      use_full_line: g.use_full_line,
      use_incoming_timestamp: g.use_incoming_timestamp,
    };
  } else {
    b.diags.error("gcplog.subscription_type must be one of 'pull' or 'push'", locationOf(g, "subscription_type"));
  }
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceGcplog, b.label, { pull, push, forward_to: forwardTo, relabel_rules: b.relabelRules() });
}

function appendWindowsEvents(b: ScrapeBuilder): void {
  const w = b.job.windows_events;
  if (!w) return;
  b.append(lokiSourceWindowsEvent, b.label, {
    locale: w.locale,
    eventlog_name: w.eventlog_name,
    xpath_query: w.xpath_query ?? "",
    poll_interval: w.poll_interval ?? new Duration(0),
    exclude_event_data: w.exclude_event_data,
    exclude_user_data: w.exclude_user_data,
    exclude_event_message: w.exclude_event_message,
    use_incoming_timestamp: w.use_incoming_timestamp,
    forward_to: b.lokiRelabelForward(),
    labels: labels(w.labels),
    legacy_bookmark_path: w.bookmark_path,
  });
}

function appendKafka(b: ScrapeBuilder): void {
  const k = b.job.kafka;
  if (!k) return;
  const auth = k.authentication ?? {};
  const sasl = auth.sasl_config ?? {};
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceKafka, b.label, {
    brokers: k.brokers ?? [],
    topics: k.topics ?? [],
    group_id: k.group_id ?? "",
    assignor: k.assignor ?? "",
    version: k.version ?? "",
    authentication: {
      type: auth.type ?? "",
      tls_config: tlsConfigValues(auth.tls_config),
      sasl_config: {
        mechanism: sasl.mechanism,
        user: sasl.user,
        password: sasl.password,
        use_tls: sasl.use_tls,
        // Promtail inlines the SASL connection's TLS settings into sasl_config.
        tls_config: tlsConfigValues(sasl as TlsConfigSource),
      },
    },
    use_incoming_timestamp: k.use_incoming_timestamp,
    labels: labels(k.labels),
    forward_to: forwardTo,
    relabel_rules: b.relabelRules(),
  });
}

function appendAzureEventHubs(b: ScrapeBuilder): void {
  const a = b.job.azure_event_hubs;
  if (!a) return;
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceAzureEventHubs, b.label, {
    fully_qualified_namespace: a.fully_qualified_namespace ?? "",
    event_hubs: a.event_hubs ?? [],
    authentication: { mechanism: "", connection_string: a.connection_string },
    group_id: a.group_id ?? "",
    use_incoming_timestamp: a.use_incoming_timestamp,
    disallow_custom_messages: a.disallow_custom_messages,
    relabel_rules: b.relabelRules(),
    labels: labels(a.labels),
    assignor: "",
    forward_to: forwardTo,
  });
}

function appendGelf(b: ScrapeBuilder): void {
  const g = b.job.gelf;
  if (!g) return;
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceGelf, b.label, {
    listen_address: g.listen_address ?? "",
    use_incoming_timestamp: g.use_incoming_timestamp,
    relabel_rules: b.relabelRules(),
    forward_to: forwardTo,
  });
}

function appendHerokuDrain(b: ScrapeBuilder): void {
  const h = b.job.heroku_drain;
  if (!h) return;
  const forwardTo = receiverList(b.processStageReceivers());
  b.append(lokiSourceHeroku, b.label, {
    ...serverValues(h.server),
    labels: labels(h.labels),
    use_incoming_timestamp: h.use_incoming_timestamp,
    forward_to: forwardTo,
    relabel_rules: b.relabelRules(),
  });
}

type DockerSd = HttpClientSource & { host?: string; refresh_interval?: number | Duration };

const asDuration = (v: number | Duration | undefined): Duration | undefined =>
  v === undefined ? undefined : v instanceof Duration ? v.as("go") : new Duration(v);

/** Promtail's docker targets read logs themselves: a discovery.docker + loki.source.docker pair each. */
function appendDocker(b: ScrapeBuilder): void {
  const converter = DISCOVERY_CONVERTERS.find((c) => c.key === "docker_sd_configs");
  const configs = (b.job as { docker_sd_configs?: unknown[] }).docker_sd_configs ?? [];
  configs.forEach((raw, i) => {
    const sd = raw as DockerSd;
    const label = b.componentLabel(i);
    if (!converter) {
      b.diags.error("The converter does not support converting the provided docker service discovery.", locationOf(sd));
      return;
    }
    b.append(converter.component, label, converter.toValues(sd, b.diags));
    const forwardTo = receiverList(b.processStageReceivers());
    b.append(lokiSourceDocker, label, {
      host: sd.host ?? "",
      targets: new Raw(traversal(`discovery.docker.${label}.targets`)),
      forward_to: forwardTo,
      relabel_rules: b.relabelRules(),
      http_client_config: httpClientValues(sd),
      refresh_interval: asDuration(sd.refresh_interval),
    });
  });
}

export function appendLogSources(b: ScrapeBuilder): void {
  appendCloudflare(b);
  appendJournal(b);
  appendPushApi(b);
  appendSyslog(b);
  appendGcplog(b);
  appendWindowsEvents(b);
  appendKafka(b);
  appendAzureEventHubs(b);
  appendGelf(b);
  appendHerokuDrain(b);
  appendDocker(b);
}
