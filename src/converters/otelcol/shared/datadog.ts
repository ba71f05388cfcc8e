// The Datadog API settings the contrib datadog components share (pkg/datadog/config APIConfig).

import { bool, str, struct, type Infer } from "../../confmap/decode.js";

export const datadogApiConfig = struct("config.APIConfig", {
  key: { key: "key", shape: str },
  site: { key: "site", shape: str },
  failOnInvalidKey: { key: "fail_on_invalid_key", shape: bool },
});
export type DatadogApiConfig = Infer<typeof datadogApiConfig>;
