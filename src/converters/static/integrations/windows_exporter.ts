// The Agent's windows_exporter integration (static/integrations/windows_exporter) →
// prometheus.exporter.windows. The integration's DefaultConfig and UnmarshalYAML are
// Windows-only, so under the Linux build of `alloy convert` its YAML decodes without
// defaults. Alloy's converter turns each comma-separated list into a list (an empty string
// into an empty, non-nil one, which the builder writes) and always writes a textfile block:
// it leaves it out only when the directory equals a default built from Alloy's own
// executable path, which a config never names.

import { windowsExporter } from "../../../components/prometheus/exporter/windows.js";
import { goDuration } from "../../shared/go-duration.js";
import { bool, list, string, struct, uint8 } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

const enabledList = (goName: string) => struct(`windows_exporter.${goName}`, { enabled_list: string });
const includeExclude = (goName: string) => struct(`windows_exporter.${goName}`, { include: string, exclude: string });
const listsAndRegexes = { blacklist: string, whitelist: string, include: string, exclude: string };

/** "a,b" → ["a", "b"]; "" → [] (Alloy's split in its converter). */
function split(value: string | undefined): string[] {
  return value ? value.split(",") : [];
}

export const windowsIntegration = exporterIntegration({
  v1Name: "windows_exporter",
  v2Name: "windows",
  goName: "windows_exporter.Config",
  fields: {
    enabled_collectors: string,
    dfsr: struct("windows_exporter.DfsrConfig", { sources_enabled: string }),
    exchange: enabledList("ExchangeConfig"),
    mscluster: enabledList("MSClusterConfig"),
    netframework: enabledList("NetFrameworkConfig"),
    iis: struct("windows_exporter.IISConfig", {
      site_whitelist: string,
      site_blacklist: string,
      app_whitelist: string,
      app_blacklist: string,
      site_include: string,
      site_exclude: string,
      app_include: string,
      app_exclude: string,
    }),
    text_file: struct("windows_exporter.TextFileConfig", { text_file_directory: string }),
    smtp: struct("windows_exporter.SMTPConfig", listsAndRegexes),
    service: includeExclude("ServiceConfig"),
    physical_disk: includeExclude("PhysicalDiskConfig"),
    process: struct("windows_exporter.ProcessConfig", {
      ...listsAndRegexes,
      enable_iis_worker_process: bool,
      counter_version: uint8,
    }),
    network: struct("windows_exporter.NetworkConfig", listsAndRegexes),
    mssql: struct("windows_exporter.MSSQLConfig", { enabled_classes: string }),
    logical_disk: struct("windows_exporter.LogicalDiskConfig", { enabled_list: string, ...listsAndRegexes }),
    scheduled_task: includeExclude("ScheduledTaskConfig"),
    printer: includeExclude("PrinterConfig"),
    smb: enabledList("SMBConfig"),
    smb_client: enabledList("SMBClientConfig"),
    tcp: enabledList("TCPConfig"),
    update: struct("windows_exporter.UpdateConfig", { online: bool, scrape_interval: goDuration }),
    filetime: struct("windows_exporter.FiletimeConfig", { file_patterns: list(string) }),
    performancecounter: struct("windows_exporter.PerformanceCounterConfig", { objects: string }),
    dns: enabledList("DNSConfig"),
    net: struct("windows_exporter.NetConfig", { enabled_list: string, exclude: string, include: string }),
  },
  exporter: (cfg) => {
    const iis = cfg.iis ?? {};
    const logicalDisk = cfg.logical_disk ?? {};
    const network = cfg.network ?? {};
    const process = cfg.process ?? {};
    const smtp = cfg.smtp ?? {};
    const net = cfg.net ?? {};
    return {
      component: windowsExporter,
      values: {
        enabled_collectors: split(cfg.enabled_collectors),
        dfsr: { sources_enabled: split(cfg.dfsr?.sources_enabled) },
        exchange: { enabled_list: split(cfg.exchange?.enabled_list) },
        iis: {
          app_blacklist: iis.app_blacklist,
          app_whitelist: iis.app_whitelist,
          site_blacklist: iis.site_blacklist,
          site_whitelist: iis.site_whitelist,
          app_exclude: iis.app_exclude,
          app_include: iis.app_include,
          site_exclude: iis.site_exclude,
          site_include: iis.site_include,
        },
        logical_disk: {
          enabled_list: split(logicalDisk.enabled_list),
          blacklist: logicalDisk.blacklist,
          whitelist: logicalDisk.whitelist,
          include: logicalDisk.include,
          exclude: logicalDisk.exclude,
        },
        mssql: { enabled_classes: split(cfg.mssql?.enabled_classes) },
        network: { blacklist: network.blacklist, whitelist: network.whitelist, exclude: network.exclude, include: network.include },
        physical_disk: { include: cfg.physical_disk?.include, exclude: cfg.physical_disk?.exclude },
        printer: { exclude: cfg.printer?.exclude, include: cfg.printer?.include },
        process: {
          blacklist: process.blacklist,
          whitelist: process.whitelist,
          exclude: process.exclude,
          include: process.include,
          enable_iis_worker_process: process.enable_iis_worker_process,
          counter_version: process.counter_version,
        },
        scheduled_task: { exclude: cfg.scheduled_task?.exclude, include: cfg.scheduled_task?.include },
        service: { include: cfg.service?.include, exclude: cfg.service?.exclude },
        smb: { enabled_list: split(cfg.smb?.enabled_list) },
        smb_client: { enabled_list: split(cfg.smb_client?.enabled_list) },
        smtp: { blacklist: smtp.blacklist, whitelist: smtp.whitelist, exclude: smtp.exclude, include: smtp.include },
        textfile: { directories: split(cfg.text_file?.text_file_directory) },
        tcp: { enabled_list: split(cfg.tcp?.enabled_list) },
        update: { online: cfg.update?.online, scrape_interval: cfg.update?.scrape_interval },
        filetime: { file_patterns: cfg.filetime?.file_patterns },
        performancecounter: { objects: cfg.performancecounter?.objects },
        mscluster: { enabled_list: split(cfg.mscluster?.enabled_list) },
        netframework: { enabled_list: split(cfg.netframework?.enabled_list) },
        dns: { enabled_list: split(cfg.dns?.enabled_list) },
        net: { enabled_list: split(net.enabled_list), exclude: net.exclude, include: net.include },
      },
    };
  },
});
