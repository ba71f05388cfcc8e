// loki.source.azure_event_hubs (grafana/alloy internal/component/loki/source/azure_event_hubs).

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";

export const lokiSourceAzureEventHubs: ComponentSchema = {
  name: "loki.source.azure_event_hubs",
  fields: [
    requiredArg("fully_qualified_namespace", "string"),
    requiredArg("event_hubs", "list"),
    blockOf("authentication", [
      arg("mechanism", "string", "connection_string"),
      arg("connection_string", "string"),
      arg("scopes", "list"),
    ]),
    arg("group_id", "string", "loki.source.azure_event_hubs"),
    arg("use_incoming_timestamp", "bool"),
    arg("disallow_custom_messages", "bool"),
    arg("relabel_rules", "expr"),
    arg("labels", "map"),
    arg("assignor", "string", "range"),
    requiredArg("forward_to", "expr"),
  ],
};
