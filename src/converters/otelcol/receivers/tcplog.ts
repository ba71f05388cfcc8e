// receivers: tcplog → otelcol.receiver.tcplog

import { encodeBuilderComponent } from "../../../components/builder.js";
import { tcplogReceiver } from "../../../components/otelcol/receiver/tcplog.js";
import { struct, type Infer } from "../../confmap/decode.js";
import { formatBase2Bytes } from "../../shared/bytes.js";
import type { OtelcolComponent } from "../component.js";
import { tlsServerValues } from "../shared/settings.js";
import { adapterBaseConfig, consumerRetryConfig, consumerRetryValues, defaultAdapterBase, defaultInputOperator, defaultTcpBase, inputOperatorConfig, multilineValues, tcpBaseConfig } from "../shared/stanza.js";

const config = struct("tcplogreceiver.TCPLogConfig", {
  operator: { shape: inputOperatorConfig },
  input: { shape: tcpBaseConfig },
  base: { shape: adapterBaseConfig },
});

export const tcplogReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "tcplog",
  config,
  // The tcplog factory leaves retry_on_failure at its zero value.
  defaultConfig: () => ({ operator: defaultInputOperator("tcp_input"), input: defaultTcpBase(), base: defaultAdapterBase(consumerRetryConfig.zero()) }),
  inputName: "otelcol.receiver.tcplog",
  convert(cfg, state) {
    const input = cfg.input;
    state.append(
      encodeBuilderComponent(tcplogReceiver, state.label(), {
        listen_address: input.listenAddress,
        max_log_size: formatBase2Bytes(input.maxLogSize),
        tls: tlsServerValues(input.tls),
        add_attributes: input.addAttributes,
        one_log_per_packet: input.oneLogPerPacket,
        encoding: input.encoding,
        multiline: multilineValues(input.split),
        retry_on_failure: consumerRetryValues(cfg.base.retryOnFailure),
      }),
    );
  },
};
