// Every service discovery mapping the Prometheus converter knows. Each SD adds its file
// next to this one and one line below; the scrape config reads `<key>` fields from here.

import type { DiscoveryConverter } from "./registry.js";

export const DISCOVERY_CONVERTERS: DiscoveryConverter[] = [
  // one entry per `discovery/<name>.ts`, e.g. azure,
];
