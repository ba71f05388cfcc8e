// The Agent's v2 eventhandler integration → loki.source.kubernetes_events, sending to the
// named logs instance's loki.write, through a loki.relabel when extra_labels are set. What
// Alloy's component does not let one configure is reported.

import { encodeComponent } from "../../../components/schema.js";
import { lokiRelabel } from "../../../components/loki/relabel.js";
import { lokiSourceKubernetesEvents } from "../../../components/loki/source/kubernetes_events.js";
import { sanitizeIdentifier } from "../../../components/labels.js";
import { Raw } from "../../../components/values.js";
import type { Diagnostics } from "../../../diagnostics.js";
import { array, traversal } from "../../../emit/build.js";
import { relabelRuleValues } from "../../shared/relabel.js";
import { int, map, string, type StructOf } from "../../yaml/types.js";
import { integrationLabel } from "./framework.js";
import type { IntegrationLocator } from "./config.js";
import type { SpecialIntegration } from "./kinds.js";

const fields = {
  send_timeout: int,
  cache_path: string,
  logs_instance: string,
  informer_resync: int,
  flush_interval: int,
  kubeconfig_path: string,
  namespace: string,
  extra_labels: map(string, "labels.Labels"),
  log_format: string,
};
type Config = StructOf<typeof fields>;

/** The Agent's DefaultConfig for the integration. */
const DEFAULTS = {
  send_timeout: 60,
  cache_path: "./.eventcache/eventhandler.cache",
  logs_instance: "default",
  informer_resync: 120,
  flush_interval: 10,
  log_format: "logfmt",
};

function notConfigurable(diags: Diagnostics, cfg: Config, key: "send_timeout" | "informer_resync" | "flush_interval", at: IntegrationLocator): void {
  if (cfg[key] !== DEFAULTS[key]) {
    diags.error(`The converter does not support converting the provided eventhandler ${key} config: this field is not configurable in Alloy`, at(key));
  }
}

export const eventHandler: SpecialIntegration = {
  v2Name: "eventhandler",
  goName: "eventhandler.Config",
  fields,
  defaults: () => ({ ...DEFAULTS }),
  appendV2(b, raw, at) {
    const cfg = raw as Config;
    notConfigurable(b.diags, cfg, "send_timeout", at);
    notConfigurable(b.diags, cfg, "informer_resync", at);
    notConfigurable(b.diags, cfg, "flush_interval", at);
    if (cfg.cache_path !== DEFAULTS.cache_path) {
      b.diags.warning(
        "The eventhandler cache_path is unnecessary in Alloy because the storage path is governed by the --storage.path cmd argument and is always local to the component.",
        at("cache_path"),
      );
    }
    const label = integrationLabel("eventhandler");
    let receiver = `loki.write.${sanitizeIdentifier(`logs_${cfg.logs_instance ?? ""}`)}.receiver`;
    const labels = cfg.extra_labels ?? {};
    const keys = Object.keys(labels).sort();
    if (keys.length > 0) {
      b.append(
        encodeComponent(lokiRelabel, label, {
          forward_to: new Raw(array([traversal(receiver)])),
          rule: keys.map((k) =>
            relabelRuleValues({ source_labels: ["__address__"], separator: ";", regex: "(.*)", target_label: k, replacement: labels[k], action: "replace" }),
          ),
        }),
      );
      receiver = `loki.relabel.${label}.receiver`;
    }
    b.append(
      encodeComponent(lokiSourceKubernetesEvents, label, {
        forward_to: new Raw(array([traversal(receiver)])),
        namespaces: cfg.namespace ? [cfg.namespace] : undefined,
        // Inferred: the Agent's default log format is Alloy's default; only json differs.
        log_format: cfg.log_format === "json" ? "json" : "fmt",
        client: { kubeconfig_file: cfg.kubeconfig_path },
      }),
    );
  },
};
