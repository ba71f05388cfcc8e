// loki.source.journal (grafana/alloy internal/component/loki/source/journal).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const lokiSourceJournal: ComponentSchema = {
  name: "loki.source.journal",
  fields: [
    arg("format_as_json", "bool"),
    arg("max_age", "duration", new Duration(7 * 3_600_000)),
    arg("path", "string"),
    arg("relabel_rules", "expr"),
    arg("matches", "string"),
    requiredArg("forward_to", "expr"),
    arg("labels", "map"),
  ],
};
