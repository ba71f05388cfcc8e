// exporters: otlphttp (also `otlp_http`) → otelcol.exporter.otlphttp

import { encodeBuilderComponent } from "../../../components/builder.js";
import { otlphttpExporter } from "../../../components/otelcol/exporter/otlphttp.js";
import { enumString, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultHttpClient, defaultQueue, defaultRetry, httpClientConfig, httpClientValues, queueConfig, queueValues, retryConfig, retryValues } from "../shared/settings.js";

const config = struct("otlphttpexporter.Config", {
  client: { shape: httpClientConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  tracesEndpoint: { key: "traces_endpoint", shape: str },
  metricsEndpoint: { key: "metrics_endpoint", shape: str },
  logsEndpoint: { key: "logs_endpoint", shape: str },
  profilesEndpoint: { key: "profiles_endpoint", shape: str },
  encoding: { key: "encoding", shape: enumString("otlphttpexporter.EncodingType", ["proto", "json"], (v) => `invalid encoding type: ${v}`) },
});

export const otlphttpExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "otlphttp",
  aliases: ["otlp_http"],
  config,
  defaultConfig: () => ({
    client: { ...defaultHttpClient(), timeout: 30_000, compression: "gzip", writeBufferSize: 512 * 1024 },
    queue: defaultQueue(),
    retry: defaultRetry(),
    tracesEndpoint: "",
    metricsEndpoint: "",
    logsEndpoint: "",
    profilesEndpoint: "",
    encoding: "proto",
  }),
  inputName: "otelcol.exporter.otlphttp",
  convert(cfg, state) {
    // Alloy's converter carries over the client, queue, retry and encoding; the per-signal
    // endpoint overrides are not copied.
    state.append(
      encodeBuilderComponent(otlphttpExporter, state.label(), {
        client: httpClientValues(cfg.client, state),
        sending_queue: queueValues(cfg.queue, state),
        retry_on_failure: retryValues(cfg.retry),
        encoding: cfg.encoding,
      }),
    );
  },
};
