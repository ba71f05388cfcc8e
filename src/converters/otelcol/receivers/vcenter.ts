// receivers: vcenter → otelcol.receiver.vcenter

import { encodeBuilderComponent } from "../../../components/builder.js";
import { VCENTER_METRICS, VCENTER_RESOURCE_ATTRIBUTES, vcenterReceiver } from "../../../components/otelcol/receiver/vcenter.js";
import type { Values } from "../../../components/values.js";
import { int, map, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { controllerConfig, controllerValues, defaultControllerConfig, metricConfig } from "../shared/scraper.js";
import { tlsClientConfig, tlsClientValues } from "../shared/settings.js";

type Switches = Record<string, { enabled: boolean }>;

const config = struct("vcenterreceiver.Config", {
  controller: { shape: controllerConfig },
  tls: { key: "tls", shape: tlsClientConfig },
  // The generated metadata structs, keyed by name; names are not checked against the Collector's list.
  metrics: { key: "metrics", shape: map(metricConfig) },
  resourceAttributes: { key: "resource_attributes", shape: map(metricConfig) },
  endpoint: { key: "endpoint", shape: str },
  username: { key: "username", shape: str },
  password: { key: "password", shape: str },
  maxQueryMetrics: { key: "max_query_metrics", shape: int },
});

function switches(table: ReadonlyArray<readonly [string, boolean]>): Switches {
  return Object.fromEntries(table.map(([name, enabled]) => [name, { enabled }]));
}

/** Alloy's blocks for the names it knows, read from the Collector's switches. */
function switchValues(table: ReadonlyArray<readonly [string, boolean]>, cfg: Switches | undefined): Values {
  const out: Values = {};
  for (const [name, fallback] of table) out[name] = { enabled: cfg?.[name]?.enabled ?? fallback };
  return out;
}

export const vcenterReceiverConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "receiver",
  type: "vcenter",
  config,
  defaultConfig: () => ({
    controller: defaultControllerConfig({ collectionInterval: 120_000 }),
    tls: tlsClientConfig.zero(),
    metrics: switches(VCENTER_METRICS),
    resourceAttributes: switches(VCENTER_RESOURCE_ATTRIBUTES),
    endpoint: "",
    username: "",
    password: "",
    maxQueryMetrics: 256,
  }),
  inputName: "",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(vcenterReceiver, state.label(), {
        endpoint: cfg.endpoint,
        username: cfg.username,
        password: cfg.password,
        metrics: switchValues(VCENTER_METRICS, cfg.metrics),
        resource_attributes: switchValues(VCENTER_RESOURCE_ATTRIBUTES, cfg.resourceAttributes),
        // Alloy's converter leaves max_query_metrics unset, so it prints as 0.
        ...controllerValues(cfg.controller),
        tls: tlsClientValues(cfg.tls),
        output: consumerOutput(state, ["metrics", "traces"]),
      }),
    );
  },
};
