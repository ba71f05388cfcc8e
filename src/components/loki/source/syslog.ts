// loki.source.syslog (grafana/alloy internal/component/loki/source/syslog): the listener
// block with DefaultListenerConfig's defaults.

import { tlsConfigFields } from "../../common/http-client.js";
import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

const listenerFields = [
  requiredArg("address", "string"),
  arg("protocol", "string", "tcp"),
  arg("idle_timeout", "duration", new Duration(120_000)),
  arg("label_structured_data", "bool"),
  arg("labels", "map"),
  arg("use_incoming_timestamp", "bool"),
  arg("use_rfc5424_message", "bool"),
  arg("rfc3164_default_to_current_year", "bool"),
  arg("max_message_length", "number", 8192),
  blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
  arg("syslog_format", "string", "rfc5424"),
  blockOf("raw_format_options", [arg("use_null_terminator_delimiter", "bool")]),
  blockOf("rfc3164_cisco_components", [
    arg("enable_all", "bool"),
    arg("message_counter", "bool"),
    arg("sequence_number", "bool"),
    arg("hostname", "bool"),
    arg("second_fractions", "bool"),
  ]),
  arg("udp_queue_size", "number", 1000),
  arg("udp_host_cache_size", "number", 1000),
];

export const lokiSourceSyslog: ComponentSchema = {
  name: "loki.source.syslog",
  fields: [blocksOf("listener", listenerFields), requiredArg("forward_to", "expr"), arg("relabel_rules", "expr")],
};
