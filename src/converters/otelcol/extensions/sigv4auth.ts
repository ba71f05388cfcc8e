// extensions: sigv4auth → otelcol.auth.sigv4

import { encodeBuilderComponent } from "../../../components/builder.js";
import { sigv4Auth } from "../../../components/otelcol/auth/sigv4.js";
import { str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";

const config = struct("sigv4authextension.Config", {
  region: { key: "region", shape: str },
  service: { key: "service", shape: str },
  assumeRole: {
    key: "assume_role",
    shape: struct("sigv4authextension.AssumeRole", {
      arn: { key: "arn", shape: str },
      externalId: { key: "external_id", shape: str },
      sessionName: { key: "session_name", shape: str },
      stsRegion: { key: "sts_region", shape: str },
      webIdentityTokenFile: { key: "web_identity_token_file", shape: str },
    }),
  },
});

export const sigv4AuthConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "extension",
  type: "sigv4auth",
  config,
  defaultConfig: () => config.zero(),
  inputName: "otelcol.auth.sigv4",
  convert(cfg, state) {
    const role = cfg.assumeRole;
    state.append(
      encodeBuilderComponent(sigv4Auth, state.label(), {
        region: cfg.region,
        service: cfg.service,
        assume_role: { arn: role.arn, session_name: role.sessionName, sts_region: role.stsRegion },
      }),
    );
  },
};
