// The Agent's node_exporter integration (static/integrations/node_exporter) →
// prometheus.exporter.unix: the flat collector settings go into Alloy's per-collector blocks.
// Alloy's converter has no place for the arp settings, so they are dropped as upstream does.

import { NODE_DEFAULTS as d, unixExporter } from "../../../components/prometheus/exporter/unix.js";
import { Duration } from "../../../components/values.js";
import { goQuote } from "../../shared/go-format.js";
import { goDuration } from "../../shared/go-duration.js";
import { bool, DecodeFailure, int, list, locationOf, string, type StructOf } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

const stringSlice = list(string, "flagext.StringSlice");

/** Old field names the Agent still reads, each with the field it now sets. */
const RENAMED: [old: string, current: string][] = [
  ["netdev_device_whitelist", "netdev_device_include"],
  ["netdev_device_blacklist", "netdev_device_exclude"],
  ["systemd_unit_whitelist", "systemd_unit_include"],
  ["systemd_unit_blacklist", "systemd_unit_exclude"],
  ["filesystem_ignored_mount_points", "filesystem_mount_points_exclude"],
  ["filesystem_ignored_fs_types", "filesystem_fs_types_exclude"],
  ["diskstats_ignored_devices", "diskstats_device_exclude"],
];

const fields = {
  include_exporter_metrics: bool,
  procfs_path: string,
  sysfs_path: string,
  rootfs_path: string,
  udev_data_path: string,
  enable_collectors: stringSlice,
  disable_collectors: stringSlice,
  set_collectors: stringSlice,
  arp_device_exclude: string,
  arp_device_include: string,
  arp_netlink: bool,
  enable_bcache_priority_stats: bool,
  cpu_bugs_include: string,
  enable_cpu_guest_seconds_metric: bool,
  enable_cpu_info_metric: bool,
  cpu_flags_include: string,
  diskstats_device_exclude: string,
  diskstats_device_include: string,
  ethtool_device_exclude: string,
  ethtool_device_include: string,
  ethtool_metrics_include: string,
  filesystem_fs_types_exclude: string,
  filesystem_mount_points_exclude: string,
  filesystem_mount_timeout: goDuration,
  hwmon_chip_include: string,
  hwmon_chip_exclude: string,
  ipvs_backend_labels: list(string),
  ntp_ip_ttl: int,
  ntp_local_offset_tolerance: goDuration,
  ntp_max_distance: goDuration,
  ntp_protocol_version: int,
  ntp_server: string,
  ntp_server_is_local: bool,
  netclass_ignore_invalid_speed_device: bool,
  netclass_ignored_devices: string,
  netdev_address_info: bool,
  netdev_device_exclude: string,
  netdev_device_include: string,
  netstat_fields: string,
  perf_cpus: string,
  perf_tracepoint: stringSlice,
  perf_disable_hardware_profilers: bool,
  perf_disable_software_profilers: bool,
  perf_disable_cache_profilers: bool,
  perf_hardware_profilers: stringSlice,
  perf_software_profilers: stringSlice,
  perf_cache_profilers: stringSlice,
  powersupply_ignored_supplies: string,
  runit_service_dir: string,
  supervisord_url: string,
  sysctl_include: stringSlice,
  sysctl_include_info: stringSlice,
  systemd_enable_restarts_metrics: bool,
  systemd_enable_start_time_metrics: bool,
  systemd_enable_task_metrics: bool,
  systemd_unit_exclude: string,
  systemd_unit_include: string,
  tapestats_ignored_devices: string,
  textfile_directory: string,
  vmstat_fields: string,
  // Old names (RENAMED), moved to their new fields when the YAML is read.
  netdev_device_whitelist: string,
  netdev_device_blacklist: string,
  systemd_unit_whitelist: string,
  systemd_unit_blacklist: string,
  filesystem_ignored_mount_points: string,
  filesystem_ignored_fs_types: string,
  diskstats_ignored_devices: string,
};

type NodeConfig = StructOf<typeof fields>;

function defaults(): NodeConfig {
  return {
    procfs_path: d.procfsPath,
    sysfs_path: d.sysfsPath,
    rootfs_path: d.rootfsPath,
    udev_data_path: d.udevDataPath,
    diskstats_device_exclude: d.diskStatsDeviceExclude,
    ethtool_metrics_include: d.ethtoolMetricsInclude,
    filesystem_fs_types_exclude: d.filesystemFSTypesExclude,
    filesystem_mount_points_exclude: d.filesystemMountPointsExclude,
    filesystem_mount_timeout: new Duration(d.filesystemMountTimeoutMs),
    ntp_ip_ttl: d.ntpIPTTL,
    ntp_local_offset_tolerance: new Duration(d.ntpLocalOffsetToleranceMs),
    ntp_max_distance: new Duration(d.ntpMaxDistanceMs),
    ntp_protocol_version: d.ntpProtocolVersion,
    ntp_server: d.ntpServer,
    netclass_ignored_devices: d.netclassIgnoredDevices,
    netstat_fields: d.netstatFields,
    powersupply_ignored_supplies: d.powersupplyIgnoredSupplies,
    runit_service_dir: d.runitServiceDir,
    supervisord_url: d.supervisordURL,
    systemd_unit_exclude: d.systemdUnitExclude,
    systemd_unit_include: d.systemdUnitInclude,
    tapestats_ignored_devices: d.tapestatsIgnoredDevices,
    vmstat_fields: d.vmstatFields,
  };
}

