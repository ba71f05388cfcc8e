// discovery.dockerswarm (grafana/alloy internal/component/discovery/dockerswarm).

import { httpClientFields } from "../common/http-client.js";
import { arg, blocksOf, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";
import { nameValuesFilterFields } from "./filter.js";

export const discoveryDockerswarm: ComponentSchema = {
  name: "discovery.dockerswarm",
  fields: [
    requiredArg("host", "string"),
    requiredArg("role", "string"),
    arg("port", "number", 80),
    blocksOf("filter", nameValuesFilterFields),
    arg("refresh_interval", "duration", new Duration(60_000)),
    ...httpClientFields,
  ],
};
