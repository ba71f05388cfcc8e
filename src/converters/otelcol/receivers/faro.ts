// receivers: faro → otelcol.receiver.faro

import { encodeBuilderComponent } from "../../../components/builder.js";
import { faroReceiver } from "../../../components/otelcol/receiver/faro.js";
import { struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { httpServerConfig, httpServerValues } from "../shared/settings.js";

const config = struct("faroreceiver.Config", { server: { shape: httpServerConfig } });

export const faroReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "faro",
  config,
  // The factory sets only the endpoint, not confighttp's server defaults.
  defaultConfig: () => ({ server: { ...httpServerConfig.zero(), endpoint: "localhost:8080" } }),
  inputName: "",
  convert(cfg, state) {
    const values = { ...httpServerValues(cfg.server, state), output: consumerOutput(state, ["logs", "traces"]) };
    state.append(encodeBuilderComponent(faroReceiver, state.label(), values));
  },
};
