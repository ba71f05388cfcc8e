// receivers: jaeger → otelcol.receiver.jaeger

import { encodeBuilderComponent } from "../../../components/builder.js";
import { jaegerReceiver } from "../../../components/otelcol/receiver/jaeger.js";
import type { Values } from "../../../components/values.js";
import { formatBase2Bytes } from "../../shared/bytes.js";
import { duration, int, optional, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { defaultGrpcServer, defaultHttpServer, grpcClientConfig, grpcServerConfig, grpcServerValues, httpServerConfig, httpServerValues } from "../shared/settings.js";

const protocolUdp = struct("jaegerreceiver.ProtocolUDP", {
  endpoint: { key: "endpoint", shape: str },
  server: {
    shape: struct("jaegerreceiver.ServerConfigUDP", {
      queueSize: { key: "queue_size", shape: int },
      maxPacketSize: { key: "max_packet_size", shape: int },
      workers: { key: "workers", shape: int },
      socketBufferSize: { key: "socket_buffer_size", shape: int },
    }),
  },
});
type ProtocolUdp = Infer<typeof protocolUdp>;

const defaultUdp = (endpoint: string): ProtocolUdp => ({
  endpoint,
  server: { queueSize: 1000, maxPacketSize: 65_000, workers: 10, socketBufferSize: 0 },
});

// Every protocol is a configoptional section: named (even empty) it is enabled with the
// factory's defaults, otherwise off.
const config = struct("jaegerreceiver.Config", {
  protocols: {
    key: "protocols",
    shape: struct("jaegerreceiver.Protocols", {
      grpc: { key: "grpc", shape: optional(grpcServerConfig, () => defaultGrpcServer("localhost:14250")) },
      thriftHttp: { key: "thrift_http", shape: optional(httpServerConfig, () => defaultHttpServer("localhost:14268")) },
      thriftBinary: { key: "thrift_binary", shape: optional(protocolUdp, () => defaultUdp("localhost:6832")) },
      thriftCompact: { key: "thrift_compact", shape: optional(protocolUdp, () => defaultUdp("localhost:6831")) },
    }),
  },
  // Deprecated and a no-op upstream; Alloy does not convert it.
  remoteSampling: {
    key: "remote_sampling",
    shape: pointer(
      struct("jaegerreceiver.RemoteSamplingConfig", {
        hostEndpoint: { key: "host_endpoint", shape: str },
        strategyFile: { key: "strategy_file", shape: str },
        strategyFileReloadInterval: { key: "strategy_file_reload_interval", shape: duration },
        client: { shape: grpcClientConfig },
      }),
    ),
  },
});

function udpValues(cfg: ProtocolUdp | undefined): Values | undefined {
  return (
    cfg && {
      endpoint: cfg.endpoint,
      queue_size: cfg.server.queueSize,
      max_packet_size: formatBase2Bytes(cfg.server.maxPacketSize),
      workers: cfg.server.workers,
      socket_buffer_size: formatBase2Bytes(cfg.server.socketBufferSize),
    }
  );
}

export const jaegerReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "jaeger",
  config,
  defaultConfig: () => ({
    protocols: { grpc: undefined, thriftHttp: undefined, thriftBinary: undefined, thriftCompact: undefined },
    remoteSampling: undefined,
  }),
  inputName: "",
  convert(cfg, state) {
    const p = cfg.protocols;
    const values = {
      protocols: {
        grpc: grpcServerValues(p.grpc, state),
        thrift_http: p.thriftHttp && httpServerValues(p.thriftHttp, state),
        thrift_binary: udpValues(p.thriftBinary),
        thrift_compact: udpValues(p.thriftCompact),
      },
      output: consumerOutput(state, ["traces"]),
    };
    state.append(encodeBuilderComponent(jaegerReceiver, state.label(), values));
  },
};
