// triton_sd_configs (prometheus/prometheus discovery/triton SDConfig) → discovery.triton,
// as grafana/alloy's prometheusconvert maps it.

import { discoveryTriton } from "../../../components/discovery/triton.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { tlsConfigSource, tlsConfigValues } from "../../shared/http-client.js";
import { DecodeFailure, int, list, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const tritonSource = struct(
  "triton.plain",
  {
    account: string,
    role: string,
    dns_suffix: string,
    endpoint: string,
    groups: list(string),
    port: int,
    refresh_interval: modelDuration,
    tls_config: tlsConfigSource,
    version: int,
  },
  {
    defaults: () => ({ role: "container", port: 9163, refresh_interval: 60_000, version: 1 }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (c.role !== "container" && c.role !== "cn") fail("triton SD configuration requires role to be 'container' or 'cn'");
      if (!c.account) fail("triton SD configuration requires an account");
      if (!c.dns_suffix) fail("triton SD configuration requires a dns_suffix");
      if (!c.endpoint) fail("triton SD configuration requires an endpoint");
      if ((c.refresh_interval ?? 0) <= 0) fail("triton SD configuration requires RefreshInterval to be a positive integer");
    },
  },
);

export const triton: DiscoveryConverter<Infer<typeof tritonSource>> = {
  key: "triton_sd_configs",
  source: tritonSource,
  component: discoveryTriton,
  toValues: (sd) => ({
    account: sd.account ?? "",
    role: sd.role,
    dns_suffix: sd.dns_suffix ?? "",
    endpoint: sd.endpoint ?? "",
    groups: sd.groups,
    port: sd.port,
    refresh_interval: goDurationOf(sd.refresh_interval),
    version: sd.version,
    tls_config: tlsConfigValues(sd.tls_config),
  }),
};
