// receivers: solace → otelcol.receiver.solace

import { encodeBuilderComponent } from "../../../components/builder.js";
import { solaceReceiver } from "../../../components/otelcol/receiver/solace.js";
import { Duration } from "../../../components/values.js";
import { duration, integer, list, optional, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { tlsClientConfig, tlsClientValues } from "../shared/settings.js";

const delayedRetryConfig = struct("solacereceiver.FlowControlDelayedRetry", { delay: { key: "delay", shape: duration } });

const config = struct("solacereceiver.Config", {
  broker: { key: "broker", shape: list(str) },
  queue: { key: "queue", shape: str },
  maxUnacked: { key: "max_unacknowledged", shape: integer("int32") },
  tls: { key: "tls", shape: tlsClientConfig },
  auth: {
    key: "auth",
    shape: struct("solacereceiver.Authentication", {
      plainText: {
        key: "sasl_plain",
        shape: optional(struct("solacereceiver.SaslPlainTextConfig", { username: { key: "username", shape: str }, password: { key: "password", shape: str } })),
      },
      xauth2: {
        key: "sasl_xauth2",
        shape: optional(struct("solacereceiver.SaslXAuth2Config", { username: { key: "username", shape: str }, bearer: { key: "bearer", shape: str } })),
      },
      external: { key: "sasl_external", shape: optional(struct("solacereceiver.SaslExternalConfig", {})) },
    }),
  },
  flow: { key: "flow_control", shape: struct("solacereceiver.FlowControl", { delayedRetry: { key: "delayed_retry", shape: optional(delayedRetryConfig) } }) },
});

export const solaceReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "solace",
  config,
  defaultConfig: () => ({
    ...config.zero(),
    broker: ["localhost:5671"],
    maxUnacked: 1000,
    flow: { delayedRetry: { delay: 10 } },
  }),
  inputName: "",
  convert(cfg, state) {
    const { plainText, xauth2, external } = cfg.auth;
    const retry = cfg.flow.delayedRetry;
    state.append(
      encodeBuilderComponent(solaceReceiver, state.label(), {
        // Alloy takes a single broker: the first of the Collector's list.
        broker: cfg.broker?.[0] ?? "",
        queue: cfg.queue,
        max_unacknowledged: cfg.maxUnacked,
        tls: tlsClientValues(cfg.tls),
        flow_control: { delayed_retry: retry && { delay: new Duration(retry.delay) } },
        auth: {
          sasl_plain: plainText && { username: plainText.username, password: plainText.password },
          sasl_xauth2: xauth2 && { username: xauth2.username, bearer: xauth2.bearer },
          sasl_external: external && {},
        },
        output: consumerOutput(state, ["traces"]),
      }),
    );
  },
};
