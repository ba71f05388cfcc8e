// discovery.ovhcloud (grafana/alloy internal/component/discovery/ovhcloud): arguments in
// Go struct order with SetToDefault's defaults.

import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryOvhcloud: ComponentSchema = {
  name: "discovery.ovhcloud",
  fields: [
    arg("endpoint", "string", "ovh-eu"),
    requiredArg("application_key", "string"),
    requiredArg("application_secret", "string"),
    requiredArg("consumer_key", "string"),
    arg("refresh_interval", "duration", new Duration(60_000)),
    requiredArg("service", "string"),
  ],
};
