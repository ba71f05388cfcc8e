// nerve_sd_configs (prometheus/prometheus discovery/zookeeper NerveSDConfig) →
// discovery.nerve, as grafana/alloy's prometheusconvert maps it.

import { discoveryNerve } from "../../../components/discovery/nerve.js";
import type { DiscoveryConverter } from "./registry.js";
import { zookeeperSource, zookeeperValues, type ZookeeperSource } from "./serverset.js";

export const nerve: DiscoveryConverter<ZookeeperSource> = {
  key: "nerve_sd_configs",
  source: zookeeperSource("nerve"),
  component: discoveryNerve,
  toValues: zookeeperValues,
};
