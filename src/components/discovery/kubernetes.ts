// discovery.kubernetes (grafana/alloy internal/component/discovery/kubernetes): arguments
// in Go struct order, the squashed HTTP client config, then its value blocks.

import { httpClientFields } from "../common/http-client.js";
import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema } from "../schema.js";

export const discoveryKubernetes: ComponentSchema = {
  name: "discovery.kubernetes",
  fields: [
    arg("api_server", "string"),
    requiredArg("role", "string"),
    arg("kubeconfig_file", "string"),
    ...httpClientFields,
    // Value blocks in Go: left out while nothing in them is set.
    blockOf("namespaces", [arg("own_namespace", "bool"), arg("names", "list")], { omitWhenEmpty: true }),
    blocksOf("selectors", [requiredArg("role", "string"), arg("label", "string"), arg("field", "string")]),
    blockOf("attach_metadata", [arg("node", "bool"), arg("namespace", "bool")], { omitWhenEmpty: true }),
  ],
};
