// discovery.linode (grafana/alloy internal/component/discovery/linode): arguments in Go
// struct order with SetToDefault's defaults, then the squashed HTTP client config.

import { httpClientFields } from "../common/http-client.js";
import { arg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryLinode: ComponentSchema = {
  name: "discovery.linode",
  fields: [
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
    arg("tag_separator", "string", ","),
    arg("region", "string"),
    ...httpClientFields,
  ],
};
