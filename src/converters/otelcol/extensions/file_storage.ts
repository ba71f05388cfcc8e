// extensions: file_storage → otelcol.storage.file

import { encodeBuilderComponent } from "../../../components/builder.js";
import { storageFile } from "../../../components/otelcol/extension/storage_file.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, integer, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";

const int64 = integer("int64");

const compactionConfig = struct("filestorage.CompactionConfig", {
  onStart: { key: "on_start", shape: bool },
  onRebound: { key: "on_rebound", shape: bool },
  directory: { key: "directory", shape: str },
  reboundNeededThresholdMiB: { key: "rebound_needed_threshold_mib", shape: int64 },
  reboundTriggerThresholdMiB: { key: "rebound_trigger_threshold_mib", shape: int64 },
  maxTransactionSize: { key: "max_transaction_size", shape: int64 },
  checkInterval: { key: "check_interval", shape: duration },
  cleanupOnStart: { key: "cleanup_on_start", shape: bool },
});

const config = struct("filestorage.Config", {
  directory: { key: "directory", shape: str },
  timeout: { key: "timeout", shape: duration },
  compaction: { key: "compaction", shape: pointer(compactionConfig) },
  fsync: { key: "fsync", shape: bool },
  createDirectory: { key: "create_directory", shape: bool },
  directoryPermissions: { key: "directory_permissions", shape: str },
  recreate: { key: "recreate", shape: bool },
});

/** The Collector's default directory off Windows, where Alloy's converter runs here. */
const DEFAULT_DIRECTORY = "/var/lib/otelcol/file_storage";

export const fileStorageExtensionConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "extension",
  type: "file_storage",
  config,
  defaultConfig: () => ({
    directory: DEFAULT_DIRECTORY,
    timeout: 1000,
    compaction: {
      onStart: false,
      onRebound: false,
      directory: DEFAULT_DIRECTORY,
      reboundNeededThresholdMiB: 100,
      reboundTriggerThresholdMiB: 10,
      maxTransactionSize: 65_536,
      checkInterval: 5000,
      cleanupOnStart: false,
    },
    fsync: false,
    createDirectory: false,
    directoryPermissions: "0750",
    recreate: false,
  }),
  inputName: "otelcol.storage.file",
  convert(cfg, state) {
    // Alloy's converter always writes a compaction block; the recreate option has no Alloy argument.
    const c = cfg.compaction ?? compactionConfig.zero();
    state.append(
      encodeBuilderComponent(storageFile, state.label(), {
        directory: cfg.directory,
        timeout: new Duration(cfg.timeout),
        compaction: {
          on_start: c.onStart,
          on_rebound: c.onRebound,
          directory: c.directory,
          rebound_needed_threshold_mib: c.reboundNeededThresholdMiB,
          rebound_trigger_threshold_mib: c.reboundTriggerThresholdMiB,
          max_transaction_size: c.maxTransactionSize,
          check_interval: new Duration(c.checkInterval),
          cleanup_on_start: c.cleanupOnStart,
        },
        fsync: cfg.fsync,
        create_directory: cfg.createDirectory,
        directory_permissions: cfg.directoryPermissions,
      }),
    );
  },
};
