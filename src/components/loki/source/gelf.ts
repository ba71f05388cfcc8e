// loki.source.gelf (grafana/alloy internal/component/loki/source/gelf).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";

export const lokiSourceGelf: ComponentSchema = {
  name: "loki.source.gelf",
  fields: [
    arg("listen_address", "string", "0.0.0.0:12201"),
    arg("use_incoming_timestamp", "bool"),
    arg("relabel_rules", "expr"),
    requiredArg("forward_to", "expr"),
  ],
};
