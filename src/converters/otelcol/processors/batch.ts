// processors: batch → otelcol.processor.batch

import { encodeBuilderComponent } from "../../../components/builder.js";
import { batchProcessor } from "../../../components/otelcol/processor/batch.js";
import { Duration } from "../../../components/values.js";
import { duration, integer, list, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const config = struct("batchprocessor.Config", {
  timeout: { key: "timeout", shape: duration },
  sendBatchSize: { key: "send_batch_size", shape: integer("uint32") },
  sendBatchMaxSize: { key: "send_batch_max_size", shape: integer("uint32") },
  metadataKeys: { key: "metadata_keys", shape: list(str) },
  metadataCardinalityLimit: { key: "metadata_cardinality_limit", shape: integer("uint32") },
});

export const batchProcessorConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "processor",
  type: "batch",
  config,
  defaultConfig: () => ({ timeout: 200, sendBatchSize: 8192, sendBatchMaxSize: 0, metadataKeys: undefined, metadataCardinalityLimit: 1000 }),
  inputName: "otelcol.processor.batch",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(batchProcessor, state.label(), {
        timeout: new Duration(cfg.timeout),
        send_batch_size: cfg.sendBatchSize,
        send_batch_max_size: cfg.sendBatchMaxSize,
        metadata_keys: cfg.metadataKeys,
        metadata_cardinality_limit: cfg.metadataCardinalityLimit,
        output: consumerOutput(state),
      }),
    );
  },
};
