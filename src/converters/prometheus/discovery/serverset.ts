// serverset_sd_configs (prometheus/prometheus discovery/zookeeper ServersetSDConfig) →
// discovery.serverset, as grafana/alloy's prometheusconvert maps it. Nerve SD reads the
// same shape, so the source is made here for both.

import { discoveryServerset } from "../../../components/discovery/serverset.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { DecodeFailure, list, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

/** A Zookeeper SD config; `kind` starts its error texts (`serverset`, `nerve`). */
export function zookeeperSource(kind: string) {
  return struct(
    "zookeeper.plain",
    { servers: list(string), paths: list(string), timeout: modelDuration },
    {
      defaults: () => ({ timeout: 10_000 }),
      validate(c, _ctx, line) {
        const fail = DecodeFailure.thrower(line);
        if (!c.servers?.length) fail(`${kind} SD config must contain at least one Zookeeper server`);
        if (!c.paths?.length) fail(`${kind} SD config must contain at least one path`);
        const relative = c.paths!.find((path) => !path.startsWith("/"));
        if (relative !== undefined) fail(`${kind} SD config paths must begin with '/': ${relative}`);
      },
    },
  );
}

export type ZookeeperSource = Infer<ReturnType<typeof zookeeperSource>>;

export function zookeeperValues(sd: ZookeeperSource) {
  return { servers: sd.servers ?? [], paths: sd.paths ?? [], timeout: goDurationOf(sd.timeout) };
}

export const serverset: DiscoveryConverter<ZookeeperSource> = {
  key: "serverset_sd_configs",
  source: zookeeperSource("serverset"),
  component: discoveryServerset,
  toValues: zookeeperValues,
};
