// discovery.kuma (grafana/alloy internal/component/discovery/kuma): arguments in Go
// struct order with SetToDefault's defaults, then the squashed HTTP client config.

import { httpClientFields } from "../common/http-client.js";
import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryKuma: ComponentSchema = {
  name: "discovery.kuma",
  fields: [
    requiredArg("server", "string"),
    arg("refresh_interval", "duration", new Duration(30_000)),
    arg("fetch_timeout", "duration", new Duration(2 * 60_000)),
    ...httpClientFields,
  ],
};
