// loki.source.kubernetes_events (component/loki/source/kubernetes_events Arguments), the
// arguments the static converter sets, with their defaults.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";

export const lokiSourceKubernetesEvents: ComponentSchema = {
  name: "loki.source.kubernetes_events",
  fields: [
    requiredArg("forward_to", "expr"),
    arg("job_name", "string", "loki.source.kubernetes_events"),
    arg("namespaces", "list"),
    arg("log_format", "string", "fmt"),
    blockOf("client", [arg("api_server", "string"), arg("kubeconfig_file", "string")], { omitWhenEmpty: true }),
  ],
};
