// receivers: cloudflare → otelcol.receiver.cloudflare

import { encodeBuilderComponent } from "../../../components/builder.js";
import { cloudflareReceiver } from "../../../components/otelcol/receiver/cloudflare.js";
import { map, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { tlsServerConfig, tlsServerValues } from "../shared/settings.js";

const config = struct("cloudflarereceiver.Config", {
  logs: {
    key: "logs",
    shape: struct("cloudflarereceiver.LogsConfig", {
      secret: { key: "secret", shape: str },
      endpoint: { key: "endpoint", shape: str },
      tls: { key: "tls", shape: pointer(tlsServerConfig) },
      attributes: { key: "attributes", shape: map(str) },
      timestampField: { key: "timestamp_field", shape: str },
      timestampFormat: { key: "timestamp_format", shape: str },
      separator: { key: "separator", shape: str },
    }),
  },
});
type Config = Infer<typeof config>;

export const cloudflareReceiverConverter: OtelcolComponent<Config> = {
  kind: "receiver",
  type: "cloudflare",
  config,
  defaultConfig: () => ({
    logs: { ...config.zero().logs, timestampField: "EdgeStartTimestamp", timestampFormat: "rfc3339", separator: "." },
  }),
  inputName: "",
  convert(cfg, state) {
    const logs = cfg.logs;
    const values = {
      endpoint: logs.endpoint,
      secret: logs.secret,
      timestamp_field: logs.timestampField,
      timestamp_format: logs.timestampFormat,
      separator: logs.separator,
      attributes: logs.attributes,
      tls: tlsServerValues(logs.tls),
      output: consumerOutput(state, ["logs"]),
    };
    state.append(encodeBuilderComponent(cloudflareReceiver, state.label(), values));
  },
};
