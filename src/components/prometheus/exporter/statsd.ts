// prometheus.exporter.statsd (component/prometheus/exporter/statsd Arguments), Go field order
// and SetToDefault (the statsd_exporter's own flag defaults).

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const statsdExporter: ComponentSchema = {
  name: "prometheus.exporter.statsd",
  fields: [
    arg("listen_udp", "string", ":9125"),
    arg("listen_tcp", "string", ":9125"),
    arg("listen_unixgram", "string"),
    arg("unix_socket_mode", "string", "755"),
    arg("mapping_config_path", "string"),
    arg("read_buffer", "number"),
    arg("cache_size", "number", 1000),
    arg("cache_type", "string", "lru"),
    arg("event_queue_size", "number", 10000),
    arg("event_flush_threshold", "number", 1000),
    arg("event_flush_interval", "duration", new Duration(200)),
    arg("parse_dogstatsd_tags", "bool", true),
    arg("parse_influxdb_tags", "bool", true),
    arg("parse_librato_tags", "bool", true),
    arg("parse_signalfx_tags", "bool", true),
    arg("relay_addr", "string"),
    arg("relay_packet_length", "number", 1400),
  ],
};
