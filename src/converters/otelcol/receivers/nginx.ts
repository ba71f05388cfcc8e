// receivers: nginx → otelcol.receiver.nginx

import { encodeBuilderComponent } from "../../../components/builder.js";
import { nginxReceiver } from "../../../components/otelcol/receiver/nginx.js";
import { Duration } from "../../../components/values.js";
import { struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { controllerConfig, defaultControllerConfig, defaultToggles, toggles } from "../shared/scraper.js";
import { defaultHttpClient, httpClientConfig } from "../shared/settings.js";

/** mdatagen's defaults for the receiver's metrics. */
const NGINX_METRICS = {
  "nginx.connections_accepted": true,
  "nginx.connections_current": true,
  "nginx.connections_handled": true,
  "nginx.requests": true,
};

const config = struct("nginxreceiver.Config", {
  controller: { shape: controllerConfig },
  client: { shape: httpClientConfig },
  metricsBuilder: {
    shape: struct("metadata.MetricsBuilderConfig", {
      metrics: { key: "metrics", shape: toggles("metadata.MetricsConfig", Object.keys(NGINX_METRICS)) },
    }),
  },
});

export const nginxReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "nginx",
  config,
  defaultConfig: () => ({
    controller: defaultControllerConfig({ collectionInterval: 10_000 }),
    client: { ...defaultHttpClient(), endpoint: "http://localhost:80/status", timeout: 10_000 },
    metricsBuilder: { metrics: defaultToggles(NGINX_METRICS) },
  }),
  inputName: "",
  convert(cfg, state) {
    // Alloy's component takes only the endpoint and two of the controller's settings.
    state.append(
      encodeBuilderComponent(nginxReceiver, state.label(), {
        endpoint: cfg.client.endpoint,
        collection_interval: new Duration(cfg.controller.collectionInterval),
        initial_delay: new Duration(cfg.controller.initialDelay),
        output: consumerOutput(state, ["metrics"]),
      }),
    );
  },
};
