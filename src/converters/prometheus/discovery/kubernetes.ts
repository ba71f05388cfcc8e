// kubernetes_sd_configs (prometheus/prometheus discovery/kubernetes SDConfig) →
// discovery.kubernetes, as grafana/alloy's prometheusconvert maps it.

import { discoveryKubernetes } from "../../../components/discovery/kubernetes.js";
import {
  httpClientDefaults,
  httpClientSource,
  httpClientValues,
  validateHttpClient,
  type HttpClientSource,
} from "../../shared/http-client.js";
import { goUrl } from "../../shared/url.js";
import { bool, DecodeFailure, list, parsed, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";
import { fieldSelectorError, labelSelectorError } from "./k8s-selectors.js";
import { goQuote } from "../../shared/go-format.js";

/** Which selector roles each discovery role accepts, in upstream's order. */
const ALLOWED_SELECTORS: Record<string, string[]> = {
  pod: ["pod", "node"],
  service: ["service"],
  endpointslice: ["pod", "service", "endpointslice"],
  endpoints: ["pod", "service", "endpoints"],
  node: ["node"],
  ingress: ["ingress"],
};

const kubernetesRole = parsed((text, line) => {
  if (!Object.hasOwn(ALLOWED_SELECTORS, text)) throw new DecodeFailure(`unknown Kubernetes SD role ${goQuote(text)}`, line);
  return text;
});

const selectorSource = struct("kubernetes.SelectorConfig", { role: kubernetesRole, label: string, field: string });

const namespacesSource = struct("kubernetes.plain", { own_namespace: bool, names: list(string) });

const attachMetadataSource = struct("kubernetes.AttachMetadataConfig", { node: bool, namespace: bool });

const kubernetesSource = struct(
  "kubernetes.plain",
  {
    api_server: goUrl,
    role: kubernetesRole,
    kubeconfig_file: string,
    ...httpClientSource,
    namespaces: namespacesSource,
    selectors: list(selectorSource),
    attach_metadata: attachMetadataSource,
  },
  {
    defaults: httpClientDefaults,
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (!c.role) fail("role missing (one of: pod, service, endpoints, endpointslice, node, ingress)");
      validateHttpClient(c, line);
      const hasApiServer = c.api_server !== undefined;
      const kubeconfig = Boolean(c.kubeconfig_file);
      const customClient = !isDefaultHttpClient(c);
      const ownNamespace = Boolean(c.namespaces?.own_namespace);
      if (hasApiServer && kubeconfig) fail("cannot use 'kubeconfig_file' and 'api_server' simultaneously");
      if (kubeconfig && customClient) fail("cannot use a custom HTTP client configuration together with 'kubeconfig_file'");
      if (!hasApiServer && customClient) {
        fail("to use custom HTTP client configuration please provide the 'api_server' URL explicitly");
      }
      if (hasApiServer && ownNamespace) fail("cannot use 'api_server' and 'namespaces.own_namespace' simultaneously");
      if (kubeconfig && ownNamespace) fail("cannot use 'kubeconfig_file' and 'namespaces.own_namespace' simultaneously");
      checkSelectors(c.role!, c.selectors ?? [], fail);
    },
  },
);

function checkSelectors(role: string, selectors: { role?: string; field?: string; label?: string }[], fail: (text: string) => never): void {
  const seen = new Set<string>();
  for (const selector of selectors) {
    const selectorRole = selector.role ?? "";
    if (seen.has(selectorRole)) fail(`duplicated selector role: ${selectorRole}`);
    seen.add(selectorRole);
    const allowed = ALLOWED_SELECTORS[role];
    if (!allowed.includes(selectorRole)) fail(`${role} role supports only ${allowed.join(", ")} selectors`);
    const selectorError = fieldSelectorError(selector.field ?? "") ?? labelSelectorError(selector.label ?? "");
    if (selectorError) fail(selectorError);
  }
}

/** Whether the HTTP client config still equals Prometheus's DefaultHTTPClientConfig. */
function isDefaultHttpClient(c: HttpClientSource): boolean {
  const tls = c.tls_config ?? {};
  const unset = (v: unknown) => v === undefined || v === "" || v === false;
  return (
    c.basic_auth === undefined &&
    c.authorization === undefined &&
    c.oauth2 === undefined &&
    unset(c.bearer_token) &&
    unset(c.bearer_token_file) &&
    Object.values(tls).every(unset) &&
    c.follow_redirects !== false &&
    c.enable_http2 !== false &&
    unset(c.proxy_url) &&
    unset(c.no_proxy) &&
    unset(c.proxy_from_environment) &&
    c.proxy_connect_header === undefined &&
    c.http_headers === undefined
  );
}

type KubernetesSource = Infer<typeof kubernetesSource>;

export const kubernetes: DiscoveryConverter<KubernetesSource> = {
  key: "kubernetes_sd_configs",
  source: kubernetesSource,
  component: discoveryKubernetes,
  toValues: (sd, diags) => ({
    api_server: sd.api_server,
    role: sd.role ?? "",
    kubeconfig_file: sd.kubeconfig_file,
    ...httpClientValues(sd, diags),
    namespaces: { own_namespace: sd.namespaces?.own_namespace, names: sd.namespaces?.names },
    selectors: sd.selectors?.map((s) => ({ role: s.role ?? "", label: s.label, field: s.field })),
    attach_metadata: { node: sd.attach_metadata?.node, namespace: sd.attach_metadata?.namespace },
  }),
};
