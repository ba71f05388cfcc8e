// http_sd_configs (prometheus/prometheus discovery/http SDConfig) → discovery.http.

import { discoveryHttp } from "../../../components/discovery/http.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../../shared/http-client.js";
import { httpUrlProblem, redactUrl } from "../../shared/url.js";
import { DecodeFailure, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const httpSource = struct(
  "http.plain",
  { ...httpClientSource, refresh_interval: modelDuration, url: string },
  {
    defaults: () => ({ refresh_interval: 60_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      const problem = httpUrlProblem(c.url);
      if (problem) fail(problem);
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
