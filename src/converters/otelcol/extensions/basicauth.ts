// extensions: basicauth → otelcol.auth.basic

import { encodeBuilderComponent } from "../../../components/builder.js";
import { basicAuth } from "../../../components/otelcol/auth/basic.js";
import { pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";

const config = struct("basicauthextension.Config", {
  htpasswd: { key: "htpasswd", shape: pointer(struct("basicauthextension.HtpasswdSettings", { file: { key: "file", shape: str }, inline: { key: "inline", shape: str } })) },
  clientAuth: {
    key: "client_auth",
    shape: pointer(struct("basicauthextension.ClientAuthSettings", { username: { key: "username", shape: str }, password: { key: "password", shape: str } })),
  },
});

export const basicAuthConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "extension",
  type: "basicauth",
  config,
  defaultConfig: () => config.zero(),
  inputName: "otelcol.auth.basic",
  convert(cfg, state) {
    // Only the client credentials are carried over; the server-side htpasswd settings are not.
    state.append(encodeBuilderComponent(basicAuth, state.label(), { username: cfg.clientAuth?.username, password: cfg.clientAuth?.password }));
  },
};
