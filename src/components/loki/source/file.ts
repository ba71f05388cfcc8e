// loki.source.file (grafana/alloy internal/component/loki/source/file).

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const lokiSourceFile: ComponentSchema = {
  name: "loki.source.file",
  fields: [
    requiredArg("targets", "expr"),
    requiredArg("forward_to", "expr"),
    arg("encoding", "string"),
    blockOf(
      "decompression",
      [requiredArg("enabled", "bool"), arg("initial_delay", "duration"), requiredArg("format", "string")],
      { omitWhenEmpty: true },
    ),
    blockOf(
      "file_watch",
      [
        arg("min_poll_frequency", "duration", new Duration(250)),
        arg("max_poll_frequency", "duration", new Duration(250)),
      ],
      { omitWhenEmpty: true },
    ),
    blockOf(
      "file_match",
      [
        arg("enabled", "bool"),
        arg("sync_period", "duration", new Duration(10_000)),
        arg("ignore_older_than", "duration"),
      ],
      { omitWhenEmpty: true },
    ),
    arg("tail_from_end", "bool"),
    arg("legacy_positions_file", "string"),
    arg("on_positions_file_error", "string", "restart_from_beginning"),
  ],
};
