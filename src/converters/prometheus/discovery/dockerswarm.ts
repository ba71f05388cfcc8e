// dockerswarm_sd_configs (prometheus/prometheus discovery/moby DockerSwarmSDConfig) →
// discovery.dockerswarm.

import { discoveryDockerswarm } from "../../../components/discovery/dockerswarm.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { DecodeFailure, int, list, string, struct, type Infer } from "../../yaml/types.js";
import { filterValues, mobyFilterSource, validateMobyHost } from "./docker.js";
import type { DiscoveryConverter } from "./registry.js";

const ROLES = new Set(["services", "nodes", "tasks"]);

const dockerswarmSource = struct(
  "moby.plain",
  {
    ...httpClientSource,
    host: string,
    role: string,
    port: int,
    filters: list(mobyFilterSource),
    refresh_interval: modelDuration,
  },
  {
    defaults: () => ({ refresh_interval: 60_000, port: 80, filters: [], ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      validateMobyHost(c.host, line);
      const role = c.role ?? "";
      if (role === "") throw new DecodeFailure("role missing (one of: tasks, services, nodes)", line);
      if (!ROLES.has(role)) throw new DecodeFailure(`invalid role ${role}, expected tasks, services, or nodes`, line);
      validateHttpClient(c, line);
    },
  },
);

export const dockerswarm: DiscoveryConverter<Infer<typeof dockerswarmSource>> = {
  key: "dockerswarm_sd_configs",
  source: dockerswarmSource,
  component: discoveryDockerswarm,
  toValues: (sd, diags) => ({
    host: sd.host,
    role: sd.role,
    port: sd.port,
    filter: filterValues(sd.filters),
    refresh_interval: goDurationOf(sd.refresh_interval),
    ...httpClientValues(sd, diags),
  }),
};
