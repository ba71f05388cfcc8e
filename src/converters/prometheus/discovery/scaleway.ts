// scaleway_sd_configs (prometheus/prometheus discovery/scaleway SDConfig) →
// discovery.scaleway, as grafana/alloy's prometheusconvert maps it: of the HTTP client
// config only the proxy, TLS, redirect and HTTP/2 settings carry over.

import { discoveryScaleway } from "../../../components/discovery/scaleway.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import {
  httpClientDefaults,
  httpClientSource,
  proxyConfigValues,
  secret,
  tlsConfigValues,
  validateHttpClient,
} from "../../shared/http-client.js";
import { DecodeFailure, int, list, parsed, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";
import { goQuote } from "../../shared/go-format.js";

const scalewayRole = parsed((text, line) => {
  if (text !== "instance" && text !== "baremetal") throw new DecodeFailure(`unknown role ${goQuote(text)}`, line);
  return text;
});

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const ACCESS_KEY = /^SCW[A-Z0-9]{17}$/;
/** Stands in for a secret read from a file, as upstream does when it builds its client. */
const FILE_SECRET_PLACEHOLDER = "00000000-0000-0000-0000-000000000000";

const scalewaySource = struct(
  "scaleway.plain",
  {
    project_id: string,
    api_url: string,
    zone: string,
    access_key: string,
    secret_key: secret,
    secret_key_file: string,
    name_filter: string,
    tags_filter: list(string),
    ...httpClientSource,
    refresh_interval: modelDuration,
    port: int,
    role: scalewayRole,
  },
  {
    defaults: () => ({
      ...httpClientDefaults(),
      port: 80,
      refresh_interval: 60_000,
      zone: "fr-par-1",
      api_url: "https://api.scaleway.com",
    }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (!c.role) fail("role missing (one of: instance, baremetal)");
      if (!c.project_id) fail("project_id is mandatory");
      if (!c.secret_key && !c.secret_key_file) fail("one of secret_key & secret_key_file must be configured");
      if (c.secret_key && c.secret_key_file) fail("at most one of secret_key & secret_key_file must be configured");
      if (!c.access_key) fail("access_key is mandatory");
      const clientError = scalewayClientError(c);
      if (clientError) fail(`scaleway-sdk-go: ${clientError}`);
      validateHttpClient(c, line);
    },
  },
);

type ScalewaySource = Infer<typeof scalewaySource>;

/** The Scaleway SDK's refusal of the client settings, checked in its order. */
function scalewayClientError(c: ScalewaySource): string | undefined {
  const accessKey = c.access_key ?? "";
  const secretKey = c.secret_key_file ? FILE_SECRET_PLACEHOLDER : (c.secret_key ?? "");
  const project = c.project_id ?? "";
  const uuidExpected = "expected a UUID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
  if (!ACCESS_KEY.test(accessKey)) return `invalid access key format '${accessKey}', expected SCWXXXXXXXXXXXXXXXXX format`;
  if (!UUID.test(secretKey)) return `invalid secret key format '${secretKey}', ${uuidExpected}`;
  if (!UUID.test(project)) return `invalid project ID format '${project}', ${uuidExpected}`;
  if (c.zone === "") return "default zone cannot be empty";
  return undefined;
}

export const scaleway: DiscoveryConverter<ScalewaySource> = {
  key: "scaleway_sd_configs",
  source: scalewaySource,
  component: discoveryScaleway,
  toValues: (sd) => ({
    project_id: sd.project_id ?? "",
    role: sd.role ?? "",
    api_url: sd.api_url,
    zone: sd.zone,
    access_key: sd.access_key ?? "",
    secret_key: sd.secret_key,
    secret_key_file: sd.secret_key_file,
    name_filter: sd.name_filter,
    tags_filter: sd.tags_filter,
    refresh_interval: goDurationOf(sd.refresh_interval),
    port: sd.port,
    ...proxyConfigValues(sd),
    tls_config: tlsConfigValues(sd.tls_config),
    follow_redirects: sd.follow_redirects ?? false,
    enable_http2: sd.enable_http2 ?? false,
  }),
};
