// extensions: bearertokenauth → otelcol.auth.bearer, plus a local.file reading the token
// when the Collector config names a token file.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { localFile } from "../../../components/local/file.js";
import { bearerAuth } from "../../../components/otelcol/auth/bearer.js";
import { Duration, Raw } from "../../../components/values.js";
import { traversal } from "../../../emit/build.js";
import { bool, duration, int, list, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";

const config = struct("bearertokenauthextension.Config", {
  header: { key: "header", shape: str },
  scheme: { key: "scheme", shape: str },
  token: { key: "token", shape: str },
  tokens: { key: "tokens", shape: list(str) },
  filename: { key: "filename", shape: str },
  fileRetry: {
    key: "file_retry",
    shape: struct("bearertokenauthextension.FileRetryConfig", {
      enabled: { key: "enabled", shape: bool },
      maxRetries: { key: "max_retries", shape: int },
      retryInterval: { key: "retry_interval", shape: duration },
    }),
  },
});

export const bearerTokenAuthConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "extension",
  type: "bearertokenauth",
  config,
  defaultConfig: () => ({ ...config.zero(), header: "Authorization", scheme: "Bearer" }),
  inputName: "otelcol.auth.bearer",
  convert(cfg, state) {
    const label = state.label();
    let token: string | Raw = cfg.token;
    if (cfg.filename !== "") {
      // The file wins over an inline token: Alloy reads it with local.file (its default
      // detector, a one-minute poll, marked secret) and uses the file's content as token.
      state.append(encodeBuilderComponent(localFile, label, { filename: cfg.filename, detector: "fsnotify", poll_frequency: new Duration(60_000), is_secret: true }));
      token = new Raw(traversal(`local.file.${label}.content`));
    }
    state.append(encodeBuilderComponent(bearerAuth, label, { scheme: cfg.scheme, token, header: cfg.header }));
  },
};
