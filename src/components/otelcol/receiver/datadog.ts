// otelcol.receiver.datadog (component/otelcol/receiver/datadog): an HTTP server (squashed)
// with this component's defaults, and idle-series cleanup.

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, httpServerFieldsFor, outputBlock } from "../config.js";

export const datadogReceiver: ComponentSchema = {
  name: "otelcol.receiver.datadog",
  fields: [
    // The timeouts and idle_series_cleanup_interval have non-zero Alloy v1.19 defaults: the
    // corpus prints them as "0s" since the converter leaves them unset.
    ...httpServerFieldsFor("localhost:8126", { max_request_body_size: "0B", read_timeout: new Duration(60_000) }),
    arg("idle_series_cleanup_interval", "duration", new Duration(300_000)),
    debugMetricsBlock,
    outputBlock,
  ],
};
