// receivers: fluentforward → otelcol.receiver.fluentforward

import { encodeBuilderComponent } from "../../../components/builder.js";
import { fluentforwardReceiver } from "../../../components/otelcol/receiver/fluentforward.js";
import { str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";

const config = struct("fluentforwardreceiver.Config", {
  listenAddress: { key: "endpoint", shape: str },
});

export const fluentforwardReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "fluentforward",
  config,
  defaultConfig: () => ({ listenAddress: "" }),
  inputName: "",
  convert(cfg, state) {
    // Alloy's converter fills in only the endpoint: it writes no output block, so the
    // pipeline's next components are not carried over.
    state.append(encodeBuilderComponent(fluentforwardReceiver, state.label(), { endpoint: cfg.listenAddress }));
  },
};
