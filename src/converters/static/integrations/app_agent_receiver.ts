// The Agent's v2 app_agent_receiver integration (Faro) → faro.receiver: its server,
// source map and log settings, its logs sent to the named logs instance's loki.write.
// Traces cannot follow (traces_instance is reported).

import { encodeBuilderComponent } from "../../../components/builder.js";
import { faroReceiver } from "../../../components/faro/receiver.js";
import { sanitizeIdentifier } from "../../../components/labels.js";
import { Duration, Raw } from "../../../components/values.js";
import { array, traversal } from "../../../emit/build.js";
import { formatBase2Bytes } from "../../shared/bytes.js";
import { goDuration } from "../../shared/go-duration.js";
import { bool, float, int, list, map, string, struct, type StructOf } from "../../yaml/types.js";
import { INTEGRATIONS_LABEL_PREFIX } from "./builder.js";
import type { SpecialIntegration } from "./kinds.js";

// Go decodes into the defaults, so each nested struct keeps the defaults of the keys it leaves out.
const rateLimitingDefaults = () => ({ enabled: false, rps: 100, burstiness: 50 });
const serverDefaults = () => ({
  host: "127.0.0.1",
  port: 12347,
  cors_allowed_origins: [],
  max_allowed_payload_size: 5e6,
  rate_limiting: rateLimitingDefaults(),
});
const sourceMapsDefaults = () => ({ download_origins: ["*"], download_timeout: new Duration(1000) });

const fields = {
  server: struct(
    "app_agent_receiver.ServerConfig",
    {
      host: string,
      port: int,
      cors_allowed_origins: list(string),
      rate_limiting: struct("app_agent_receiver.RateLimitingConfig", { enabled: bool, rps: float, burstiness: int }, { defaults: rateLimitingDefaults }),
      api_key: string,
      max_allowed_payload_size: int,
    },
    { defaults: serverDefaults },
  ),
  traces_instance: string,
  logs_instance: string,
  logs_labels: map(string),
  logs_send_timeout: goDuration,
  sourcemaps: struct(
    "app_agent_receiver.SourceMapConfig",
    {
      download: bool,
      download_origins: list(string),
      download_timeout: goDuration,
      filesystem: list(
        struct("app_agent_receiver.SourceMapFileLocation", { path: string, minified_path_prefix: string, url_prefix: string }),
      ),
    },
    { defaults: sourceMapsDefaults },
  ),
};
type Config = StructOf<typeof fields>;

/** The Agent's DefaultConfig for the receiver. */
const defaults = (): Config => ({
  server: serverDefaults(),
  logs_labels: {},
  logs_send_timeout: new Duration(2000),
  sourcemaps: sourceMapsDefaults(),
});

export const appAgentReceiver: SpecialIntegration = {
  v2Name: "app_agent_receiver",
  goName: "app_agent_receiver.Config",
  fields,
  defaults,
  appendV2(b, raw) {
    const cfg = raw as Config;
    const server = cfg.server ?? {};
    const rate = server.rate_limiting ?? {};
    const maps = cfg.sourcemaps ?? {};
    const logs = cfg.logs_instance ? [traversal(`loki.write.${sanitizeIdentifier(`logs_${cfg.logs_instance}`)}.receiver`)] : [];
    const label = sanitizeIdentifier(`${INTEGRATIONS_LABEL_PREFIX}/app_agent_receiver`);
    b.append(
      encodeBuilderComponent(faroReceiver, label, {
        extra_log_labels: cfg.logs_labels,
        log_format: "",
        server: {
          listen_address: server.host ?? "",
          listen_port: server.port ?? 0,
          cors_allowed_origins: server.cors_allowed_origins && server.cors_allowed_origins.length > 0 ? server.cors_allowed_origins : undefined,
          api_key: server.api_key ?? "",
          max_allowed_payload_size: formatBase2Bytes(server.max_allowed_payload_size ?? 0),
          rate_limiting: { enabled: rate.enabled ?? false, rate: rate.rps ?? 0, burst_size: rate.burstiness ?? 0 },
        },
        sourcemaps: {
          download: maps.download ?? false,
          download_from_origins: maps.download_origins,
          download_timeout: maps.download_timeout ?? new Duration(0),
          location: (maps.filesystem ?? []).map((l) => ({
            path: l.path ?? "",
            minified_path_prefix: l.minified_path_prefix ?? "",
            url_prefix: l.url_prefix ?? "",
          })),
        },
        output: { logs: new Raw(array(logs)), traces: new Raw(array([])) },
      }),
    );
  },
  validateV2(raw, diags, at) {
    if (((raw as Config).traces_instance ?? "") !== "") {
      diags.error("The converter does not support converting the provided app_agent_receiver traces_instance config.", at("traces_instance"));
    }
  },
};
