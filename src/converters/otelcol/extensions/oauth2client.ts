// extensions: oauth2client → otelcol.auth.oauth2

import { encodeBuilderComponent } from "../../../components/builder.js";
import { oauth2Auth } from "../../../components/otelcol/auth/oauth2.js";
import { Duration } from "../../../components/values.js";
import { anyValue, duration, list, map, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { tlsClientConfig, tlsClientValues } from "../shared/settings.js";

const config = struct("oauth2clientauthextension.Config", {
  clientId: { key: "client_id", shape: str },
  clientIdFile: { key: "client_id_file", shape: str },
  clientSecret: { key: "client_secret", shape: str },
  clientSecretFile: { key: "client_secret_file", shape: str },
  endpointParams: { key: "endpoint_params", shape: map(list(str)) },
  tokenUrl: { key: "token_url", shape: str },
  scopes: { key: "scopes", shape: list(str) },
  tls: { key: "tls", shape: tlsClientConfig },
  timeout: { key: "timeout", shape: duration },
  expiryBuffer: { key: "expiry_buffer", shape: duration },
  grantType: { key: "grant_type", shape: str },
  clientCertificateKey: { key: "client_certificate_key", shape: str },
  clientCertificateKeyFile: { key: "client_certificate_key_file", shape: str },
  clientCertificateKeyId: { key: "client_certificate_key_id", shape: str },
  signatureAlgorithm: { key: "signature_algorithm", shape: str },
  iss: { key: "iss", shape: str },
  audience: { key: "audience", shape: str },
  claims: { key: "claims", shape: map(anyValue) },
});

export const oauth2ClientConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "extension",
  type: "oauth2client",
  config,
  defaultConfig: () => ({ ...config.zero(), tls: tlsClientConfig.zero(), expiryBuffer: 5 * 60_000 }),
  inputName: "otelcol.auth.oauth2",
  convert(cfg, state) {
    // Alloy's converter carries over the inline credentials, not the *_file ones nor the
    // JWT-bearer grant settings.
    state.append(
      encodeBuilderComponent(oauth2Auth, state.label(), {
        client_id: cfg.clientId,
        client_secret: cfg.clientSecret,
        token_url: cfg.tokenUrl,
        endpoint_params: cfg.endpointParams && Object.fromEntries(Object.entries(cfg.endpointParams).map(([k, v]) => [k, v ?? []])),
        scopes: cfg.scopes,
        tls: tlsClientValues(cfg.tls),
        timeout: new Duration(cfg.timeout),
      }),
    );
  },
};
