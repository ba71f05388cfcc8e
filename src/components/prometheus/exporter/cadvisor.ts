// prometheus.exporter.cadvisor (component/prometheus/exporter/cadvisor Arguments), Go field
// order and SetToDefault.

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const cadvisorExporter: ComponentSchema = {
  name: "prometheus.exporter.cadvisor",
  fields: [
    arg("store_container_labels", "bool", true),
    arg("allowlisted_container_labels", "list", [""]),
    arg("env_metadata_allowlist", "list", [""]),
    arg("raw_cgroup_prefix_allowlist", "list", [""]),
    arg("perf_events_config", "string"),
    arg("resctrl_interval", "duration"),
    arg("disabled_metrics", "list"),
    arg("enabled_metrics", "list"),
    arg("storage_duration", "duration", new Duration(120_000)),
    arg("containerd_host", "string", "/run/containerd/containerd.sock"),
    arg("containerd_namespace", "string", "k8s.io"),
    arg("docker_host", "string", "unix:///var/run/docker.sock"),
    arg("use_docker_tls", "bool"),
    arg("docker_tls_cert", "string", "cert.pem"),
    arg("docker_tls_key", "string", "key.pem"),
    arg("docker_tls_ca", "string", "ca.pem"),
    arg("docker_only", "bool"),
    arg("disable_root_cgroup_stats", "bool"),
  ],
};
