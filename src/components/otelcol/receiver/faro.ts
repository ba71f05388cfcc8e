// otelcol.receiver.faro (component/otelcol/receiver/faro): an HTTP server squashed into the
// arguments, with the defaults otelcol.receiver.influxdb's server has but its own endpoint.

import { type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, httpServerFieldsFor, outputBlock } from "../config.js";

export const faroReceiver: ComponentSchema = {
  name: "otelcol.receiver.faro",
  fields: [
    ...httpServerFieldsFor("localhost:8080"),
    debugMetricsBlock,
    outputBlock,
  ],
};
