// dns_sd_configs (prometheus/prometheus discovery/dns SDConfig) → discovery.dns.

import { discoveryDns } from "../../../components/discovery/dns.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { DecodeFailure, int, list, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

/** Record types that carry no port of their own, so the config must give one. */
const PORTLESS_TYPES = new Set(["A", "AAAA", "MX", "NS"]);

const dnsSource = struct(
  "dns.plain",
  { names: list(string), refresh_interval: modelDuration, type: string, port: int },
  {
    defaults: () => ({ refresh_interval: 30_000, type: "SRV" }),
    validate(c, _ctx, line) {
      if (!c.names || c.names.length === 0) throw new DecodeFailure("DNS-SD config must contain at least one SRV record name", line);
      const type = (c.type ?? "").toUpperCase();
      if (type === "SRV") return;
      if (!PORTLESS_TYPES.has(type)) throw new DecodeFailure(`invalid DNS-SD records type ${c.type ?? ""}`, line);
      if (!c.port) throw new DecodeFailure("a port is required in DNS-SD configs for all record types except SRV", line);
    },
  },
);

export const dns: DiscoveryConverter<Infer<typeof dnsSource>> = {
  key: "dns_sd_configs",
  source: dnsSource,
  component: discoveryDns,
  toValues: (sd) => ({
    names: sd.names,
    refresh_interval: goDurationOf(sd.refresh_interval),
    type: sd.type,
    port: sd.port,
  }),
};
