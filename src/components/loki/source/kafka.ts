// loki.source.kafka (grafana/alloy internal/component/loki/source/kafka).

import { tlsConfigFields } from "../../common/http-client.js";
import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";

const saslConfigFields = [
  arg("mechanism", "string"),
  arg("user", "string"),
  arg("password", "string"),
  arg("use_tls", "bool"),
  blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
  blockOf("oauth_config", [arg("token_provider", "string"), arg("scopes", "list")], { omitWhenEmpty: true }),
];

const authenticationFields = [
  arg("type", "string", "none"),
  blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
  blockOf("sasl_config", saslConfigFields, { omitWhenEmpty: true }),
];

export const lokiSourceKafka: ComponentSchema = {
  name: "loki.source.kafka",
  fields: [
    requiredArg("brokers", "list"),
    requiredArg("topics", "list"),
    arg("group_id", "string", "loki.source.kafka"),
    arg("assignor", "string", "range"),
    arg("version", "string", "2.2.1"),
    blockOf("authentication", authenticationFields, { omitWhenEmpty: true }),
    arg("use_incoming_timestamp", "bool"),
    arg("labels", "map"),
    requiredArg("forward_to", "expr"),
    arg("relabel_rules", "expr"),
  ],
};
