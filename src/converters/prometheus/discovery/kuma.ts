// kuma_sd_configs (prometheus/prometheus discovery/xds KumaSDConfig) → discovery.kuma,
// as grafana/alloy's prometheusconvert maps it.

import { discoveryKuma } from "../../../components/discovery/kuma.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { goUrlParseError } from "../../shared/url.js";
import { DecodeFailure, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const kumaSource = struct(
  "xds.plainKumaConf",
  {
    ...httpClientSource,
    refresh_interval: modelDuration,
    fetch_timeout: modelDuration,
    server: string,
    client_id: string,
  },
  {
    defaults: () => ({ ...httpClientDefaults(), refresh_interval: 15_000, fetch_timeout: 2 * 60_000 }),
    validate(c, _ctx, line) {
      const server = c.server ?? "";
      if (server === "") throw new DecodeFailure(`kuma SD server must not be empty: ${server}`, line);
      const parseError = goUrlParseError(server);
      if (parseError) throw new DecodeFailure(parseError, line);
      if (!hasSchemeAndHost(server)) {
        throw new DecodeFailure(`kuma SD server must not be empty and have a scheme: ${server}`, line);
      }
      validateHttpClient(c, line);
    },
  },
);

/** What Go's url.Parse yields a scheme and a host for: `scheme://host…`. */
function hasSchemeAndHost(url: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]/.test(url);
}

export const kuma: DiscoveryConverter<Infer<typeof kumaSource>> = {
  key: "kuma_sd_configs",
  source: kumaSource,
  component: discoveryKuma,
  toValues: (sd, diags) => ({
    server: sd.server,
    refresh_interval: goDurationOf(sd.refresh_interval),
    fetch_timeout: goDurationOf(sd.fetch_timeout),
    ...httpClientValues(sd, diags),
  }),
};
