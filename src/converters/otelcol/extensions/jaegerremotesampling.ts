// extensions: jaegerremotesampling → otelcol.extension.jaeger_remote_sampling

import { encodeBuilderComponent } from "../../../components/builder.js";
import { jaegerRemoteSampling } from "../../../components/otelcol/extension/jaeger_remote_sampling.js";
import { Duration } from "../../../components/values.js";
import { duration, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultGrpcServer, defaultHttpServer, grpcClientConfig, grpcClientValues, grpcServerConfig, grpcServerValues, httpServerConfig, httpServerValues } from "../shared/settings.js";

const config = struct("jaegerremotesampling.Config", {
  http: { key: "http", shape: pointer(httpServerConfig) },
  grpc: { key: "grpc", shape: pointer(grpcServerConfig) },
  source: {
    key: "source",
    shape: struct("jaegerremotesampling.Source", {
      // A remote source starts from an empty gRPC client config, not the OTLP exporter's defaults.
      remote: { key: "remote", shape: pointer(grpcClientConfig) },
      file: { key: "file", shape: str },
      reloadInterval: { key: "reload_interval", shape: duration },
    }),
  },
});

export const jaegerRemoteSamplingConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "extension",
  type: "jaegerremotesampling",
  config,
  defaultConfig: () => ({
    http: defaultHttpServer("localhost:5778"),
    grpc: defaultGrpcServer("localhost:14250"),
    source: { remote: undefined, file: "", reloadInterval: 0 },
  }),
  inputName: "otelcol.extension.jaeger_remote_sampling",
  convert(cfg, state) {
    const src = cfg.source;
    state.append(
      encodeBuilderComponent(jaegerRemoteSampling, state.label(), {
        grpc: grpcServerValues(cfg.grpc, state),
        http: cfg.http && httpServerValues(cfg.http, state),
        source: {
          content: "",
          remote: src.remote && grpcClientValues(src.remote, state),
          file: src.file,
          reload_interval: new Duration(src.reloadInterval),
        },
      }),
    );
  },
};
