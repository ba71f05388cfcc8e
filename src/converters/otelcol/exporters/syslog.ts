// exporters: syslog → otelcol.exporter.syslog

import { encodeBuilderComponent } from "../../../components/builder.js";
import { syslogExporter } from "../../../components/otelcol/exporter/syslog.js";
import { Duration } from "../../../components/values.js";
import { bool, int, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultQueue, defaultRetry, queueConfig, queueValues, retryConfig, retryValues, timeoutConfig, tlsClientConfig, tlsClientValues } from "../shared/settings.js";

const config = struct("syslogexporter.Config", {
  endpoint: { key: "endpoint", shape: str },
  port: { key: "port", shape: int },
  network: { key: "network", shape: str },
  protocol: { key: "protocol", shape: str },
  enableOctetCounting: { key: "enable_octet_counting", shape: bool },
  tls: { key: "tls", shape: tlsClientConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  timeout: { shape: timeoutConfig },
});

export const syslogExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "syslog",
  config,
  defaultConfig: () => ({
    endpoint: "",
    port: 514,
    network: "tcp",
    protocol: "rfc5424",
    enableOctetCounting: false,
    tls: tlsClientConfig.zero(),
    // Upstream keeps the queue off by default.
    queue: { ...defaultQueue(), enabled: false },
    retry: defaultRetry(),
    timeout: { timeout: 5000 },
  }),
  inputName: "otelcol.exporter.syslog",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(syslogExporter, state.label(), {
        timeout: new Duration(cfg.timeout.timeout),
        sending_queue: queueValues(cfg.queue, state),
        retry_on_failure: retryValues(cfg.retry),
        tls: tlsClientValues(cfg.tls),
        endpoint: cfg.endpoint,
        port: cfg.port,
        network: cfg.network,
        protocol: cfg.protocol,
        enable_octet_counting: cfg.enableOctetCounting,
      }),
    );
  },
};
