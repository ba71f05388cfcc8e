// otelcol.receiver.filelog (component/otelcol/receiver/filelog): the file consumer's
// settings, in the Arguments struct's order (its squashed match criteria first).

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";
import { consumerRetryBlock, multilineBlock, trimFields } from "../stanza.js";

const sortByFields = [
  arg("sort_type", "string"),
  arg("regex_key", "string"),
  arg("ascending", "bool"),
  arg("layout", "string"),
  arg("location", "string"),
];

export const filelogReceiver: ComponentSchema = {
  name: "otelcol.receiver.filelog",
  fields: [
    requiredArg("include", "list"),
    arg("exclude", "list"),
    arg("exclude_older_than", "duration"),
    blockOf("ordering_criteria", [
      arg("regex", "string"),
      // *int: only nil is its zero, so an explicit 0 is written.
      arg("top_n", "expr"),
      blocksOf("sort_by", sortByFields),
      arg("group_by", "string"),
    ]),
    arg("poll_interval", "duration", new Duration(200)),
    arg("max_concurrent_files", "number", 1024),
    arg("max_batches", "number"),
    arg("start_at", "string", "end"),
    arg("fingerprint_size", "bytes", "1KiB"),
    arg("max_log_size", "bytes", "1MiB"),
    arg("encoding", "string", "utf-8"),
    arg("force_flush_period", "duration", new Duration(500)),
    arg("delete_after_read", "bool"),
    arg("include_file_record_number", "bool"),
    arg("compression", "string"),
    arg("acquire_fs_lock", "bool"),
    arg("file_cache_advise", "bool"),
    arg("skip_unmodified_files", "bool"),
    multilineBlock,
    ...trimFields,
    blockOf("header", [requiredArg("pattern", "string"), requiredArg("metadata_operators", "list")]),
    arg("include_file_name", "bool", true),
    arg("include_file_path", "bool"),
    arg("include_file_name_resolved", "bool"),
    arg("include_file_path_resolved", "bool"),
    arg("include_file_owner_name", "bool"),
    arg("include_file_owner_group_name", "bool"),
    arg("include_file_permissions", "bool"),
    arg("attributes", "map"),
    arg("resource", "map"),
    arg("operators", "list"),
    consumerRetryBlock,
    arg("storage", "expr"),
    debugMetricsBlock,
    outputBlock,
  ],
};
