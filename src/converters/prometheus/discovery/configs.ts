// The `<name>_sd_configs` lists (and `static_configs`) that a scrape config and an
// Alertmanager config accept inline, as Prometheus's discovery.UnmarshalYAMLWithInlineConfigs
// reads them: every discovery Prometheus v3.13 registers, each loaded strictly, then a null
// entry refused, checking the lists in the order of their keys.

import { targetGroupSource } from "../../shared/target-group.js";
import { DecodeFailure, list, nullEntries, type SourceType } from "../../yaml/types.js";
import { DISCOVERY_CONVERTERS } from "./index.js";
import { UNCONVERTED_DISCOVERY } from "./unconverted.js";

/** Every service discovery Prometheus v3.13 knows, by its key; Alloy converts only some. */
export const PROMETHEUS_SD_KEYS = [
  "azure", "consul", "digitalocean", "dns", "docker", "dockerswarm", "ec2", "eureka", "file", "gce", "hetzner", "http",
  "ionos", "kubernetes", "kuma", "lightsail", "linode", "marathon", "nerve", "nomad", "openstack", "outscale", "ovhcloud",
  "puppetdb", "scaleway", "serverset", "stackit", "triton", "uyuni", "vultr",
].map((name) => `${name}_sd_configs`);

/** The fields to spread into a struct: each SD list with its schema, and static_configs. */
export function discoveryConfigFields() {
  const fields: Record<string, SourceType<unknown[]>> = {};
  for (const key of PROMETHEUS_SD_KEYS) {
    const schema = DISCOVERY_CONVERTERS.find((c) => c.key === key)?.source ?? UNCONVERTED_DISCOVERY[key];
    if (!schema) throw new Error(`no schema for ${key}`);
    fields[key] = list(schema);
  }
  return { static_configs: list(targetGroupSource), ...fields };
}

const CHECK_ORDER = [...PROMETHEUS_SD_KEYS, "static_configs"].sort();

/** readConfigs: `empty or null section in <key>` for the first list, by key, with a null entry. */
export function checkDiscoveryNulls(c: Record<string, unknown>, line?: number): void {
  for (const key of CHECK_ORDER) {
    if (nullEntries(c[key] as unknown[] | undefined).length > 0) throw new DecodeFailure(`empty or null section in ${key}`, line);
  }
}
