// discovery.docker (grafana/alloy internal/component/discovery/docker): arguments in Go
// struct order with SetToDefault's defaults, then the squashed HTTP client config.

import { httpClientFields } from "../common/http-client.js";
import { arg, blocksOf, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";
import { nameValuesFilterFields } from "./filter.js";

export const discoveryDocker: ComponentSchema = {
  name: "discovery.docker",
  fields: [
    requiredArg("host", "string"),
    arg("port", "number", 80),
    arg("host_networking_host", "string", "localhost"),
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("match_first_network", "bool", true),
    blocksOf("filter", nameValuesFilterFields),
    ...httpClientFields,
  ],
};
