// otelcol.processor.discovery (component/otelcol/processor/discovery).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { outputBlock } from "../config.js";

/** The pod associations the processor tries by default, in its order. */
export const DEFAULT_POD_ASSOCIATIONS = ["ip", "net.host.ip", "k8s.pod.ip", "hostname", "connection"];

export const discoveryProcessor: ComponentSchema = {
  name: "otelcol.processor.discovery",
  fields: [
    requiredArg("targets", "expr"),
    arg("operation_type", "string", "upsert"),
    arg("pod_associations", "list", DEFAULT_POD_ASSOCIATIONS),
    outputBlock,
  ],
};
