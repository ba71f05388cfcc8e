// exporters: faro → otelcol.exporter.faro

import { encodeBuilderComponent } from "../../../components/builder.js";
import { faroExporter } from "../../../components/otelcol/exporter/faro.js";
import { struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultHttpClient, defaultQueue, defaultRetry, httpClientConfig, httpClientValues, queueConfig, queueValues, retryConfig, retryValues } from "../shared/settings.js";

const config = struct("faroexporter.Config", {
  client: { shape: httpClientConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
});

export const faroExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "faro",
  config,
  defaultConfig: () => ({
    client: { ...defaultHttpClient(), timeout: 30_000, compression: "gzip", writeBufferSize: 512 * 1024 },
    queue: defaultQueue(),
    retry: defaultRetry(),
  }),
  inputName: "otelcol.exporter.faro",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(faroExporter, state.label(), {
        // Alloy's faro converter also carries force_attempt_http2 over.
        client: { ...httpClientValues(cfg.client, state), force_attempt_http2: cfg.client.forceAttemptHttp2 },
        sending_queue: queueValues(cfg.queue, state),
        retry_on_failure: retryValues(cfg.retry),
      }),
    );
  },
};
