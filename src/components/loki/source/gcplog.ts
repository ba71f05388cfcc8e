// loki.source.gcplog (grafana/alloy internal/component/loki/source/gcplog, gcptypes).

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { serverFields } from "../server.js";

/** Pub/Sub flow control; a value block whose defaults are the Pub/Sub client's own. */
const limitFields = [
  /** A Base2Bytes size. */
  arg("max_outstanding_bytes", "string", "1GiB"),
  arg("max_outstanding_messages", "number", 1000),
];

const pullFields = [
  requiredArg("project_id", "string"),
  requiredArg("subscription", "string"),
  arg("labels", "map"),
  arg("use_full_line", "bool"),
  arg("use_incoming_timestamp", "bool"),
  blockOf("limit", limitFields),
];

const pushFields = [
  ...serverFields,
  arg("push_timeout", "duration"),
  arg("labels", "map"),
  arg("use_full_line", "bool"),
  arg("use_incoming_timestamp", "bool"),
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
