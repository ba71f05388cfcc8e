// discovery.openstack (grafana/alloy internal/component/discovery/openstack): arguments in
// Go struct order with SetToDefault's defaults.

import { tlsConfigFields } from "../common/http-client.js";
import { arg, blockOf, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const discoveryOpenstack: ComponentSchema = {
  name: "discovery.openstack",
  fields: [
    arg("identity_endpoint", "string"),
    arg("username", "string"),
    arg("userid", "string"),
    arg("password", "string"),
    arg("project_name", "string"),
    arg("project_id", "string"),
    arg("domain_name", "string"),
    arg("domain_id", "string"),
    arg("application_credential_name", "string"),
    arg("application_credential_id", "string"),
    arg("application_credential_secret", "string"),
    requiredArg("role", "string"),
    requiredArg("region", "string"),
    arg("refresh_interval", "duration", new Duration(60_000)),
    arg("port", "number", 80),
    arg("all_tenants", "bool"),
    // A value block in Go: left out when nothing in it is set.
    blockOf("tls_config", tlsConfigFields, { omitWhenEmpty: true }),
    arg("availability", "string", "public"),
  ],
};
