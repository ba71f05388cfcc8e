// loki.source.gcplog (grafana/alloy internal/component/loki/source/gcplog).

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { serverFields } from "../server.js";

const pullFields = [
  requiredArg("project_id", "string"),
  requiredArg("subscription", "string"),
  arg("labels", "map"),
  arg("use_incoming_timestamp", "bool"),
  arg("use_full_line", "bool"),
  blockOf("limit", [arg("enabled", "bool"), arg("rate", "number"), arg("burst", "number")], { omitWhenEmpty: true }),
];

const pushFields = [
  ...serverFields,
  arg("push_timeout", "duration"),
  arg("labels", "map"),
  arg("use_incoming_timestamp", "bool"),
  arg("use_full_line", "bool"),
];

export const lokiSourceGcplog: ComponentSchema = {
  name: "loki.source.gcplog",
  fields: [
    blockOf("pull", pullFields),
    blockOf("push", pushFields),
    requiredArg("forward_to", "expr"),
    arg("relabel_rules", "expr"),
  ],
};

