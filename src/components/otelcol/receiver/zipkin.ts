// otelcol.receiver.zipkin (component/otelcol/receiver/zipkin): an HTTP server with this
// component's own defaults.

import { arg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, httpServerFieldsFor, outputBlock } from "../config.js";

export const zipkinReceiver: ComponentSchema = {
  name: "otelcol.receiver.zipkin",
  fields: [
    arg("parse_string_tags", "bool"),
    // The server is squashed into the component's arguments. Timeout defaults inferred
    // from the corpus, as for otelcol.receiver.otlp's http block.
    ...httpServerFieldsFor("0.0.0.0:9411"),
    debugMetricsBlock,
    outputBlock,
  ],
};
