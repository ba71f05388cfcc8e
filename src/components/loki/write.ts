// loki.write (grafana/alloy internal/component/loki/write): Arguments and EndpointOptions
// in Go struct order with their SetToDefault defaults.

import { httpClientFields } from "../common/http-client.js";
import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../schema.js";
import { Duration } from "../values.js";

const queueConfigFields: Schema = [
  arg("capacity", "string", "10MiB"),
  arg("drain_timeout", "duration", new Duration(15_000)),
];

export const lokiWriteEndpointFields: Schema = [
  arg("name", "string"),
  requiredArg("url", "string"),
  arg("batch_wait", "duration", new Duration(1000)),
  /** A Base2Bytes size such as `1MiB`. */
  arg("batch_size", "string", "1MiB"),
  arg("remote_timeout", "duration", new Duration(10_000)),
  arg("headers", "map"),
  arg("min_backoff_period", "duration", new Duration(500)),
  arg("max_backoff_period", "duration", new Duration(300_000)),
  arg("max_backoff_retries", "number", 10),
  arg("tenant_id", "string"),
  arg("retry_on_http_429", "bool", true),
  ...httpClientFields,
  blockOf("queue_config", queueConfigFields, { omitWhenEmpty: true }),
];

const walFields: Schema = [
  arg("enabled", "bool"),
  arg("max_segment_age", "duration", new Duration(2 * 3_600_000)),
  arg("min_read_frequency", "duration", new Duration(250)),
  arg("max_read_frequency", "duration", new Duration(1000)),
  arg("drain_timeout", "duration", new Duration(15_000)),
];

export const lokiWrite: ComponentSchema = {
  name: "loki.write",
  fields: [
    blocksOf("endpoint", lokiWriteEndpointFields),
    arg("external_labels", "map"),
    arg("max_streams", "number"),
    blockOf("wal", walFields, { omitWhenEmpty: true }),
  ],
};
