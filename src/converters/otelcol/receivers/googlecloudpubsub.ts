// receivers: googlecloudpubsub → otelcol.receiver.googlecloudpubsub

import { encodeBuilderComponent } from "../../../components/builder.js";
import { googlecloudpubsubReceiver } from "../../../components/otelcol/receiver/googlecloudpubsub.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, int, integer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { timeoutConfig } from "../shared/settings.js";

const config = struct("googlecloudpubsubreceiver.Config", {
  project: { key: "project", shape: str },
  userAgent: { key: "user_agent", shape: str },
  endpoint: { key: "endpoint", shape: str },
  insecure: { key: "insecure", shape: bool },
  universeDomain: { key: "universe_domain", shape: str },
  timeout: { shape: timeoutConfig },
  subscription: { key: "subscription", shape: str },
  encoding: { key: "encoding", shape: str },
  compression: { key: "compression", shape: str },
  ignoreEncodingError: { key: "ignore_encoding_error", shape: bool },
  // Newer contrib keys Alloy's converter does not carry over; accepted so such configs still load.
  onDecodeError: { key: "on_decode_error", shape: str },
  onPipelineError: { key: "on_pipeline_error", shape: str },
  clientId: { key: "client_id", shape: str },
  flowControl: {
    key: "flow_control",
    shape: struct("googlecloudpubsubreceiver.FlowControlConfig", {
      triggerAckBatchDuration: { key: "trigger_ack_batch_duration", shape: duration },
      triggerAckBatchSize: { key: "trigger_ack_batch_size", shape: int },
      streamAckDeadline: { key: "stream_ack_deadline", shape: duration },
      maxOutstandingMessages: { key: "max_outstanding_messages", shape: integer("int64") },
      maxOutstandingBytes: { key: "max_outstanding_bytes", shape: integer("int64") },
    }),
  },
});

export const googlecloudpubsubReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "googlecloudpubsub",
  config,
  defaultConfig: () => ({
    ...config.zero(),
    userAgent: "opentelemetry-collector-contrib {{version}}",
    timeout: { timeout: 12_000 },
    flowControl: { triggerAckBatchDuration: 10_000, triggerAckBatchSize: 0, streamAckDeadline: 60_000, maxOutstandingMessages: 0, maxOutstandingBytes: 0 },
  }),
  inputName: "",
  convert(cfg, state) {
    const fc = cfg.flowControl;
    const next = (signal: "metrics" | "logs" | "traces") => {
      const list = state.next(signal);
      return list.length > 0 ? list : undefined;
    };
    state.append(
      encodeBuilderComponent(googlecloudpubsubReceiver, state.label(), {
        project: cfg.project,
        user_agent: cfg.userAgent,
        endpoint: cfg.endpoint,
        universe_domain: cfg.universeDomain,
        insecure: cfg.insecure,
        subscription: cfg.subscription,
        encoding: cfg.encoding,
        compression: cfg.compression,
        ignore_encoding_error: cfg.ignoreEncodingError,
        client_id: cfg.clientId,
        timeout: new Duration(cfg.timeout.timeout),
        flow_control: {
          trigger_ack_batch_duration: new Duration(fc.triggerAckBatchDuration),
          stream_ack_deadline: new Duration(fc.streamAckDeadline),
          max_outstanding_messages: fc.maxOutstandingMessages,
          max_outstanding_bytes: fc.maxOutstandingBytes,
        },
        // Alloy's converter crosses metrics and logs over; kept for byte-for-byte output.
        output: { metrics: next("logs"), logs: next("metrics"), traces: next("traces") },
      }),
    );
  },
};
