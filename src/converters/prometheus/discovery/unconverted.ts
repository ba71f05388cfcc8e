// The service discoveries Prometheus v3.13 reads but Alloy's converter has no component
// for. Their configs are still loaded as Prometheus loads them (fields, defaults and the
// checks of each SDConfig.UnmarshalYAML, with its texts), so a config Prometheus refuses is
// refused; an accepted one is reported as not converted.

import { modelDuration } from "../../shared/duration.js";
import { httpClientDefaults, httpClientSource, secret, validateHttpClient } from "../../shared/http-client.js";
import { goUrlParseError, httpUrlProblem, urlSchemeAndHost } from "../../shared/url.js";
import { goQuote } from "../../shared/go-format.js";
import { bool, DecodeFailure, int, parsed, string, struct, type SourceType } from "../../yaml/types.js";

const eureka = struct(
  "eureka.plain",
  { server: string, ...httpClientSource, refresh_interval: modelDuration },
  {
    defaults: () => ({ refresh_interval: 30_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (!c.server) fail("eureka_sd: empty or null eureka server");
      const parseError = goUrlParseError(c.server!);
      if (parseError) fail(parseError);
      const { scheme, host } = urlSchemeAndHost(c.server!);
      if (scheme === "" || host === "") fail("eureka_sd: invalid eureka server URL");
      validateHttpClient(c, line);
    },
  },
);

const HETZNER_ROLES = ["robot", "hcloud"];
const hetznerRole = parsed((text, line) => {
  if (!HETZNER_ROLES.includes(text)) throw new DecodeFailure(`unknown role ${goQuote(text)}`, line);
  return text;
});

const hetzner = struct(
  "hetzner.plain",
  { ...httpClientSource, refresh_interval: modelDuration, port: int, role: hetznerRole, label_selector: string },
  {
    defaults: () => ({ port: 80, refresh_interval: 60_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      if (!c.role) DecodeFailure.thrower(line)("role missing (one of: robot, hcloud)");
      validateHttpClient(c, line);
    },
  },
);

const nomad = struct(
  "nomad.plain",
  {
    allow_stale: bool,
    ...httpClientSource,
    namespace: string,
    refresh_interval: modelDuration,
    region: string,
    server: string,
    tag_separator: string,
  },
  {
    defaults: () => ({
      allow_stale: true,
      namespace: "default",
      refresh_interval: 60_000,
      region: "global",
      server: "http://localhost:4646",
      tag_separator: ",",
      ...httpClientDefaults(),
    }),
    validate(c, _ctx, line) {
      if ((c.server ?? "").trim() === "") DecodeFailure.thrower(line)("nomad SD configuration requires a server address");
      validateHttpClient(c, line);
    },
  },
);

const puppetdb = struct(
  "puppetdb.plain",
  { ...httpClientSource, refresh_interval: modelDuration, url: string, query: string, include_parameters: bool, port: int },
  {
    defaults: () => ({ port: 80, refresh_interval: 60_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      const problem = httpUrlProblem(c.url);
      if (problem) fail(problem);
      if (!c.query) fail("query missing");
      validateHttpClient(c, line);
    },
  },
);

const stackit = struct(
  "stackit.plain",
  {
    ...httpClientSource,
    project: string,
    refresh_interval: modelDuration,
    port: int,
    region: string,
    endpoint: string,
    service_account_key: secret,
    service_account_key_path: string,
    private_key: secret,
    private_key_path: string,
    credentials_file_path: string,
  },
  {
    defaults: () => ({ port: 80, region: "eu01", refresh_interval: 60_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      c.endpoint ||= `https://iaas.api.${c.region ?? ""}.stackit.cloud`;
      const parseError = goUrlParseError(c.endpoint);
      if (parseError) DecodeFailure.thrower(line)(`invalid endpoint ${goQuote(c.endpoint)}: ${parseError}`);
      validateHttpClient(c, line);
    },
  },
);

const uyuni = struct(
  "uyuni.plain",
  {
    server: string,
    username: string,
    password: secret,
    ...httpClientSource,
    entitlement: string,
    separator: string,
    refresh_interval: modelDuration,
  },
  {
    defaults: () => ({ entitlement: "monitoring_entitled", separator: ",", refresh_interval: 60_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (!c.server) fail("Uyuni SD configuration requires server host");
      const parseError = goUrlParseError(c.server!);
      if (parseError) fail(`Uyuni Server URL is not valid: ${parseError}`);
      if (!c.username) fail("Uyuni SD configuration requires a username");
      if (!c.password) fail("Uyuni SD configuration requires a password");
      validateHttpClient(c, line);
    },
  },
);

const vultr = struct(
  "vultr.plain",
  { ...httpClientSource, refresh_interval: modelDuration, port: int },
  {
    defaults: () => ({ port: 80, refresh_interval: 60_000, ...httpClientDefaults() }),
    validate: (c, _ctx, line) => validateHttpClient(c, line),
  },
);

// New in Prometheus v3: its fields and checks as the upstream tests show them (a region,
// exactly one of secret_key and secret_key_file).
const outscale = struct(
  "outscale.plain",
  {
    ...httpClientSource,
    region: string,
    endpoint: string,
    access_key: string,
    secret_key: secret,
    secret_key_file: string,
    refresh_interval: modelDuration,
    port: int,
  },
  {
    defaults: () => ({ port: 80, refresh_interval: 60_000, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (!c.region) fail("outscale SD configuration requires a region");
      if (!c.secret_key && !c.secret_key_file) fail("one of secret_key & secret_key_file must be configured");
      if (c.secret_key && c.secret_key_file) fail("at most one of secret_key & secret_key_file must be configured");
      validateHttpClient(c, line);
    },
  },
);

/** One entry of each `<name>_sd_configs` list Alloy does not convert, by key. */
export const UNCONVERTED_DISCOVERY: Record<string, SourceType<unknown>> = {
  eureka_sd_configs: eureka,
  hetzner_sd_configs: hetzner,
  nomad_sd_configs: nomad,
  outscale_sd_configs: outscale,
  puppetdb_sd_configs: puppetdb,
  stackit_sd_configs: stackit,
  uyuni_sd_configs: uyuni,
  vultr_sd_configs: vultr,
};
