// digitalocean_sd_configs (prometheus/prometheus discovery/digitalocean SDConfig) →
// discovery.digitalocean, which has only a bearer token and proxy settings: the other
// authentication and TLS options are reported as unsupported, as Alloy does.

import { discoveryDigitalocean } from "../../../components/discovery/digitalocean.js";
import type { Diagnostics } from "../../../diagnostics.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import {
  httpClientDefaults,
  httpClientSource,
  proxyConfigValues,
  reportUnsupportedHttpClient,
  validateHttpClient,
  type HttpClientSource,
} from "../../shared/http-client.js";
import { int, locationOf, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const digitaloceanSource = struct(
  "digitalocean.plain",
  { ...httpClientSource, refresh_interval: modelDuration, port: int },
  {
    defaults: () => ({ port: 80, refresh_interval: 60_000, ...httpClientDefaults() }),
    validate: (c, _ctx, line) => validateHttpClient(c, line),
  },
);

/** Whether a struct differs from Go's zero value: an explicit `false` or `""` does not. */
function differsFromZero(obj: object | undefined): boolean {
  return obj !== undefined && Object.values(obj).some((v) => v !== undefined && v !== "" && v !== false && v !== 0);
}

function reportUnsupported(sd: HttpClientSource, diags: Diagnostics): void {
  const unsupported: [string, boolean][] = [
    ["basic_auth", sd.basic_auth !== undefined],
    ["authorization", sd.authorization !== undefined],
    ["oauth2", sd.oauth2 !== undefined],
    ["tls_config", differsFromZero(sd.tls_config)],
  ];
  for (const [name, present] of unsupported) {
    if (!present) continue;
    diags.error(`The converter does not support converting the provided digitalocean_sd_configs ${name} config.`, locationOf(sd, name));
  }
  reportUnsupportedHttpClient(sd, diags);
}

export const digitalocean: DiscoveryConverter<Infer<typeof digitaloceanSource>> = {
  key: "digitalocean_sd_configs",
  source: digitaloceanSource,
  component: discoveryDigitalocean,
  toValues(sd, diags) {
    reportUnsupported(sd, diags);
    return {
      refresh_interval: goDurationOf(sd.refresh_interval),
      port: sd.port,
      bearer_token: sd.bearer_token,
      bearer_token_file: sd.bearer_token_file,
      ...proxyConfigValues(sd),
      follow_redirects: sd.follow_redirects ?? false,
      enable_http2: sd.enable_http2 ?? false,
    };
  },
};
