// loki.source.api (grafana/alloy internal/component/loki/source/api).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { serverFields } from "../server.js";

export const lokiSourceApi: ComponentSchema = {
  name: "loki.source.api",
  fields: [
    ...serverFields,
    requiredArg("forward_to", "expr"),
    arg("labels", "map"),
    arg("relabel_rules", "expr"),
    arg("use_incoming_timestamp", "bool"),
    /** A Base2Bytes size. */
    arg("max_send_message_size", "string", "100MiB"),
  ],
};