/**
 * The Agent's migration of renamed fields: an empty value counts as unset (yaml.v2 cannot
 * tell it apart), the old name fills the new field, and both names set stop the load.
 */
function migrateRenamed(cfg: NodeConfig, line: number): void {
  const values = cfg as Record<string, unknown>;
  const fallback = defaults() as Record<string, unknown>;
  for (const [old, current] of RENAMED) {
    const oldValue = (values[old] as string | undefined) ?? "";
    const currentSet = locationOf(cfg, current) !== undefined && values[current] !== "";
    if (oldValue !== "" && currentSet) {
      throw new DecodeFailure(`only one of ${goQuote(old)} and ${goQuote(current)} may be specified`, line);
    }
    if (!currentSet) values[current] = oldValue !== "" ? oldValue : (fallback[current] ?? "");
    delete values[old];
  }
}

export const nodeIntegration = exporterIntegration({
  v1Name: "node_exporter",
  v2Name: "node_exporter",
  goName: "node_exporter.Config",
  fields,
  defaults,
  validate: (cfg, _ctx, line) => migrateRenamed(cfg, line),
  exporter: (cfg) => ({
    component: unixExporter,
    values: {
      include_exporter_metrics: cfg.include_exporter_metrics,
      procfs_path: cfg.procfs_path,
      sysfs_path: cfg.sysfs_path,
      rootfs_path: cfg.rootfs_path,
      udev_data_path: cfg.udev_data_path,
      enable_collectors: cfg.enable_collectors,
      disable_collectors: cfg.disable_collectors,
      set_collectors: cfg.set_collectors,
      arp: {},
      bcache: { priority_stats: cfg.enable_bcache_priority_stats },
      cpu: {
        bugs_include: cfg.cpu_bugs_include,
        guest: cfg.enable_cpu_guest_seconds_metric,
        info: cfg.enable_cpu_info_metric,
        flags_include: cfg.cpu_flags_include,
      },
      disk: { device_exclude: cfg.diskstats_device_exclude, device_include: cfg.diskstats_device_include },
      ethtool: {
        device_exclude: cfg.ethtool_device_exclude,
        device_include: cfg.ethtool_device_include,
        metrics_include: cfg.ethtool_metrics_include,
      },
      filesystem: {
        fs_types_exclude: cfg.filesystem_fs_types_exclude,
        mount_points_exclude: cfg.filesystem_mount_points_exclude,
        mount_timeout: cfg.filesystem_mount_timeout,
      },
      hwmon: { chip_exclude: cfg.hwmon_chip_exclude, chip_include: cfg.hwmon_chip_include },
      ipvs: { backend_labels: cfg.ipvs_backend_labels },
      ntp: {
        ip_ttl: cfg.ntp_ip_ttl,
        local_offset_tolerance: cfg.ntp_local_offset_tolerance,
        max_distance: cfg.ntp_max_distance,
        protocol_version: cfg.ntp_protocol_version,
        server: cfg.ntp_server,
        server_is_local: cfg.ntp_server_is_local,
      },
      netclass: {
        ignore_invalid_speed_device: cfg.netclass_ignore_invalid_speed_device,
        ignored_devices: cfg.netclass_ignored_devices,
      },
      netdev: {
        address_info: cfg.netdev_address_info,
        device_exclude: cfg.netdev_device_exclude,
        device_include: cfg.netdev_device_include,
      },
      netstat: { fields: cfg.netstat_fields },
      perf: {
        cpus: cfg.perf_cpus,
        tracepoint: cfg.perf_tracepoint,
        disable_hardware_profilers: cfg.perf_disable_hardware_profilers,
        disable_software_profilers: cfg.perf_disable_software_profilers,
        disable_cache_profilers: cfg.perf_disable_cache_profilers,
        hardware_profilers: cfg.perf_hardware_profilers,
        software_profilers: cfg.perf_software_profilers,
        cache_profilers: cfg.perf_cache_profilers,
      },
      powersupply: { ignored_supplies: cfg.powersupply_ignored_supplies },
      runit: { service_dir: cfg.runit_service_dir },
      supervisord: { url: cfg.supervisord_url },
      sysctl: { include: cfg.sysctl_include, include_info: cfg.sysctl_include_info },
      systemd: {
        enable_restarts: cfg.systemd_enable_restarts_metrics,
        start_time: cfg.systemd_enable_start_time_metrics,
        task_metrics: cfg.systemd_enable_task_metrics,
        unit_exclude: cfg.systemd_unit_exclude,
        unit_include: cfg.systemd_unit_include,
      },
      tapestats: { ignored_devices: cfg.tapestats_ignored_devices },
      textfile: { directory: cfg.textfile_directory },
      vmstat: { fields: cfg.vmstat_fields },
    },
  }),
});
