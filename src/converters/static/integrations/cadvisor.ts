// cadvisor (v1 and v2) → prometheus.exporter.cadvisor.

import { cadvisorExporter } from "../../../components/prometheus/exporter/cadvisor.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { bool, int64, list, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";


/** The lists the Agent's UnmarshalYAML turns into [""] when they end up empty (cadvisor's CSV flags never give an empty slice). */
const NEVER_EMPTY = ["allowlisted_container_labels", "env_metadata_allowlist", "raw_cgroup_prefix_allowlist"] as const;

export const cadvisorIntegration = exporterIntegration({
  v1Name: "cadvisor",
  v2Name: "cadvisor",
  goName: "cadvisor.plain",
  fields: {
    store_container_labels: bool,
    allowlisted_container_labels: list(string),
    env_metadata_allowlist: list(string),
    raw_cgroup_prefix_allowlist: list(string),
    perf_events_config: string,
    resctrl_interval: int64,
    disabled_metrics: list(string),
    enabled_metrics: list(string),
    storage_duration: goDuration,
    containerd: string,
    containerd_namespace: string,
    docker: string,
    docker_tls: bool,
    docker_tls_cert: string,
    docker_tls_key: string,
    docker_tls_ca: string,
    docker_only: bool,
    disable_root_cgroup_stats: bool,
  },
  defaults: () => ({
    store_container_labels: true,
    allowlisted_container_labels: [""],
    env_metadata_allowlist: [""],
    raw_cgroup_prefix_allowlist: [""],
    resctrl_interval: 0,
    storage_duration: new Duration(120_000),
    containerd: "/run/containerd/containerd.sock",
    containerd_namespace: "k8s.io",
    docker: "unix:///var/run/docker.sock",
    docker_tls: false,
    docker_tls_cert: "cert.pem",
    docker_tls_key: "key.pem",
    docker_tls_ca: "ca.pem",
    docker_only: false,
  }),
  validate: (cfg) => {
    for (const key of NEVER_EMPTY) if (!cfg[key]?.length) cfg[key] = [""];
  },
  exporter: (cfg) => ({
    component: cadvisorExporter,
    values: {
      store_container_labels: cfg.store_container_labels,
      allowlisted_container_labels: cfg.allowlisted_container_labels,
      env_metadata_allowlist: cfg.env_metadata_allowlist,
      raw_cgroup_prefix_allowlist: cfg.raw_cgroup_prefix_allowlist,
      perf_events_config: cfg.perf_events_config,
      // An int64 of nanoseconds upstream.
      resctrl_interval: new Duration((cfg.resctrl_interval ?? 0) / 1e6),
      disabled_metrics: cfg.disabled_metrics,
      enabled_metrics: cfg.enabled_metrics,
      storage_duration: cfg.storage_duration,
      containerd_host: cfg.containerd,
      containerd_namespace: cfg.containerd_namespace,
      docker_host: cfg.docker,
      use_docker_tls: cfg.docker_tls,
      docker_tls_cert: cfg.docker_tls_cert,
      docker_tls_key: cfg.docker_tls_key,
      docker_tls_ca: cfg.docker_tls_ca,
      docker_only: cfg.docker_only,
      disable_root_cgroup_stats: cfg.disable_root_cgroup_stats,
    },
  }),
});
