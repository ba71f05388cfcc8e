// receivers: zipkin → otelcol.receiver.zipkin

import { encodeBuilderComponent } from "../../../components/builder.js";
import { zipkinReceiver } from "../../../components/otelcol/receiver/zipkin.js";
import { bool, pointer, struct, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { defaultHttpServer, httpServerConfig, httpServerValues } from "../shared/settings.js";

const DEFAULT_ENDPOINT = "localhost:9411";

const fields = struct("zipkinreceiver.Config", {
  protocols: {
    key: "protocols",
    shape: struct("zipkinreceiver.Protocols", {
      http: { key: "http", shape: pointer(struct("zipkinreceiver.HTTPConfig", { server: { shape: httpServerConfig } }), () => ({ server: defaultHttpServer(DEFAULT_ENDPOINT) })) },
    }),
  },
  // The deprecated top-level server settings, which Alloy's converter reads.
  server: { shape: httpServerConfig },
  parseStringTags: { key: "parse_string_tags", shape: bool },
});
type Config = Infer<typeof fields>;

// The receiver's own Unmarshal: without `protocols.http` the top-level settings stand for
// it; with it, the top-level endpoint is cleared.
const config: Shape<Config> = {
  ...fields,
  decode(name, data, ctx, current) {
    const out = fields.decode(name, data, ctx, current);
    const protocols = isConfMap(data) ? data.protocols : undefined;
    // confmap counts a key with no value as set.
    const httpSet = isConfMap(protocols) && "http" in protocols;
    if (!httpSet) return { ...out, protocols: { http: { server: out.server } } };
    return { ...out, server: { ...out.server, endpoint: "" } };
  },
};

export const zipkinReceiverConverter: OtelcolComponent<Config> = {
  kind: "receiver",
  type: "zipkin",
  config,
  defaultConfig: () => ({ protocols: { http: undefined }, server: defaultHttpServer(DEFAULT_ENDPOINT), parseStringTags: false }),
  inputName: "",
  convert(cfg, state) {
    const values = {
      parse_string_tags: cfg.parseStringTags,
      ...httpServerValues(cfg.server, state),
      output: consumerOutput(state, ["traces"]),
    };
    state.append(encodeBuilderComponent(zipkinReceiver, state.label(), values));
  },
};
