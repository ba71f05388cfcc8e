// faro.receiver (component/faro/receiver Arguments), Go field order. Only the sourcemaps
// block sets defaults of its own; the server and rate_limiting blocks get theirs from the
// parent, so once written their fields are compared with zero (Alloy's builder rule).

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const faroReceiver: ComponentSchema = {
  name: "faro.receiver",
  fields: [
    arg("extra_log_labels", "map"),
    arg("log_format", "string", "default"),
    blockOf("server", [
      arg("listen_address", "string"),
      arg("listen_port", "number"),
      arg("cors_allowed_origins", "list"),
      arg("api_key", "string"),
      arg("max_allowed_payload_size", "bytes"),
      blockOf("rate_limiting", [arg("enabled", "bool"), arg("rate", "number"), arg("burst_size", "number")]),
      arg("include_metadata", "bool"),
    ]),
    blockOf("sourcemaps", [
      arg("download", "bool", true),
      arg("download_from_origins", "list", ["*"]),
      arg("download_timeout", "duration", new Duration(1000)),
      blocksOf("location", [arg("path", "string"), arg("minified_path_prefix", "string"), arg("url_prefix", "string")]),
    ]),
    blockOf("output", [requiredArg("logs", "expr"), requiredArg("traces", "expr")]),
  ],
};
