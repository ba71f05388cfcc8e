// receivers: otlp → otelcol.receiver.otlp

import { encodeBuilderComponent } from "../../../components/builder.js";
import { otlpReceiver } from "../../../components/otelcol/receiver/otlp.js";
import { optional, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { defaultGrpcServer, defaultHttpServer, grpcServerConfig, grpcServerValues, httpServerConfig, httpServerValues } from "../shared/settings.js";

const httpConfig = struct("otlpreceiver.HTTPConfig", {
  server: { shape: httpServerConfig },
  tracesUrlPath: { key: "traces_url_path", shape: str },
  metricsUrlPath: { key: "metrics_url_path", shape: str },
  logsUrlPath: { key: "logs_url_path", shape: str },
});

const defaultHttp = (): Infer<typeof httpConfig> => ({
  server: defaultHttpServer("localhost:4318"),
  tracesUrlPath: "/v1/traces",
  metricsUrlPath: "/v1/metrics",
  logsUrlPath: "/v1/logs",
});

const config = struct("otlpreceiver.Config", {
  protocols: {
    key: "protocols",
    shape: struct("otlpreceiver.Protocols", {
      grpc: { key: "grpc", shape: optional(grpcServerConfig, () => ({ ...defaultGrpcServer("localhost:4317"), readBufferSize: 512 * 1024 })) },
      http: { key: "http", shape: optional(httpConfig, defaultHttp) },
    }),
  },
});

export const otlpReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "otlp",
  config,
  defaultConfig: () => ({ protocols: { grpc: undefined, http: undefined } }),
  inputName: "",
  convert(cfg, state) {
    const http = cfg.protocols.http;
    const values = {
      grpc: grpcServerValues(cfg.protocols.grpc, state),
      http: http && {
        ...httpServerValues(http.server, state),
        traces_url_path: http.tracesUrlPath,
        metrics_url_path: http.metricsUrlPath,
        logs_url_path: http.logsUrlPath,
      },
      output: consumerOutput(state),
    };
    state.append(encodeBuilderComponent(otlpReceiver, state.label(), values));
  },
};
