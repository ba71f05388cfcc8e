// loki.source.docker (grafana/alloy internal/component/loki/source/docker).

import { httpClientFields } from "../../common/http-client.js";
import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const lokiSourceDocker: ComponentSchema = {
  name: "loki.source.docker",
  fields: [
    requiredArg("host", "string"),
    requiredArg("targets", "expr"),
    requiredArg("forward_to", "expr"),
    arg("labels", "map"),
    arg("relabel_rules", "expr"),
    blockOf("http_client_config", httpClientFields, { omitWhenEmpty: true }),
    arg("refresh_interval", "duration", new Duration(60_000)),
  ],
};
