// discovery.ionos (grafana/alloy internal/component/discovery/ionos): the squashed HTTP
// client config sits between datacenter_id and refresh_interval, as in the Go struct.

import { httpClientFields } from "../common/http-client.js";
import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryIonos: ComponentSchema = {
  name: "discovery.ionos",
  fields: [
    requiredArg("datacenter_id", "string"),
    ...httpClientFields,
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
  ],
};
