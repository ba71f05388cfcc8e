// The Agent's statsd_exporter integration (static/integrations/statsd_exporter) →
// prometheus.exporter.statsd. An inline mapping_config has no Alloy equivalent (Alloy reads
// mapping_config_path), so Alloy's converter reports it and writes the exporter without it.

import { statsdExporter } from "../../../components/prometheus/exporter/statsd.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { anyValue, bool, int, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const statsdIntegration = exporterIntegration({
  v1Name: "statsd_exporter",
  v2Name: "statsd",
  goName: "statsd_exporter.Config",
  fields: {
    listen_udp: string,
    listen_tcp: string,
    listen_unixgram: string,
    unix_socket_mode: string,
    mapping_config: anyValue,
    read_buffer: int,
    cache_size: int,
    cache_type: string,
    event_queue_size: int,
    event_flush_threshold: int,
    event_flush_interval: goDuration,
    parse_dogstatsd_tags: bool,
    parse_influxdb_tags: bool,
    parse_librato_tags: bool,
    parse_signalfx_tags: bool,
    relay_addr: string,
    relay_packet_length: int,
  },
  defaults: () => ({
    listen_udp: ":9125",
    listen_tcp: ":9125",
    unix_socket_mode: "755",
    cache_size: 1000,
    cache_type: "lru",
    event_queue_size: 10000,
    event_flush_threshold: 1000,
    event_flush_interval: new Duration(200),
    parse_dogstatsd_tags: true,
    parse_influxdb_tags: true,
    parse_librato_tags: true,
    parse_signalfx_tags: true,
    relay_packet_length: 1400,
  }),
  exporter: (cfg, diags, at) => {
    if (cfg.mapping_config !== undefined && cfg.mapping_config !== null) {
      diags.error("mapping_config is not supported in statsd_exporter integrations config", at?.("mapping_config"));
    }
    return {
      component: statsdExporter,
      values: {
        listen_udp: cfg.listen_udp,
        listen_tcp: cfg.listen_tcp,
        listen_unixgram: cfg.listen_unixgram,
        unix_socket_mode: cfg.unix_socket_mode,
        read_buffer: cfg.read_buffer,
        cache_size: cfg.cache_size,
        cache_type: cfg.cache_type,
        event_queue_size: cfg.event_queue_size,
        event_flush_threshold: cfg.event_flush_threshold,
        event_flush_interval: cfg.event_flush_interval,
        parse_dogstatsd_tags: cfg.parse_dogstatsd_tags,
        parse_influxdb_tags: cfg.parse_influxdb_tags,
        parse_librato_tags: cfg.parse_librato_tags,
        parse_signalfx_tags: cfg.parse_signalfx_tags,
        relay_addr: cfg.relay_addr,
        relay_packet_length: cfg.relay_packet_length,
      },
    };
  },
});
