// receivers: influxdb → otelcol.receiver.influxdb

import { encodeBuilderComponent } from "../../../components/builder.js";
import { influxdbReceiver } from "../../../components/otelcol/receiver/influxdb.js";
import { struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { defaultHttpServer, httpServerConfig, httpServerValues } from "../shared/settings.js";

const config = struct("influxdbreceiver.Config", { server: { shape: httpServerConfig } });

export const influxdbReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "influxdb",
  config,
  defaultConfig: () => ({ server: defaultHttpServer("localhost:8086") }),
  inputName: "",
  convert(cfg, state) {
    const values = { ...httpServerValues(cfg.server, state), output: consumerOutput(state, ["metrics"]) };
    state.append(encodeBuilderComponent(influxdbReceiver, state.label(), values));
  },
};
