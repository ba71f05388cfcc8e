// receivers: syslog → otelcol.receiver.syslog

import { encodeBuilderComponent } from "../../../components/builder.js";
import { syslogReceiver } from "../../../components/otelcol/receiver/syslog.js";
import { bool, int, pointer, str, struct, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import { formatBase2Bytes } from "../../shared/bytes.js";
import type { OtelcolComponent } from "../component.js";
import { tlsServerValues } from "../shared/settings.js";
import {
  adapterBaseConfig,
  consumerRetryValues,
  defaultAdapterBase,
  defaultConsumerRetry,
  defaultInputOperator,
  defaultTcpBase,
  defaultUdpBase,
  inputOperatorConfig,
  multilineValues,
  tcpBaseConfig,
  trimValues,
  udpBaseConfig,
} from "../shared/stanza.js";

const parserConfig = struct("syslog.BaseConfig", {
  protocol: { key: "protocol", shape: str },
  location: { key: "location", shape: str },
  enableOctetCounting: { key: "enable_octet_counting", shape: bool },
  maxOctets: { key: "max_octets", shape: int },
  allowSkipPriHeader: { key: "allow_skip_pri_header", shape: bool },
  nonTransparentFramingTrailer: { key: "non_transparent_framing_trailer", shape: pointer(str, () => "") },
});

const fields = struct("syslogreceiver.SysLogConfig", {
  operator: { shape: inputOperatorConfig },
  parser: { shape: parserConfig },
  tcp: { key: "tcp", shape: pointer(tcpBaseConfig) },
  udp: { key: "udp", shape: pointer(udpBaseConfig) },
  onError: { key: "on_error", shape: str },
  base: { shape: adapterBaseConfig },
});
type SyslogConfig = Infer<typeof fields>;

/**
 * SysLogConfig.Unmarshal: a `tcp` key starts the TCP input from the tcp_input defaults,
 * otherwise a `udp` key starts the UDP input from the udp_input ones; the other decodes
 * over a zero struct.
 */
const config: Shape<SyslogConfig> = {
  ...fields,
  decode(name, data, ctx, current) {
    if (isConfMap(data)) {
      if ("tcp" in data) current = { ...current, tcp: defaultTcpBase() };
      else if ("udp" in data) current = { ...current, udp: defaultUdpBase() };
    }
    return fields.decode(name, data, ctx, current);
  },
};

export const syslogReceiverConverter: OtelcolComponent<SyslogConfig> = {
  kind: "receiver",
  type: "syslog",
  config,
  defaultConfig: () => ({
    operator: defaultInputOperator("syslog_input"),
    parser: parserConfig.zero(),
    tcp: undefined,
    udp: undefined,
    onError: "",
    base: defaultAdapterBase(defaultConsumerRetry()),
  }),
  inputName: "otelcol.receiver.syslog",
  convert(cfg, state) {
    const { parser, tcp, udp } = cfg;
    state.append(
      encodeBuilderComponent(syslogReceiver, state.label(), {
        protocol: parser.protocol,
        location: parser.location,
        enable_octet_counting: parser.enableOctetCounting,
        max_octets: parser.maxOctets,
        allow_skip_pri_header: parser.allowSkipPriHeader,
        non_transparent_framing_trailer: parser.nonTransparentFramingTrailer,
        retry_on_failure: consumerRetryValues(cfg.base.retryOnFailure),
        tcp: tcp && {
          max_log_size: formatBase2Bytes(tcp.maxLogSize),
          listen_address: tcp.listenAddress,
          tls: tlsServerValues(tcp.tls),
          add_attributes: tcp.addAttributes,
          one_log_per_packet: tcp.oneLogPerPacket,
          encoding: tcp.encoding,
          multiline: multilineValues(tcp.split),
          ...trimValues(tcp.trim),
        },
        udp: udp && {
          listen_address: udp.listenAddress,
          one_log_per_packet: udp.oneLogPerPacket,
          add_attributes: udp.addAttributes,
          encoding: udp.encoding,
          multiline: multilineValues(udp.split),
          ...trimValues(udp.trim),
          async: udp.async && { readers: udp.async.readers, processors: udp.async.processors, max_queue_length: udp.async.maxQueueLength },
        },
        on_error: cfg.onError,
      }),
    );
  },
};
