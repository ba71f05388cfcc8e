// receivers: vcenter → otelcol.receiver.vcenter

import { encodeBuilderComponent } from "../../../components/builder.js";
import { VCENTER_METRICS, VCENTER_RESOURCE_ATTRIBUTES, vcenterReceiver } from "../../../components/otelcol/receiver/vcenter.js";
import { Duration, type Values } from "../../../components/values.js";
import { bool, duration, int, map, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { tlsClientConfig, tlsClientValues } from "../shared/settings.js";

// scraperhelper.ControllerConfig, modelled here (no shared scraper helper existed yet).
const controllerConfig = struct("scraperhelper.ControllerConfig", {
  collectionInterval: { key: "collection_interval", shape: duration },
  initialDelay: { key: "initial_delay", shape: duration },
  timeout: { key: "timeout", shape: duration },
});

const enabledSwitch = struct("metadata.MetricConfig", { enabled: { key: "enabled", shape: bool } });
type Switches = Record<string, { enabled: boolean }>;

const config = struct("vcenterreceiver.Config", {
  controller: { shape: controllerConfig },
  tls: { key: "tls", shape: tlsClientConfig },
  // The generated metadata structs, keyed by name; names are not checked against the Collector's list.
  metrics: { key: "metrics", shape: map(enabledSwitch) },
  resourceAttributes: { key: "resource_attributes", shape: map(enabledSwitch) },
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
    controller: { collectionInterval: 120_000, initialDelay: 1000, timeout: 0 },
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
        collection_interval: new Duration(cfg.controller.collectionInterval),
        initial_delay: new Duration(cfg.controller.initialDelay),
        timeout: new Duration(cfg.controller.timeout),
        tls: tlsClientValues(cfg.tls),
        output: consumerOutput(state, ["metrics", "traces"]),
      }),
    );
  },
};
