// Promtail's own Consul agent service discovery (consulagent_sd_configs), as read from
// YAML, and its mapping to discovery.consulagent.

import { discoveryConsulAgent } from "../../components/discovery/consulagent.js";
import { encodeComponent } from "../../components/schema.js";
import { Duration, type Values } from "../../components/values.js";
import type { Block } from "../../emit/ast.js";
import type { Diagnostics } from "../../diagnostics.js";
import { modelDuration } from "../shared/duration.js";
import { tlsConfigSource, tlsConfigValues } from "../shared/http-client.js";
import { bool, DecodeFailure, locationOf, list, map, string, struct, type Infer } from "../yaml/types.js";

export const consulAgentSource = struct(
  "consulagent.plain",
  {
    server: string,
    token: string,
    datacenter: string,
    tag_separator: string,
    scheme: string,
    username: string,
    password: string,
    services: list(string),
    tags: list(string),
    node_meta: map(string),
    allow_stale: bool,
    refresh_interval: modelDuration,
    tls_config: tlsConfigSource,
  },
  {
    defaults: () => ({ tag_separator: ",", scheme: "http", server: "localhost:8500", allow_stale: true, refresh_interval: 30_000 }),
    validate(c, _ctx, line) {
      if (!c.server?.trim()) throw new DecodeFailure("consulagent SD configuration requires a server address", line);
    },
  },
);
export type ConsulAgentSource = Infer<typeof consulAgentSource>;

export function consulAgentBlock(sd: ConsulAgentSource, label: string, diags: Diagnostics): Block {
  if (Object.keys(sd.node_meta ?? {}).length > 0) {
    diags.warning("node_meta is not used by discovery.consulagent and will be ignored", locationOf(sd, "node_meta"));
  }
  const values: Values = {
    server: sd.server,
    token: sd.token,
    datacenter: sd.datacenter,
    tag_separator: sd.tag_separator,
    scheme: sd.scheme,
    username: sd.username,
    password: sd.password,
    refresh_interval: new Duration(sd.refresh_interval ?? 0),
    services: sd.services,
    tags: sd.tags,
    tls_config: tlsConfigValues(sd.tls_config),
  };
  return encodeComponent(discoveryConsulAgent, label, values);
}
