// azure_sd_configs (prometheus/prometheus discovery/azure SDConfig) → discovery.azure, as
// grafana/alloy's prometheusconvert maps it: only the block of the chosen authentication
// method is written, and only the proxy, redirect, HTTP/2 and TLS parts of the HTTP client.

import { discoveryAzure } from "../../../components/discovery/azure.js";
import type { Values } from "../../../components/values.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import {
  httpClientDefaults,
  httpClientSource,
  proxyConfigValues,
  reportUnsupportedHttpClient,
  secret,
  tlsConfigValues,
  validateHttpClient,
} from "../../shared/http-client.js";
import { DecodeFailure, int, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";
import { goQuote } from "../../shared/go-format.js";

const AUTH_METHODS = ["OAuth", "ManagedIdentity", "SDK", "WorkloadIdentity"];

const azureSource = struct(
  "azure.plain",
  {
    environment: string,
    port: int,
    subscription_id: string,
    tenant_id: string,
    client_id: string,
    client_secret: secret,
    refresh_interval: modelDuration,
    authentication_method: string,
    resource_group: string,
    ...httpClientSource,
  },
  {
    defaults: () => ({
      port: 80,
      refresh_interval: 5 * 60_000,
      environment: "AzurePublicCloud",
      authentication_method: "OAuth",
      ...httpClientDefaults(),
    }),
    validate(c, _ctx, line) {
      const require = (value: string | undefined, name: string) => {
        if (!value) throw new DecodeFailure(`azure SD configuration requires a ${name}`, line);
      };
      require(c.subscription_id, "subscription_id");
      if (c.authentication_method === "OAuth") {
        require(c.tenant_id, "tenant_id");
        require(c.client_id, "client_id");
        require(c.client_secret, "client_secret");
      }
      const method = c.authentication_method ?? "";
      if (!AUTH_METHODS.includes(method)) {
        const supported = AUTH_METHODS.map((m) => goQuote(m));
        throw new DecodeFailure(
          `unknown authentication_type ${goQuote(method)}. Supported types are ${supported.slice(0, -1).join(", ")} or ${supported.at(-1)}`,
          line,
        );
      }
      validateHttpClient(c, line);
    },
  },
);

type AzureSource = Infer<typeof azureSource>;

/** The one authentication block for the configured method; OAuth is Prometheus's default. */
function authenticationValues(sd: AzureSource): Values {
  switch (sd.authentication_method) {
    case "ManagedIdentity":
      return { managed_identity: { client_id: sd.client_id ?? "" } };
    case "SDK":
      return { sdk_auth: { tenant_id: sd.tenant_id } };
    case "WorkloadIdentity":
      return { workload_identity: {} };
    default:
      return { oauth: { client_id: sd.client_id ?? "", tenant_id: sd.tenant_id ?? "", client_secret: sd.client_secret ?? "" } };
  }
}

export const azure: DiscoveryConverter<AzureSource> = {
  key: "azure_sd_configs",
  source: azureSource,
  component: discoveryAzure,
  toValues(sd, diags) {
    reportUnsupportedHttpClient(sd, diags);
    return {
      environment: sd.environment,
      port: sd.port,
      subscription_id: sd.subscription_id,
      ...authenticationValues(sd),
      refresh_interval: goDurationOf(sd.refresh_interval),
      resource_group: sd.resource_group,
      ...proxyConfigValues(sd),
      follow_redirects: sd.follow_redirects ?? false,
      enable_http2: sd.enable_http2 ?? false,
      tls_config: tlsConfigValues(sd.tls_config),
    };
  },
};
