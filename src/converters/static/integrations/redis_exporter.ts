// The Agent's redis_exporter integration (static/integrations/redis_exporter) →
// prometheus.exporter.redis. The Agent's comma-separated key lists become Alloy lists.

import { redisExporter } from "../../../components/prometheus/exporter/redis.js";
import { Duration } from "../../../components/values.js";
import { goDuration } from "../../shared/go-duration.js";
import { secret } from "../../shared/http-client.js";
import { bool, int64, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";


/** Alloy's converter splits on commas and keeps an empty setting nil. */
function splitByComma(s: string | undefined): string[] | undefined {
  return s ? s.split(",") : undefined;
}

export const redisIntegration = exporterIntegration({
  v1Name: "redis_exporter",
  v2Name: "redis_configs",
  goName: "redis_exporter.Config",
  fields: {
    include_exporter_metrics: bool,
    redis_addr: string,
    redis_user: string,
    redis_password: secret,
    redis_password_file: string,
    redis_password_map_file: string,
    namespace: string,
    config_command: string,
    check_keys: string,
    check_key_groups: string,
    check_key_groups_batch_size: int64,
    max_distinct_key_groups: int64,
    check_single_keys: string,
    check_streams: string,
    check_single_streams: string,
    export_key_values: bool,
    count_keys: string,
    script_path: string,
    connection_timeout: goDuration,
    tls_client_key_file: string,
    tls_client_cert_file: string,
    tls_ca_cert_file: string,
    set_client_name: bool,
    is_tile38: bool,
    is_cluster: bool,
    export_client_list: bool,
    export_client_port: bool,
    redis_metrics_only: bool,
    ping_on_connect: bool,
    incl_system_metrics: bool,
    skip_tls_verification: bool,
  },
  defaults: () => ({
    namespace: "redis",
    config_command: "CONFIG",
    connection_timeout: new Duration(15_000),
    set_client_name: true,
    check_key_groups_batch_size: 10000,
    max_distinct_key_groups: 100,
    export_key_values: true,
  }),
  exporter: (cfg) => ({
    component: redisExporter,
    values: {
      include_exporter_metrics: cfg.include_exporter_metrics,
      redis_addr: cfg.redis_addr,
      redis_user: cfg.redis_user,
      redis_password: cfg.redis_password,
      redis_password_file: cfg.redis_password_file,
      redis_password_map_file: cfg.redis_password_map_file,
      namespace: cfg.namespace,
      config_command: cfg.config_command,
      check_keys: splitByComma(cfg.check_keys),
      check_key_groups: splitByComma(cfg.check_key_groups),
      check_key_groups_batch_size: cfg.check_key_groups_batch_size,
      max_distinct_key_groups: cfg.max_distinct_key_groups,
      check_single_keys: splitByComma(cfg.check_single_keys),
      check_streams: splitByComma(cfg.check_streams),
      check_single_streams: splitByComma(cfg.check_single_streams),
      export_key_values: cfg.export_key_values,
      count_keys: splitByComma(cfg.count_keys),
      script_path: cfg.script_path,
      connection_timeout: cfg.connection_timeout,
      tls_client_key_file: cfg.tls_client_key_file,
      tls_client_cert_file: cfg.tls_client_cert_file,
      tls_ca_cert_file: cfg.tls_ca_cert_file,
      set_client_name: cfg.set_client_name,
      is_tile38: cfg.is_tile38,
      is_cluster: cfg.is_cluster,
      export_client_list: cfg.export_client_list,
      export_client_port: cfg.export_client_port,
      redis_metrics_only: cfg.redis_metrics_only,
      ping_on_connect: cfg.ping_on_connect,
      incl_system_metrics: cfg.incl_system_metrics,
      skip_tls_verification: cfg.skip_tls_verification,
    },
  }),
});
