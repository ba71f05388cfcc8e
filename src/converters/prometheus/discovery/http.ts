// http_sd_configs (prometheus/prometheus discovery/http SDConfig) → discovery.http.

import { discoveryHttp } from "../../../components/discovery/http.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { goUrlParseError, redactUrl } from "../../shared/url.js";
import { DecodeFailure, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

/** The scheme (lower-cased, as Go's url.Parse keeps it) and host of a URL Go accepts. */
export function urlSchemeAndHost(text: string): { scheme: string; host: string } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):([\s\S]*)$/.exec(text);
  if (!m) return { scheme: "", host: "" };
  const rest = m[2].split("#")[0].split("?")[0];
  if (!rest.startsWith("//")) return { scheme: m[1].toLowerCase(), host: "" };
  const authority = rest.slice(2).split("/")[0];
  return { scheme: m[1].toLowerCase(), host: authority.slice(authority.lastIndexOf("@") + 1) };
}

const httpSource = struct(
  "http.plain",
  { ...httpClientSource, refresh_interval: modelDuration, url: string },
  {
    defaults: () => ({ refresh_interval: 60_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      const fail = (text: string) => {
        throw new DecodeFailure(text, line);
      };
      if (!c.url) fail("URL is missing");
      const parseError = goUrlParseError(c.url!);
      if (parseError) fail(parseError);
      const { scheme, host } = urlSchemeAndHost(c.url!);
      if (scheme !== "http" && scheme !== "https") fail("URL scheme must be 'http' or 'https'");
      if (host === "") fail("host is missing in URL");
      validateHttpClient(c, line);
    },
  },
);

export const http: DiscoveryConverter<Infer<typeof httpSource>> = {
  key: "http_sd_configs",
  source: httpSource,
  component: discoveryHttp,
  toValues: (sd, diags) => ({
    ...httpClientValues(sd, diags),
    refresh_interval: goDurationOf(sd.refresh_interval),
    url: redactUrl(sd.url ?? ""),
  }),
};
