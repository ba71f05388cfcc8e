// otelcol.receiver.nginx (component/otelcol/receiver/nginx): the status endpoint and two
// of the controller's settings, defaulting to the Collector factory's.

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const nginxReceiver: ComponentSchema = {
  name: "otelcol.receiver.nginx",
  fields: [
    requiredArg("endpoint", "string"),
    arg("collection_interval", "duration", new Duration(10_000)),
    arg("initial_delay", "duration", new Duration(1000)),
    debugMetricsBlock,
    outputBlock,
  ],
};
