// gce_sd_configs (prometheus/prometheus discovery/gce SDConfig) → discovery.gce.

import { discoveryGce } from "../../../components/discovery/gce.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { DecodeFailure, int, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const gceSource = struct(
  "gce.plain",
  { project: string, zone: string, filter: string, refresh_interval: modelDuration, port: int, tag_separator: string },
  {
    defaults: () => ({ port: 80, tag_separator: ",", refresh_interval: 60_000 }),
    validate(c, _ctx, line) {
      if (!c.project) throw new DecodeFailure("GCE SD configuration requires a project", line);
      if (!c.zone) throw new DecodeFailure("GCE SD configuration requires a zone", line);
    },
  },
);

export const gce: DiscoveryConverter<Infer<typeof gceSource>> = {
  key: "gce_sd_configs",
  source: gceSource,
  component: discoveryGce,
  toValues: (sd) => ({
    project: sd.project,
    zone: sd.zone,
    filter: sd.filter,
    refresh_interval: goDurationOf(sd.refresh_interval),
    port: sd.port,
    tag_separator: sd.tag_separator,
  }),
};
