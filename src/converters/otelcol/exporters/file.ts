// exporters: file → otelcol.exporter.file

import { encodeBuilderComponent } from "../../../components/builder.js";
import { fileExporter } from "../../../components/otelcol/exporter/file.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, int, pointer, str, struct, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import type { OtelcolComponent } from "../component.js";

const rotationConfig = struct("fileexporter.Rotation", {
  maxMegabytes: { key: "max_megabytes", shape: int },
  maxDays: { key: "max_days", shape: int },
  maxBackups: { key: "max_backups", shape: int },
  localTime: { key: "localtime", shape: bool },
});

const groupByConfig = struct("fileexporter.GroupBy", {
  enabled: { key: "enabled", shape: bool },
  resourceAttribute: { key: "resource_attribute", shape: str },
  maxOpenFiles: { key: "max_open_files", shape: int },
});

const fields = struct("fileexporter.Config", {
  path: { key: "path", shape: str },
  append: { key: "append", shape: bool },
  rotation: { key: "rotation", shape: pointer(rotationConfig) },
  format: { key: "format", shape: str },
  encoding: { key: "encoding", shape: pointer(str, () => "") },
  compression: { key: "compression", shape: str },
  compressionParams: { key: "compression_params", shape: struct("configcompression.CompressionParams", { level: { key: "level", shape: int } }) },
  flushInterval: { key: "flush_interval", shape: pointer(duration, () => 0) },
  groupBy: { key: "group_by", shape: pointer(groupByConfig) },
  createDirectory: { key: "create_directory", shape: bool },
  directoryPermissions: { key: "directory_permissions", shape: str },
});
type FileConfig = Infer<typeof fields>;

/** Config.Unmarshal: rotation only when the key is there, and a one-second flush interval unless set. */
function afterUnmarshal(cfg: FileConfig, data: unknown): FileConfig {
  const rotationSet = isConfMap(data) && "rotation" in data;
  return { ...cfg, rotation: rotationSet ? cfg.rotation : undefined, flushInterval: cfg.flushInterval ?? 1000 };
}

const config: Shape<FileConfig> = {
  ...fields,
  decodeNull: (current) => afterUnmarshal(current, null),
  decode: (name, data, ctx, current) => afterUnmarshal(fields.decode(name, data, ctx, current), data),
};

export const fileExporterConverter: OtelcolComponent<FileConfig> = {
  kind: "exporter",
  type: "file",
  config,
  defaultConfig: () => ({
    ...fields.zero(),
    format: "json",
    rotation: { maxMegabytes: 0, maxDays: 0, maxBackups: 100, localTime: false },
    groupBy: { enabled: false, resourceAttribute: "fileexporter.path_segment", maxOpenFiles: 100 },
  }),
  inputName: "otelcol.exporter.file",
  convert(cfg, state) {
    const { rotation, groupBy } = cfg;
    state.append(
      encodeBuilderComponent(fileExporter, state.label(), {
        path: cfg.path,
        append: cfg.append,
        rotation: rotation && { max_megabytes: rotation.maxMegabytes, max_days: rotation.maxDays, max_backups: rotation.maxBackups, localtime: rotation.localTime },
        format: cfg.format,
        compression: cfg.compression,
        compression_params: { level: cfg.compressionParams.level },
        flush_interval: new Duration(cfg.flushInterval ?? 0),
        group_by: groupBy && { enabled: groupBy.enabled, resource_attribute: groupBy.resourceAttribute, max_open_files: groupBy.maxOpenFiles },
      }),
    );
  },
};
