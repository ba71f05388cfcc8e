// loki.source.heroku (grafana/alloy internal/component/loki/source/heroku).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { serverFields } from "../server.js";

export const lokiSourceHeroku: ComponentSchema = {
  name: "loki.source.heroku",
  fields: [
    ...serverFields,
    arg("labels", "map"),
    arg("use_incoming_timestamp", "bool"),
    requiredArg("forward_to", "expr"),
    arg("relabel_rules", "expr"),
  ],
};
