// Every service discovery mapping the Prometheus converter knows. Each SD adds its file
// next to this one and one line below; the scrape config reads `<key>` fields from here.

import { azure } from "./azure.js";
import { consul } from "./consul.js";
import { digitalocean } from "./digitalocean.js";
import { dns } from "./dns.js";
import { docker } from "./docker.js";
import { dockerswarm } from "./dockerswarm.js";
import { ec2 } from "./ec2.js";
import { file } from "./file.js";
import { gce } from "./gce.js";
import { http } from "./http.js";
import { ionos } from "./ionos.js";
import { kubernetes } from "./kubernetes.js";
import { kuma } from "./kuma.js";
import { lightsail } from "./lightsail.js";
import { linode } from "./linode.js";
import { marathon } from "./marathon.js";
import { nerve } from "./nerve.js";
import { openstack } from "./openstack.js";
import { ovhcloud } from "./ovhcloud.js";
import { scaleway } from "./scaleway.js";
import { serverset } from "./serverset.js";
import { triton } from "./triton.js";
import type { DiscoveryConverter } from "./registry.js";

export const DISCOVERY_CONVERTERS: DiscoveryConverter[] = [
  // one entry per `discovery/<name>.ts`, e.g. azure,
  azure,
  consul,
  digitalocean,
  dns,
  docker,
  dockerswarm,
  ec2,
  file,
  gce,
  http,
  ionos,
  kubernetes,
  kuma,
  lightsail,
  linode,
  marathon,
  nerve,
  openstack,
  ovhcloud,
  scaleway,
  serverset,
  triton,
];

const BY_KEY = new Map(DISCOVERY_CONVERTERS.map((c) => [c.key, c]));

/** The mapping for a scrape config's `<name>_sd_configs` key, when Alloy converts that discovery. */
export function discoveryFor(key: string): DiscoveryConverter | undefined {
  return BY_KEY.get(key);
}

/** Alloy's Error for a discovery it has no component for. */
export function unsupportedDiscoveryMessage(key: string): string {
  return `The converter does not support converting the provided ${key.replace(/_sd_configs$/, "")} service discovery.`;
}
