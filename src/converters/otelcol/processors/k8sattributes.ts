// processors: k8s_attributes (also its deprecated name `k8sattributes`) →
// otelcol.processor.k8sattributes
//
// Alloy's converter keeps the auth type, passthrough, extraction rules, pod filters,
// pod associations, excluded pods and the metadata wait; the other API settings
// (context, QPS, burst) and `filter.node_from_env_var` are not carried over.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { k8sAttributesProcessor } from "../../../components/otelcol/processor/k8sattributes.js";
import { Duration, type Values } from "../../../components/values.js";
import { bool, duration, float, int, list, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const apiConfig = struct("k8sconfig.APIConfig", {
  authType: { key: "auth_type", shape: str },
  context: { key: "context", shape: str },
  kubeApiQps: { key: "kube_api_qps", shape: { ...float, goType: "float32" } },
  kubeApiBurst: { key: "kube_api_burst", shape: int },
});

const fieldExtract = struct("k8sattributesprocessor.FieldExtractConfig", {
  tagName: { key: "tag_name", shape: str },
  key: { key: "key", shape: str },
  keyRegex: { key: "key_regex", shape: str },
  from: { key: "from", shape: str },
});

const fieldFilter = struct("k8sattributesprocessor.FieldFilterConfig", {
  key: { key: "key", shape: str },
  value: { key: "value", shape: str },
  op: { key: "op", shape: str },
});

const config = struct("k8sattributesprocessor.Config", {
  api: { shape: apiConfig },
  passthrough: { key: "passthrough", shape: bool },
  extract: {
    key: "extract",
    shape: struct("k8sattributesprocessor.ExtractConfig", {
      metadata: { key: "metadata", shape: list(str) },
      annotations: { key: "annotations", shape: list(fieldExtract) },
      labels: { key: "labels", shape: list(fieldExtract) },
      otelAnnotations: { key: "otel_annotations", shape: bool },
      deploymentNameFromReplicaSet: { key: "deployment_name_from_replicaset", shape: bool },
    }),
  },
  filter: {
    key: "filter",
    shape: struct("k8sattributesprocessor.FilterConfig", {
      node: { key: "node", shape: str },
      nodeFromEnvVar: { key: "node_from_env_var", shape: str },
      namespace: { key: "namespace", shape: str },
      fields: { key: "fields", shape: list(fieldFilter) },
      labels: { key: "labels", shape: list(fieldFilter) },
    }),
  },
  association: {
    key: "pod_association",
    shape: list(
      struct("k8sattributesprocessor.PodAssociationConfig", {
        sources: {
          key: "sources",
          shape: list(struct("k8sattributesprocessor.PodAssociationSourceConfig", { from: { key: "from", shape: str }, name: { key: "name", shape: str } })),
        },
      }),
    ),
  },
  exclude: {
    key: "exclude",
    shape: struct("k8sattributesprocessor.ExcludeConfig", {
      pods: { key: "pods", shape: list(struct("k8sattributesprocessor.ExcludePodConfig", { name: { key: "name", shape: str } })) },
    }),
  },
  waitForMetadata: { key: "wait_for_metadata", shape: bool },
  waitForMetadataTimeout: { key: "wait_for_metadata_timeout", shape: duration },
});

type Config = Infer<typeof config>;

/**
 * The resource attributes the factory extracts by default (its enabledAttributes(), from
 * metadata.yaml), in that order; taken from Alloy's own k8sattributes conversion case.
 */
const DEFAULT_METADATA = [
  "container.image.name",
  "container.image.tag",
  "k8s.deployment.name",
  "k8s.namespace.name",
  "k8s.node.name",
  "k8s.pod.name",
  "k8s.pod.start_time",
  "k8s.pod.uid",
];

function defaultConfig(): Config {
  return {
    api: { authType: "serviceAccount", context: "", kubeApiQps: 0, kubeApiBurst: 0 },
    passthrough: false,
    extract: { metadata: [...DEFAULT_METADATA], annotations: undefined, labels: undefined, otelAnnotations: false, deploymentNameFromReplicaSet: false },
    filter: { node: "", nodeFromEnvVar: "", namespace: "", fields: undefined, labels: undefined },
    association: undefined,
    exclude: { pods: [{ name: "jaeger-agent" }, { name: "jaeger-collector" }] },
    waitForMetadata: false,
    waitForMetadataTimeout: 10_000,
  };
}

type FieldExtract = Infer<typeof fieldExtract>;
type FieldFilter = Infer<typeof fieldFilter>;

// Alloy's converter turns an empty rule list into nil.
function extractRules(rules: FieldExtract[] | undefined): Values[] | undefined {
  if (!rules || rules.length === 0) return undefined;
  return rules.map((r) => ({ tag_name: r.tagName, key: r.key, key_regex: r.keyRegex, from: r.from }));
}

function filterRules(rules: FieldFilter[] | undefined): Values[] | undefined {
  if (!rules || rules.length === 0) return undefined;
  return rules.map((r) => ({ key: r.key, value: r.value, op: r.op }));
}

export const k8sAttributesProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "k8s_attributes",
  aliases: ["k8sattributes"],
  config,
  defaultConfig,
  inputName: "otelcol.processor.k8sattributes",
  convert(cfg, state) {
    const association = cfg.association ?? [];
    state.append(
      encodeBuilderComponent(k8sAttributesProcessor, state.label(), {
        auth_type: cfg.api.authType,
        passthrough: cfg.passthrough,
        extract: {
          metadata: cfg.extract.metadata,
          annotation: extractRules(cfg.extract.annotations),
          label: extractRules(cfg.extract.labels),
          otel_annotations: cfg.extract.otelAnnotations,
          deployment_name_from_replicaset: cfg.extract.deploymentNameFromReplicaSet,
        },
        filter: {
          node: cfg.filter.node,
          namespace: cfg.filter.namespace,
          field: filterRules(cfg.filter.fields),
          label: filterRules(cfg.filter.labels),
        },
        pod_association: association.length === 0 ? undefined : association.map((a) => ({ source: (a.sources ?? []).map((s) => ({ from: s.from, name: s.name })) })),
        exclude: { pod: (cfg.exclude.pods ?? []).map((p) => ({ name: p.name })) },
        wait_for_metadata: cfg.waitForMetadata,
        wait_for_metadata_timeout: new Duration(cfg.waitForMetadataTimeout),
        output: consumerOutput(state),
      }),
    );
  },
};
