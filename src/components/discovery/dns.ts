// discovery.dns (grafana/alloy internal/component/discovery/dns).

import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryDns: ComponentSchema = {
  name: "discovery.dns",
  fields: [
    requiredArg("names", "list"),
    arg("refresh_interval", "duration", new Duration(30_000)),
    arg("type", "string", "SRV"),
    arg("port", "number"),
  ],
};
