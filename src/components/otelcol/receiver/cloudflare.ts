// otelcol.receiver.cloudflare (component/otelcol/receiver/cloudflare): the Collector's
// logs section flattened, in the order Alloy v1.19 prints it (the corpus case). It has no
// debug_metrics block.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { outputBlock, tlsServerFields } from "../config.js";

export const cloudflareReceiver: ComponentSchema = {
  name: "otelcol.receiver.cloudflare",
  fields: [
    requiredArg("endpoint", "string"),
    arg("secret", "string"),
    arg("timestamp_field", "string", "EdgeStartTimestamp"),
    arg("timestamp_format", "string", "rfc3339"),
    arg("separator", "string", "."),
    arg("attributes", "map"),
    blockOf("tls", tlsServerFields),
    outputBlock,
  ],
};
