// otelcol.receiver.syslog (component/otelcol/receiver/syslog): the syslog parser's settings
// and a TCP and/or UDP input block (pointers, with no defaults of their own).

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock, tlsServerFields } from "../config.js";
import { consumerRetryBlock, multilineBlock, trimFields } from "../stanza.js";

const tcpFields = [
  arg("max_log_size", "bytes"),
  arg("listen_address", "string"),
  blockOf("tls", tlsServerFields),
  arg("add_attributes", "bool"),
  arg("one_log_per_packet", "bool"),
  arg("encoding", "string"),
  multilineBlock,
  ...trimFields,
];

const udpFields = [
  arg("listen_address", "string"),
  arg("one_log_per_packet", "bool"),
  arg("add_attributes", "bool"),
  arg("encoding", "string"),
  multilineBlock,
  ...trimFields,
  blockOf("async", [arg("readers", "number"), arg("processors", "number"), arg("max_queue_length", "number")]),
];

export const syslogReceiver: ComponentSchema = {
  name: "otelcol.receiver.syslog",
  fields: [
    arg("protocol", "string", "rfc5424"),
    arg("location", "string", "UTC"),
    arg("enable_octet_counting", "bool"),
    arg("max_octets", "number"),
    arg("allow_skip_pri_header", "bool"),
    // *FramingTrailer: only nil is its zero, so an explicit "" is written.
    arg("non_transparent_framing_trailer", "expr"),
    consumerRetryBlock,
    blockOf("tcp", tcpFields),
    blockOf("udp", udpFields),
    arg("on_error", "string", "send"),
    debugMetricsBlock,
    outputBlock,
  ],
};
