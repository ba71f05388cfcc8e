// exporters: otlp (also `otlp_grpc`) → otelcol.exporter.otlp

import { encodeBuilderComponent } from "../../../components/builder.js";
import { otlpExporter } from "../../../components/otelcol/exporter/otlp.js";
import { Duration } from "../../../components/values.js";
import { struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultGrpcClient, defaultQueue, defaultRetry, grpcClientConfig, grpcClientValues, queueConfig, queueValues, retryConfig, retryValues, timeoutConfig } from "../shared/settings.js";

const config = struct("otlpexporter.Config", {
  timeout: { shape: timeoutConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  client: { shape: grpcClientConfig },
});

export const otlpExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "otlp",
  aliases: ["otlp_grpc"],
  config,
  defaultConfig: () => ({ timeout: { timeout: 5000 }, queue: defaultQueue(), retry: defaultRetry(), client: defaultGrpcClient() }),
  inputName: "otelcol.exporter.otlp",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(otlpExporter, state.label(), {
        timeout: new Duration(cfg.timeout.timeout),
        sending_queue: queueValues(cfg.queue, state),
        retry_on_failure: retryValues(cfg.retry),
        client: grpcClientValues(cfg.client, state),
      }),
    );
  },
};
