// openstack_sd_configs (prometheus/prometheus discovery/openstack SDConfig) →
// discovery.openstack, as grafana/alloy's prometheusconvert maps it.

import { discoveryOpenstack } from "../../../components/discovery/openstack.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { secret, tlsConfigSource, tlsConfigValues } from "../../shared/http-client.js";
import { bool, DecodeFailure, int, parsed, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";
import { goQuote } from "../../shared/go-format.js";

const ROLES = ["hypervisor", "instance", "loadbalancer"];

const openstackRole = parsed((text, line) => {
  if (!ROLES.includes(text)) throw new DecodeFailure(`unknown OpenStack SD role ${goQuote(text)}`, line);
  return text;
});

const openstackSource = struct(
  "openstack.plain",
  {
    identity_endpoint: string,
    username: string,
    userid: string,
    password: secret,
    project_name: string,
    project_id: string,
    domain_name: string,
    domain_id: string,
    application_credential_name: string,
    application_credential_id: string,
    application_credential_secret: secret,
    role: openstackRole,
    region: string,
    refresh_interval: modelDuration,
    port: int,
    all_tenants: bool,
    tls_config: tlsConfigSource,
    availability: string,
  },
  {
    defaults: () => ({ port: 80, refresh_interval: 60_000, availability: "public" }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      const availability = c.availability ?? "";
      if (!["public", "internal", "admin"].includes(availability)) {
        fail(`unknown availability ${availability}, must be one of admin, internal or public`);
      }
      if (!c.role) fail("role missing (one of: instance, hypervisor, loadbalancer)");
      if (!c.region) fail("openstack SD configuration requires a region");
    },
  },
);

export const openstack: DiscoveryConverter<Infer<typeof openstackSource>> = {
  key: "openstack_sd_configs",
  source: openstackSource,
  component: discoveryOpenstack,
  toValues: (sd) => ({
    identity_endpoint: sd.identity_endpoint,
    username: sd.username,
    userid: sd.userid,
    password: sd.password,
    project_name: sd.project_name,
    project_id: sd.project_id,
    domain_name: sd.domain_name,
    domain_id: sd.domain_id,
    application_credential_name: sd.application_credential_name,
    application_credential_id: sd.application_credential_id,
    application_credential_secret: sd.application_credential_secret,
    role: sd.role ?? "",
    region: sd.region ?? "",
    refresh_interval: goDurationOf(sd.refresh_interval),
    port: sd.port,
    all_tenants: sd.all_tenants,
    tls_config: tlsConfigValues(sd.tls_config),
    availability: sd.availability,
  }),
};
