// The Collector's stanza-based log receivers (filelog, syslog, tcplog, …) share these config
// structs (pkg/stanza): the operator's input settings, the adapter's operators, storage and
// consumer retry, the byte sizes, the multiline split and trim settings, and the TCP and UDP
// inputs. Each comes with its factory defaults and the mapping Alloy's converters apply to it.

import { Duration, type Values } from "../../../components/values.js";
import { anyValue, bool, duration, int, list, map, optional, pointer, str, struct, typeMismatch, type Infer, type Shape } from "../../confmap/decode.js";
import { tlsServerConfig } from "./settings.js";

// --- helper.ByteSize ---

const BYTE_SIZE = /^([0-9]+\.?[0-9]*)[\t\n\f\r ]*([kKmMgGtTpP]i?[bB])?$/;
const BYTE_UNITS: Record<string, number> = {
  "": 1,
  kb: 1e3,
  kib: 1024,
  mb: 1e6,
  mib: 1024 ** 2,
  gb: 1e9,
  gib: 1024 ** 3,
  tb: 1e12,
  tib: 1024 ** 4,
  pb: 1e15,
  pib: 1024 ** 5,
};

/** helper.ByteSize: a YAML number as is, or a text like `2MiB` or `1.5kb` (its numeral read as a float32). */
export const byteSize: Shape<number> = {
  goType: "helper.ByteSize",
  zero: () => 0,
  decode(name, data, ctx, current) {
    if (typeof data === "number") return Math.trunc(data);
    if (typeof data !== "string") return typeMismatch(ctx, name, "helper.ByteSize", data, current);
    const m = BYTE_SIZE.exec(data);
    if (!m) {
      ctx.errors.push(`error decoding '${name}': invalid byte size '${data}'`);
      return current;
    }
    return Math.trunc(BYTE_UNITS[(m[2] ?? "").toLowerCase()] * Math.fround(parseFloat(m[1])));
  },
};

// --- helper.InputConfig (attributer, identifier, writer) ---

/** The keys every stanza input operator takes; Alloy's converters read only attributes and resource. */
export const inputOperatorConfig = struct("helper.InputConfig", {
  attributes: { key: "attributes", shape: map(str) },
  resource: { key: "resource", shape: map(str) },
  id: { key: "id", shape: str },
  type: { key: "type", shape: str },
  output: { key: "output", shape: list(str) },
});
export type InputOperatorConfig = Infer<typeof inputOperatorConfig>;

/** helper.NewInputConfig(id, type). */
export function defaultInputOperator(operatorType: string): InputOperatorConfig {
  return { ...inputOperatorConfig.zero(), id: operatorType, type: operatorType };
}

// --- consumerretry.Config ---

export const consumerRetryConfig = struct("consumerretry.Config", {
  enabled: { key: "enabled", shape: bool },
  initialInterval: { key: "initial_interval", shape: duration },
  maxInterval: { key: "max_interval", shape: duration },
  maxElapsedTime: { key: "max_elapsed_time", shape: duration },
});
export type ConsumerRetryConfig = Infer<typeof consumerRetryConfig>;

/** consumerretry.NewDefaultConfig. */
export function defaultConsumerRetry(): ConsumerRetryConfig {
  return { enabled: false, initialInterval: 1000, maxInterval: 30_000, maxElapsedTime: 300_000 };
}

/** Alloy's retry_on_failure block (otelcol.ConsumerRetryArguments), field by field. */
export function consumerRetryValues(cfg: ConsumerRetryConfig): Values {
  return {
    enabled: cfg.enabled,
    initial_interval: new Duration(cfg.initialInterval),
    max_interval: new Duration(cfg.maxInterval),
    max_elapsed_time: new Duration(cfg.maxElapsedTime),
  };
}

// --- adapter.BaseConfig ---

/** What every stanza-based receiver adds to its input: operators, storage and consumer retry. */
export const adapterBaseConfig = struct("adapter.BaseConfig", {
  operators: { key: "operators", shape: list(anyValue) },
  storage: { key: "storage", shape: pointer(str, () => "") },
  retryOnFailure: { key: "retry_on_failure", shape: consumerRetryConfig },
});
export type AdapterBaseConfig = Infer<typeof adapterBaseConfig>;

/** The receivers' factories start from an empty operator list; `retry` is theirs (tcplog sets none). */
export function defaultAdapterBase(retry: ConsumerRetryConfig): AdapterBaseConfig {
  return { operators: [], storage: undefined, retryOnFailure: retry };
}

// --- split.Config and trim.Config ---

export const splitConfig = struct("split.Config", {
  lineStartPattern: { key: "line_start_pattern", shape: str },
  lineEndPattern: { key: "line_end_pattern", shape: str },
  omitPattern: { key: "omit_pattern", shape: bool },
});
export type SplitConfig = Infer<typeof splitConfig>;

/** Alloy's multiline block, which its converters always fill in from the split settings. */
export function multilineValues(cfg: SplitConfig): Values {
  return { line_start_pattern: cfg.lineStartPattern, line_end_pattern: cfg.lineEndPattern, omit_pattern: cfg.omitPattern };
}

export const trimConfig = struct("trim.Config", {
  preserveLeading: { key: "preserve_leading_whitespaces", shape: bool },
  preserveTrailing: { key: "preserve_trailing_whitespaces", shape: bool },
});
export type TrimConfig = Infer<typeof trimConfig>;

/** Alloy's squashed trim arguments. */
export function trimValues(cfg: TrimConfig): Values {
  return { preserve_leading_whitespaces: cfg.preserveLeading, preserve_trailing_whitespaces: cfg.preserveTrailing };
}

// --- tcp.BaseConfig and udp.BaseConfig ---

export const tcpBaseConfig = struct("tcp.BaseConfig", {
  maxLogSize: { key: "max_log_size", shape: byteSize },
  listenAddress: { key: "listen_address", shape: str },
  tls: { key: "tls", shape: optional(tlsServerConfig) },
  addAttributes: { key: "add_attributes", shape: bool },
  oneLogPerPacket: { key: "one_log_per_packet", shape: bool },
  encoding: { key: "encoding", shape: str },
  split: { key: "multiline", shape: splitConfig },
  trim: { shape: trimConfig },
});
export type TcpBaseConfig = Infer<typeof tcpBaseConfig>;

/** The tcp_input factory's default: UTF-8, the size limit left at zero (the operator picks 1MiB). */
export function defaultTcpBase(): TcpBaseConfig {
  return { ...tcpBaseConfig.zero(), encoding: "utf-8" };
}

export const udpAsyncConfig = struct("udp.AsyncConfig", {
  readers: { key: "readers", shape: int },
  processors: { key: "processors", shape: int },
  maxQueueLength: { key: "max_queue_length", shape: int },
});

export const udpBaseConfig = struct("udp.BaseConfig", {
  listenAddress: { key: "listen_address", shape: str },
  oneLogPerPacket: { key: "one_log_per_packet", shape: bool },
  addAttributes: { key: "add_attributes", shape: bool },
  encoding: { key: "encoding", shape: str },
  split: { key: "multiline", shape: splitConfig },
  trim: { shape: trimConfig },
  async: { key: "async", shape: pointer(udpAsyncConfig) },
});
export type UdpBaseConfig = Infer<typeof udpBaseConfig>;

/** The udp_input factory's default: UTF-8 and a never-matching end pattern, so packets are not split. */
export function defaultUdpBase(): UdpBaseConfig {
  return { ...udpBaseConfig.zero(), encoding: "utf-8", split: { lineStartPattern: "", lineEndPattern: ".^", omitPattern: false } };
}
