// receivers: filelog → otelcol.receiver.filelog

import { encodeBuilderComponent } from "../../../components/builder.js";
import { filelogReceiver } from "../../../components/otelcol/receiver/filelog.js";
import { Duration, type Values } from "../../../components/values.js";
import { anyValue, bool, duration, int, list, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import { formatBase2Bytes } from "../../shared/bytes.js";
import { idString, type OtelcolComponent } from "../component.js";
import {
  adapterBaseConfig,
  byteSize,
  consumerRetryValues,
  defaultAdapterBase,
  defaultConsumerRetry,
  defaultInputOperator,
  inputOperatorConfig,
  multilineValues,
  splitConfig,
  trimConfig,
  trimValues,
} from "../shared/stanza.js";

const sortConfig = struct("matcher.Sort", {
  sortType: { key: "sort_type", shape: str },
  regexKey: { key: "regex_key", shape: str },
  ascending: { key: "ascending", shape: bool },
  layout: { key: "layout", shape: str },
  location: { key: "location", shape: str },
});

const criteria = struct("matcher.Criteria", {
  include: { key: "include", shape: list(str) },
  exclude: { key: "exclude", shape: list(str) },
  excludeOlderThan: { key: "exclude_older_than", shape: duration },
  orderingCriteria: {
    key: "ordering_criteria",
    shape: struct("matcher.OrderingCriteria", {
      regex: { key: "regex", shape: str },
      topN: { key: "top_n", shape: pointer(int, () => 0) },
      sortBy: { key: "sort_by", shape: list(sortConfig) },
      groupBy: { key: "group_by", shape: str },
    }),
  },
});

const resolver = struct("attrs.Resolver", {
  includeFileName: { key: "include_file_name", shape: bool },
  includeFilePath: { key: "include_file_path", shape: bool },
  includeFileNameResolved: { key: "include_file_name_resolved", shape: bool },
  includeFilePathResolved: { key: "include_file_path_resolved", shape: bool },
  includeFileOwnerName: { key: "include_file_owner_name", shape: bool },
  includeFileOwnerGroupName: { key: "include_file_owner_group_name", shape: bool },
  includeFilePermissions: { key: "include_file_permissions", shape: bool },
});

/** fileconsumer.Config as v0.158 reads it. */
const fileConsumerConfig = struct("fileconsumer.Config", {
  criteria: { shape: criteria },
  resolver: { shape: resolver },
  pollInterval: { key: "poll_interval", shape: duration },
  maxConcurrentFiles: { key: "max_concurrent_files", shape: int },
  maxBatches: { key: "max_batches", shape: int },
  startAt: { key: "start_at", shape: str },
  fingerprintSize: { key: "fingerprint_size", shape: byteSize },
  initialBufferSize: { key: "initial_buffer_size", shape: byteSize },
  maxLogSize: { key: "max_log_size", shape: byteSize },
  maxLogSizeBehavior: { key: "max_log_size_behavior", shape: str },
  encoding: { key: "encoding", shape: str },
  split: { key: "multiline", shape: splitConfig },
  trim: { shape: trimConfig },
  flushPeriod: { key: "force_flush_period", shape: duration },
  header: {
    key: "header",
    shape: pointer(
      struct("fileconsumer.HeaderConfig", {
        pattern: { key: "pattern", shape: str },
        metadataOperators: { key: "metadata_operators", shape: list(anyValue) },
      }),
    ),
  },
  deleteAfterRead: { key: "delete_after_read", shape: bool },
  includeFileRecordNumber: { key: "include_file_record_number", shape: bool },
  includeFileRecordOffset: { key: "include_file_record_offset", shape: bool },
  compression: { key: "compression", shape: str },
  pollsToArchive: { key: "polls_to_archive", shape: int },
  acquireFsLock: { key: "acquire_fs_lock", shape: bool },
  onTruncate: { key: "on_truncate", shape: str },
  fileCacheAdvise: { key: "file_cache_advise", shape: bool },
  skipUnmodifiedFiles: { key: "skip_unmodified_files", shape: bool },
});
type FileConsumerConfig = Infer<typeof fileConsumerConfig>;

const config = struct("filelogreceiver.FileLogConfig", {
  operator: { shape: inputOperatorConfig },
  input: { shape: fileConsumerConfig },
  base: { shape: adapterBaseConfig },
});

/** fileconsumer.NewConfig. */
function defaultFileConsumer(): FileConsumerConfig {
  return {
    ...fileConsumerConfig.zero(),
    resolver: { ...resolver.zero(), includeFileName: true },
    pollInterval: 200,
    maxConcurrentFiles: 1024,
    startAt: "end",
    fingerprintSize: 1000,
    initialBufferSize: 16 * 1024,
    maxLogSize: 1024 * 1024,
    encoding: "utf-8",
    flushPeriod: 500,
  };
}

/** Stanza's expression strings are copied as the plain strings Alloy takes. */
function stringMap(m: Record<string, string> | undefined): Values | undefined {
  return m && Object.keys(m).length > 0 ? { ...m } : undefined;
}

export const filelogReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "filelog",
  config,
  defaultConfig: () => ({ operator: defaultInputOperator("file_input"), input: defaultFileConsumer(), base: defaultAdapterBase(defaultConsumerRetry()) }),
  inputName: "otelcol.receiver.filelog",
  convert(cfg, state) {
    const input = cfg.input;
    const id = `${state.kind}/${idString(state.id)}`;
    if ((cfg.base.operators ?? []).length > 0) state.diags.warning(`operators cannot currently be translated for ${id}`);
    if (input.header) state.diags.warning(`header metadata_operators cannot currently be translated for ${id}`);

    const ordering = input.criteria.orderingCriteria;
    const r = input.resolver;
    const values: Values = {
      include: input.criteria.include ?? [],
      exclude: input.criteria.exclude,
      exclude_older_than: new Duration(input.criteria.excludeOlderThan),
      ordering_criteria: {
        regex: ordering.regex,
        top_n: ordering.topN,
        sort_by: ordering.sortBy?.map((s) => ({ sort_type: s.sortType, regex_key: s.regexKey, ascending: s.ascending, layout: s.layout, location: s.location })),
        group_by: ordering.groupBy,
      },
      poll_interval: new Duration(input.pollInterval),
      max_concurrent_files: input.maxConcurrentFiles,
      max_batches: input.maxBatches,
      start_at: input.startAt,
      fingerprint_size: formatBase2Bytes(input.fingerprintSize),
      max_log_size: formatBase2Bytes(input.maxLogSize),
      encoding: input.encoding,
      force_flush_period: new Duration(input.flushPeriod),
      delete_after_read: input.deleteAfterRead,
      include_file_record_number: input.includeFileRecordNumber,
      compression: input.compression,
      acquire_fs_lock: input.acquireFsLock,
      multiline: multilineValues(input.split),
      ...trimValues(input.trim),
      // Alloy copies only the pattern; its metadata_operators stay nil and print as [].
      header: input.header && { pattern: input.header.pattern, metadata_operators: [] },
      include_file_name: r.includeFileName,
      include_file_path: r.includeFilePath,
      include_file_name_resolved: r.includeFileNameResolved,
      include_file_path_resolved: r.includeFilePathResolved,
      include_file_owner_name: r.includeFileOwnerName,
      include_file_owner_group_name: r.includeFileOwnerGroupName,
      include_file_permissions: r.includeFilePermissions,
      attributes: stringMap(cfg.operator.attributes),
      resource: stringMap(cfg.operator.resource),
      retry_on_failure: consumerRetryValues(cfg.base.retryOnFailure),
    };
    state.append(encodeBuilderComponent(filelogReceiver, state.label(), values));
  },
};
