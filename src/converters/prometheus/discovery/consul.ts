// consul_sd_configs (prometheus/prometheus discovery/consul SDConfig) → discovery.consul.
// Prometheus turns username/password into basic auth while loading, so both appear.

import { discoveryConsul } from "../../../components/discovery/consul.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, secret, validateHttpClient } from "../../shared/http-client.js";
import { bool, DecodeFailure, list, map, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const consulSource = struct(
  "consul.plain",
  {
    server: string,
    path_prefix: string,
    token: secret,
    datacenter: string,
    namespace: string,
    partition: string,
    tag_separator: string,
    scheme: string,
    username: string,
    password: secret,
    allow_stale: bool,
    refresh_interval: modelDuration,
    services: list(string),
    tags: list(string),
    node_meta: map(string),
    filter: string,
    // Prometheus v3's filter on the health endpoint; Alloy's discovery.consul has no such
    // argument, and its converter leaves it out, as it does `filter`.
    health_filter: string,
    ...httpClientSource,
  },
  {
    defaults: () => ({
      tag_separator: ",",
      scheme: "http",
      server: "localhost:8500",
      allow_stale: true,
      refresh_interval: 30_000,
      ...httpClientDefaults(),
    }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if ((c.server ?? "").trim() === "") fail("consul SD configuration requires a server address");
      if (c.username || c.password) {
        if (c.basic_auth) fail("at most one of consul SD configuration username and password and basic auth can be configured");
        c.basic_auth = { username: c.username, password: c.password };
      }
      if (c.token && (c.authorization || c.oauth2)) fail("at most one of consul SD token, authorization, or oauth2 can be configured");
      validateHttpClient(c, line);
    },
  },
);

export const consul: DiscoveryConverter<Infer<typeof consulSource>> = {
  key: "consul_sd_configs",
  source: consulSource,
  component: discoveryConsul,
  toValues: (sd, diags) => ({
    server: sd.server,
    token: sd.token,
    datacenter: sd.datacenter,
    namespace: sd.namespace,
    partition: sd.partition,
    tag_separator: sd.tag_separator,
    scheme: sd.scheme,
    username: sd.username,
    password: sd.password,
    allow_stale: sd.allow_stale,
    services: sd.services,
    tags: sd.tags,
    node_meta: sd.node_meta,
    refresh_interval: goDurationOf(sd.refresh_interval),
    ...httpClientValues(sd, diags),
  }),
};
