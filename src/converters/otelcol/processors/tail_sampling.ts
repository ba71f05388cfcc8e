// processors: tail_sampling → otelcol.processor.tail_sampling
//
// Policies are data: each policy kind is a struct whose YAML keys are also Alloy's argument
// names, so one table gives both the Collector's shape and the copy Alloy's converter makes.
// The compound kinds (and, not, drop, composite) hold sub-policies built from the same table;
// Alloy's converter copies all but `not`, which it drops.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { tailSamplingProcessor } from "../../../components/otelcol/processor/tail_sampling.js";
import { Duration, type Values } from "../../../components/values.js";
import { anyValue, bool, duration, float, int, integer, list, map, pointer, str, struct, typeMismatch, type DecodeContext, type Infer, type Shape } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const int32 = integer("int32");
const int64 = integer("int64");
const uint64 = integer("uint64");

/** ottl.ErrorMode: its text, lower-cased, must name a mode. */
const errorMode: Shape<string> = {
  goType: "ottl.ErrorMode",
  zero: () => "",
  decode(name: string, data, ctx: DecodeContext, current) {
    if (typeof data !== "string") return typeMismatch(ctx, name, "ottl.ErrorMode", data, current);
    const mode = data.toLowerCase();
    if (["ignore", "silent", "propagate"].includes(mode)) return mode;
    ctx.errors.push(`error decoding '${name}': unknown error mode ${mode}`);
    return current;
  },
};

/** A struct whose properties are named by their mapstructure keys. */
function keyed<T extends Record<string, Shape<unknown>>>(goType: string, shapes: T, options?: { remain?: Shape<unknown> }) {
  const fields = Object.fromEntries(Object.entries(shapes).map(([key, shape]) => [key, { key, shape }]));
  return struct(goType, fields as { [K in keyof T]: { key: string; shape: T[K] } }, options);
}

/** The policy kinds, in the Collector's sharedPolicyCfg; Alloy's blocks carry the same names. */
const POLICY_KINDS = {
  latency: keyed("tailsamplingprocessor.LatencyCfg", { threshold_ms: int64, upper_threshold_ms: int64 }),
  numeric_attribute: keyed("tailsamplingprocessor.NumericAttributeCfg", { key: str, min_value: int64, max_value: int64, invert_match: bool }),
  probabilistic: keyed("tailsamplingprocessor.ProbabilisticCfg", { hash_salt: str, sampling_percentage: float }),
  status_code: keyed("tailsamplingprocessor.StatusCodeCfg", { status_codes: list(str) }),
  string_attribute: keyed("tailsamplingprocessor.StringAttributeCfg", {
    key: str,
    values: list(str),
    enabled_regex_matching: bool,
    cache_max_size: int,
    invert_match: bool,
  }),
  rate_limiting: keyed("tailsamplingprocessor.RateLimitingCfg", { spans_per_second: int64 }),
  bytes_limiting: keyed("tailsamplingprocessor.BytesLimitingCfg", { bytes_per_second: int64, burst_capacity: int64 }),
  span_count: keyed("tailsamplingprocessor.SpanCountCfg", { min_spans: int32, max_spans: int32 }),
  trace_state: keyed("tailsamplingprocessor.TraceStateCfg", { key: str, values: list(str) }),
  boolean_attribute: keyed("tailsamplingprocessor.BooleanAttributeCfg", { key: str, value: bool, invert_match: bool }),
  ottl_condition: keyed("tailsamplingprocessor.OTTLConditionCfg", { error_mode: errorMode, span: list(str), spanevent: list(str) }),
};
type PolicyKind = keyof typeof POLICY_KINDS;
const KIND_NAMES = Object.keys(POLICY_KINDS) as PolicyKind[];

// Its ExtensionCfg is mapstructure's `,remain` (extension policies, v0.137): a key no policy
// kind names is kept as that extension's settings, a map, instead of refused; Alloy's
// converter ignores them.
const sharedPolicy = keyed("tailsamplingprocessor.sharedPolicyCfg", { name: str, type: str, ...POLICY_KINDS }, { remain: map(map(anyValue)) });
type SharedPolicy = Infer<typeof sharedPolicy>;

const andSubPolicy = struct("tailsamplingprocessor.AndSubPolicyCfg", { shared: { shape: sharedPolicy } });
type SubPolicy = Infer<typeof andSubPolicy>;
const andCfg = struct("tailsamplingprocessor.AndCfg", { subPolicies: { key: "and_sub_policy", shape: list(andSubPolicy) } });
const dropCfg = struct("tailsamplingprocessor.DropCfg", { subPolicies: { key: "drop_sub_policy", shape: list(andSubPolicy) } });
/** The `not` kind wraps one sub-policy; Alloy has no block for it, so it is read only. */
const notCfg = struct("tailsamplingprocessor.NotCfg", {
  subPolicy: { key: "not_sub_policy", shape: struct("tailsamplingprocessor.NotSubPolicyCfg", { shared: { shape: sharedPolicy } }) },
});
type AndCfg = Infer<typeof andCfg>;

