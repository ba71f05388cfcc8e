// otelcol.receiver.tcplog (component/otelcol/receiver/tcplog): one TCP input, flat.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock, tlsServerFields } from "../config.js";
import { consumerRetryBlock, multilineBlock } from "../stanza.js";

export const tcplogReceiver: ComponentSchema = {
  name: "otelcol.receiver.tcplog",
  fields: [
    requiredArg("listen_address", "string"),
    arg("max_log_size", "bytes", "1MiB"),
    blockOf("tls", tlsServerFields),
    arg("add_attributes", "bool"),
    arg("one_log_per_packet", "bool"),
    arg("encoding", "string"),
    multilineBlock,
    consumerRetryBlock,
    debugMetricsBlock,
    outputBlock,
  ],
};
