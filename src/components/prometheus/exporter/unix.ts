// prometheus.exporter.unix (component/prometheus/exporter/unix Arguments), Go field order and
// SetToDefault. Alloy takes most defaults from the Agent's node_exporter DefaultConfig, so
// both sides share the constants below (the filesystem ones are Linux's: Alloy picks them by
// GOOS at start-up). The collector blocks are Go value structs without defaults of their
// own: their defaults are the parent's (defaultValue), and once a block is written its
// fields are compared with zero.

import { arg, blockOf, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration, type Values } from "../../values.js";

export const NODE_DEFAULTS = {
  procfsPath: "/proc",
  sysfsPath: "/sys",
  rootfsPath: "/",
  udevDataPath: "/run/udev/data",
  diskStatsDeviceExclude: "^(ram|loop|fd|(h|s|v|xv)d[a-z]|nvme\\d+n\\d+p)\\d+$",
  ethtoolMetricsInclude: ".*",
  filesystemFSTypesExclude:
    "^(autofs|binfmt_misc|bpf|cgroup2?|configfs|debugfs|devpts|devtmpfs|fusectl|hugetlbfs|iso9660|mqueue|nsfs|overlay|proc|procfs|pstore|rpc_pipefs|securityfs|selinuxfs|squashfs|sysfs|tracefs)$",
  filesystemMountPointsExclude: "^/(dev|proc|run/credentials/.+|sys|var/lib/docker/.+)($|/)",
  filesystemMountTimeoutMs: 5000,
  ntpIPTTL: 1,
  ntpLocalOffsetToleranceMs: 1,
  ntpMaxDistanceMs: 3466.08,
  ntpProtocolVersion: 4,
  ntpServer: "127.0.0.1",
  netclassIgnoredDevices: "^$",
  netstatFields:
    "^(.*_(InErrors|InErrs)|Ip_Forwarding|Ip(6|Ext)_(InOctets|OutOctets)|Icmp6?_(InMsgs|OutMsgs)|TcpExt_(Listen.*|Syncookies.*|TCPSynRetrans|TCPTimeouts)|Tcp_(ActiveOpens|InSegs|OutSegs|OutRsts|PassiveOpens|RetransSegs|CurrEstab)|Udp6?_(InDatagrams|OutDatagrams|NoPorts|RcvbufErrors|SndbufErrors))$",
  powersupplyIgnoredSupplies: "^$",
  runitServiceDir: "/etc/service",
  supervisordURL: "http://localhost:9001/RPC2",
  systemdUnitExclude: ".+\\.(automount|device|mount|scope|slice)",
  systemdUnitInclude: ".+",
  tapestatsIgnoredDevices: "^$",
  vmstatFields: "^(oom_kill|pgpg|pswp|pg.*fault).*",
} as const;

const d = NODE_DEFAULTS;

function collectorBlock(name: string, fields: Schema, defaultValue?: Values) {
  return blockOf(name, fields, { omitWhenEmpty: true, defaultValue });
}

export const unixExporter: ComponentSchema = {
  name: "prometheus.exporter.unix",
  fields: [
    arg("include_exporter_metrics", "bool"),
    arg("procfs_path", "string", d.procfsPath),
    arg("sysfs_path", "string", d.sysfsPath),
    arg("rootfs_path", "string", d.rootfsPath),
    arg("udev_data_path", "string", d.udevDataPath),
    arg("enable_collectors", "list"),
    arg("disable_collectors", "list"),
    arg("set_collectors", "list"),
    collectorBlock("arp", [arg("device_exclude", "string"), arg("device_include", "string"), arg("netlink", "bool")]),
    collectorBlock("bcache", [arg("priority_stats", "bool")]),
    collectorBlock("cpu", [arg("bugs_include", "string"), arg("guest", "bool"), arg("info", "bool"), arg("flags_include", "string")]),
    collectorBlock("disk", [arg("device_exclude", "string"), arg("device_include", "string")], {
      device_exclude: d.diskStatsDeviceExclude,
    }),
    collectorBlock("ethtool", [arg("device_exclude", "string"), arg("device_include", "string"), arg("metrics_include", "string")], {
      metrics_include: d.ethtoolMetricsInclude,
    }),
    collectorBlock("filesystem", [arg("fs_types_exclude", "string"), arg("mount_points_exclude", "string"), arg("mount_timeout", "duration")], {
      fs_types_exclude: d.filesystemFSTypesExclude,
      mount_points_exclude: d.filesystemMountPointsExclude,
      mount_timeout: new Duration(d.filesystemMountTimeoutMs),
    }),
    collectorBlock("hwmon", [arg("chip_exclude", "string"), arg("chip_include", "string")]),
    collectorBlock("ipvs", [arg("backend_labels", "list")]),
    collectorBlock(
      "ntp",
      [
        arg("ip_ttl", "number"),
        arg("local_offset_tolerance", "duration"),
        arg("max_distance", "duration"),
        arg("protocol_version", "number"),
        arg("server", "string"),
        arg("server_is_local", "bool"),
      ],
      {
        ip_ttl: d.ntpIPTTL,
        local_offset_tolerance: new Duration(d.ntpLocalOffsetToleranceMs),
        max_distance: new Duration(d.ntpMaxDistanceMs),
        protocol_version: d.ntpProtocolVersion,
        server: d.ntpServer,
      },
    ),
    collectorBlock("netclass", [arg("ignore_invalid_speed_device", "bool"), arg("ignored_devices", "string")], {
      ignored_devices: d.netclassIgnoredDevices,
    }),
    collectorBlock("netdev", [arg("address_info", "bool"), arg("device_exclude", "string"), arg("device_include", "string")]),
    collectorBlock("netstat", [arg("fields", "string")], { fields: d.netstatFields }),
    collectorBlock("perf", [
      arg("cpus", "string"),
      arg("tracepoint", "list"),
      arg("disable_hardware_profilers", "bool"),
      arg("disable_software_profilers", "bool"),
      arg("disable_cache_profilers", "bool"),
      arg("hardware_profilers", "list"),
      arg("software_profilers", "list"),
      arg("cache_profilers", "list"),
    ]),
    collectorBlock("powersupply", [arg("ignored_supplies", "string")], { ignored_supplies: d.powersupplyIgnoredSupplies }),
    collectorBlock("runit", [arg("service_dir", "string")], { service_dir: d.runitServiceDir }),
    collectorBlock("supervisord", [arg("url", "string")], { url: d.supervisordURL }),
    collectorBlock("sysctl", [arg("include", "list"), arg("include_info", "list")]),
    collectorBlock(
      "systemd",
      [
        arg("enable_restarts", "bool"),
        arg("start_time", "bool"),
        arg("task_metrics", "bool"),
        arg("unit_exclude", "string"),
        arg("unit_include", "string"),
      ],
      { unit_exclude: d.systemdUnitExclude, unit_include: d.systemdUnitInclude },
    ),
    collectorBlock("tapestats", [arg("ignored_devices", "string")], { ignored_devices: d.tapestatsIgnoredDevices }),
    collectorBlock("textfile", [arg("directory", "string")]),
    collectorBlock("vmstat", [arg("fields", "string")], { fields: d.vmstatFields }),
  ],
};
