// receivers: splunk_hec → otelcol.receiver.splunkhec

import { encodeBuilderComponent } from "../../../components/builder.js";
import { splunkhecReceiver } from "../../../components/otelcol/receiver/splunkhec.js";
import { Duration } from "../../../components/values.js";
import { bool, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { httpServerConfig, httpServerValues } from "../shared/settings.js";

const hecToOtelAttrs = struct("translator.HecToOtelAttrs", {
  source: { key: "source", shape: str },
  sourceType: { key: "sourcetype", shape: str },
  index: { key: "index", shape: str },
  host: { key: "host", shape: str },
});

const config = struct("splunkhecreceiver.Config", {
  server: { shape: httpServerConfig },
  passthrough: { shape: struct("splunk.AccessTokenPassthroughConfig", { accessTokenPassthrough: { key: "access_token_passthrough", shape: bool } }) },
  ack: { key: "ack", shape: struct("splunkhecreceiver.Ack", { extension: { key: "extension", shape: pointer(str) }, path: { key: "path", shape: str } }) },
  rawPath: { key: "raw_path", shape: str },
  splitting: { key: "splitting", shape: str },
  healthPath: { key: "health_path", shape: str },
  hecToOtelAttrs: { key: "hec_metadata_to_otel_attrs", shape: hecToOtelAttrs },
});

export const splunkhecReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "splunk_hec",
  config,
  defaultConfig: () => ({
    // The factory builds the server config itself: only its 20s header and write timeouts.
    server: { ...httpServerConfig.zero(), endpoint: "localhost:8088", transport: "tcp", readHeaderTimeout: 20_000, writeTimeout: 20_000 },
    passthrough: { accessTokenPassthrough: false },
    ack: { extension: undefined, path: "/services/collector/ack" },
    rawPath: "/services/collector/raw",
    splitting: "line",
    healthPath: "/services/collector/health",
    hecToOtelAttrs: { source: "com.splunk.source", sourceType: "com.splunk.sourcetype", index: "com.splunk.index", host: "host.name" },
  }),
  inputName: "",
  convert(cfg, state) {
    const s = cfg.server;
    const attrs = cfg.hecToOtelAttrs;
    state.append(
      encodeBuilderComponent(splunkhecReceiver, state.label(), {
        ...httpServerValues(s, state),
        // Inferred from the corpus: Alloy v1.19 carries the server timeouts over for this receiver.
        idle_timeout: new Duration(s.idleTimeout),
        read_timeout: new Duration(s.readTimeout),
        write_timeout: new Duration(s.writeTimeout),
        read_header_timeout: new Duration(s.readHeaderTimeout),
        raw_path: cfg.rawPath,
        health_path: cfg.healthPath,
        splitting: cfg.splitting,
        hec_metadata_to_otel_attrs: { source: attrs.source, sourcetype: attrs.sourceType, index: attrs.index, host: attrs.host },
        // Alloy's converter crosses the two signals over; kept for byte-for-byte output.
        output: { metrics: nonEmpty(state.next("logs")), logs: nonEmpty(state.next("metrics")) },
      }),
    );
  },
};

function nonEmpty<T>(xs: T[]): T[] | undefined {
  return xs.length > 0 ? xs : undefined;
}
