// loki.source.windowsevent (grafana/alloy internal/component/loki/source/windowsevent).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const lokiSourceWindowsEvent: ComponentSchema = {
  name: "loki.source.windowsevent",
  fields: [
    arg("locale", "number"),
    arg("eventlog_name", "string"),
    arg("xpath_query", "string", "*"),
    arg("bookmark_path", "string"),
    arg("poll_interval", "duration", new Duration(3000)),
    arg("exclude_event_data", "bool"),
    arg("exclude_user_data", "bool"),
    arg("exclude_event_message", "bool"),
    arg("include_event_data_map", "bool"),
    arg("use_incoming_timestamp", "bool"),
    requiredArg("forward_to", "expr"),
    arg("labels", "map"),
    arg("legacy_bookmark_path", "string"),
  ],
};
