// otelcol.receiver.awsecscontainermetrics (component/otelcol/receiver/awsecscontainermetrics):
// the collection interval defaults to the Collector factory's.

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const awsEcsContainerMetricsReceiver: ComponentSchema = {
  name: "otelcol.receiver.awsecscontainermetrics",
  fields: [arg("collection_interval", "duration", new Duration(20_000)), debugMetricsBlock, outputBlock],
};