const compositeCfg = struct("tailsamplingprocessor.CompositeCfg", {
  maxTotalSpansPerSecond: { key: "max_total_spans_per_second", shape: int64 },
  policyOrder: { key: "policy_order", shape: list(str) },
  subPolicies: {
    key: "composite_sub_policy",
    shape: list(struct("tailsamplingprocessor.CompositeSubPolicyCfg", { shared: { shape: sharedPolicy }, and: { key: "and", shape: andCfg } })),
  },
  rateAllocation: { key: "rate_allocation", shape: list(keyed("tailsamplingprocessor.RateAllocationCfg", { policy: str, percent: int64 })) },
});
type CompositeCfg = Infer<typeof compositeCfg>;

const policyCfg = struct("tailsamplingprocessor.PolicyCfg", {
  shared: { shape: sharedPolicy },
  composite: { key: "composite", shape: compositeCfg },
  and: { key: "and", shape: andCfg },
  not: { key: "not", shape: notCfg },
  drop: { key: "drop", shape: dropCfg },
});

const config = struct("tailsamplingprocessor.Config", {
  decisionWait: { key: "decision_wait", shape: duration },
  decisionWaitAfterRootReceived: { key: "decision_wait_after_root_received", shape: duration },
  numTraces: { key: "num_traces", shape: uint64 },
  blockOnOverflow: { key: "block_on_overflow", shape: bool },
  expectedNewTracesPerSec: { key: "expected_new_traces_per_sec", shape: uint64 },
  policies: { key: "policies", shape: list(policyCfg) },
  decisionCache: { key: "decision_cache", shape: keyed("tailsamplingprocessor.DecisionCacheConfig", { sampled_cache_size: int, non_sampled_cache_size: int }) },
  sampleOnFirstMatch: { key: "sample_on_first_match", shape: bool },
  dropPendingTracesOnShutdown: { key: "drop_pending_traces_on_shutdown", shape: bool },
  maximumTraceSizeBytes: { key: "maximum_trace_size_bytes", shape: uint64 },
  samplingStrategy: { key: "sampling_strategy", shape: str },
  tailStorage: { key: "tail_storage", shape: pointer(str) },
});
type Config = Infer<typeof config>;

/** Go's append loop: no items gives a nil slice, which leaves its block out. */
function each<T>(items: T[] | undefined, map: (item: T) => Values): Values[] | undefined {
  return items && items.length > 0 ? items.map(map) : undefined;
}

/** name, type and every kind's block, copied field for field. */
function sharedValues(p: SharedPolicy): Values {
  const out: Values = { name: p.name, type: p.type };
  for (const kind of KIND_NAMES) out[kind] = { ...p[kind] } as Values;
  return out;
}

const subPolicyValues = (sub: SubPolicy) => sharedValues(sub.shared);
const andValues = (cfg: AndCfg, blockName: string): Values => ({ [blockName]: each(cfg.subPolicies, subPolicyValues) });

function compositeValues(cfg: CompositeCfg): Values {
  return {
    max_total_spans_per_second: cfg.maxTotalSpansPerSecond,
    policy_order: cfg.policyOrder,
    composite_sub_policy: each(cfg.subPolicies, (sub) => ({ ...sharedValues(sub.shared), and: andValues(sub.and, "and_sub_policy") })),
    rate_allocation: each(cfg.rateAllocation, (r) => ({ policy: r.policy, percent: r.percent })),
  };
}

export const tailSamplingProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "tail_sampling",
  config,
  defaultConfig: () => ({ ...config.zero(), decisionWait: 30_000, numTraces: 50_000, samplingStrategy: "trace-complete" }),
  inputName: "otelcol.processor.tail_sampling",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(tailSamplingProcessor, state.label(), {
        policy: each(cfg.policies, (p) => ({
          ...sharedValues(p.shared),
          composite: compositeValues(p.composite),
          and: andValues(p.and, "and_sub_policy"),
          drop: andValues(p.drop, "drop_sub_policy"),
        })),
        decision_wait: new Duration(cfg.decisionWait),
        num_traces: cfg.numTraces,
        block_on_overflow: cfg.blockOnOverflow,
        expected_new_traces_per_sec: cfg.expectedNewTracesPerSec,
        sample_on_first_match: cfg.sampleOnFirstMatch,
        drop_pending_traces_on_shutdown: cfg.dropPendingTracesOnShutdown,
        // Alloy's tail_sampling only sends traces on.
        output: consumerOutput(state, ["traces"]),
      }),
    );
  },
};
