// receivers: datadog → otelcol.receiver.datadog

import { encodeBuilderComponent } from "../../../components/builder.js";
import { datadogReceiver } from "../../../components/otelcol/receiver/datadog.js";
import { bool, duration, int, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { httpServerConfig, httpServerValues } from "../shared/settings.js";
import { datadogApiConfig } from "../shared/datadog.js";

const config = struct("datadogreceiver.Config", {
  server: { shape: httpServerConfig },
  readTimeout: { key: "read_timeout", shape: duration },
  traceIdCacheSize: { key: "trace_id_cache_size", shape: int },
  intake: {
    key: "intake",
    shape: struct("datadogreceiver.IntakeConfig", {
      behavior: { key: "behavior", shape: str },
      proxy: { key: "proxy", shape: struct("datadogreceiver.ProxyConfig", { api: { key: "api", shape: datadogApiConfig } }) },
    }),
  },
  idleSeriesTimeout: { key: "idle_series_timeout", shape: duration },
  idleSeriesCleanupInterval: { key: "idle_series_cleanup_interval", shape: duration },
  logs: { key: "logs", shape: struct("datadogreceiver.LogsConfig", { decodeJsonMessage: { key: "decode_json_message", shape: bool } }) },
});

export const datadogReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "datadog",
  config,
  defaultConfig: () => ({
    ...config.zero(),
    server: { ...httpServerConfig.zero(), endpoint: "localhost:8126", transport: "tcp" },
    readTimeout: 60_000,
    traceIdCacheSize: 100,
    intake: { behavior: "disable", proxy: { api: { key: "", site: "datadoghq.com", failOnInvalidKey: false } } },
    idleSeriesCleanupInterval: 300_000,
    logs: { decodeJsonMessage: true },
  }),
  inputName: "",
  convert(cfg, state) {
    // Alloy's converter carries over only the HTTP server settings it shares with other receivers.
    state.append(encodeBuilderComponent(datadogReceiver, state.label(), { ...httpServerValues(cfg.server, state), output: consumerOutput(state, ["metrics", "traces"]) }));
  },
};
