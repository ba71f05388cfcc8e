// docker_sd_configs (prometheus/prometheus discovery/moby DockerSDConfig) → discovery.docker.

import { discoveryDocker } from "../../../components/discovery/docker.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { goUrlParseError } from "../../shared/url.js";
import { bool, DecodeFailure, int, list, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

/** moby.Filter, shared by the Docker and Docker Swarm configs. */
export const mobyFilterSource = struct("moby.Filter", { name: string, values: list(string) });

export type MobyFilter = Infer<typeof mobyFilterSource>;

/** Both moby configs require a host that Go's url.Parse accepts. */
export function validateMobyHost(host: string | undefined, line: number): void {
  if (!host) throw new DecodeFailure("host missing", line);
  const error = goUrlParseError(host);
  if (error) throw new DecodeFailure(error, line);
}

export function filterValues(filters: MobyFilter[] | undefined) {
  return (filters ?? []).map((f) => ({ name: f.name ?? "", values: f.values ?? [] }));
}

const dockerSource = struct(
  "moby.plain",
  {
    ...httpClientSource,
    host: string,
    port: int,
    filters: list(mobyFilterSource),
    host_networking_host: string,
    refresh_interval: modelDuration,
    match_first_network: bool,
  },
  {
    defaults: () => ({
      refresh_interval: 60_000,
      port: 80,
      filters: [],
      host_networking_host: "localhost",
      match_first_network: true,
      ...httpClientDefaults(),
    }),
    validate(c, _ctx, line) {
      validateMobyHost(c.host, line);
      validateHttpClient(c, line);
    },
  },
);

export const docker: DiscoveryConverter<Infer<typeof dockerSource>> = {
  key: "docker_sd_configs",
  source: dockerSource,
  component: discoveryDocker,
  toValues: (sd, diags) => ({
    host: sd.host,
    port: sd.port,
    host_networking_host: sd.host_networking_host,
    refresh_interval: goDurationOf(sd.refresh_interval),
    match_first_network: sd.match_first_network,
    filter: filterValues(sd.filters),
    ...httpClientValues(sd, diags),
  }),
};
