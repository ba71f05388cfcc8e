// receivers: awsecscontainermetrics → otelcol.receiver.awsecscontainermetrics

import { encodeBuilderComponent } from "../../../components/builder.js";
import { awsEcsContainerMetricsReceiver } from "../../../components/otelcol/receiver/awsecscontainermetrics.js";
import { Duration } from "../../../components/values.js";
import { duration, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const config = struct("awsecscontainermetricsreceiver.Config", {
  collectionInterval: { key: "collection_interval", shape: duration },
});

export const awsEcsContainerMetricsReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "awsecscontainermetrics",
  config,
  defaultConfig: () => ({ collectionInterval: 20_000 }),
  inputName: "",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(awsEcsContainerMetricsReceiver, state.label(), {
        collection_interval: new Duration(cfg.collectionInterval),
        output: consumerOutput(state, ["metrics"]),
      }),
    );
  },
};
