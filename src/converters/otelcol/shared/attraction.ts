// The Collector's attribute actions (coreinternal/attraction) and include/exclude match
// properties (internal/filter/filterconfig), and how Alloy's converter carries them into
// its `action`, `include` and `exclude` blocks. Alloy reads these structs back through a
// mapstructure map, so its quirks are kept: the `regexp` settings never arrive (it looks
// them up under a key mapstructure does not produce), and a severity number without an
// Alloy level is reported rather than converted.

import { severityLevel } from "../../../components/otelcol/attraction.js";
import { Raw, type Value, type Values } from "../../../components/values.js";
import type { Diagnostics } from "../../../diagnostics.js";
import { array, object, sortedKeys } from "../../../emit/build.js";
import { encodeValue } from "../../../components/schema.js";
import type { Expr } from "../../../emit/ast.js";
import { anyValue, bool, int, integer, list, pointer, str, struct, typeMismatch, type Infer, type Shape } from "../../confmap/decode.js";
import type { ConfValue } from "../../confmap/tree.js";

/** A `*string`: nil unless the key holds a string. */
export const stringPointer: Shape<string | undefined> = {
  goType: "*string",
  zero: () => undefined,
  decode: (name, data, ctx, current) => (typeof data === "string" ? data : typeMismatch(ctx, name, "string", data, current)),
};

export const actionKeyValueConfig = struct("attraction.ActionKeyValue", {
  key: { key: "key", shape: str },
  value: { key: "value", shape: anyValue },
  // In the Collector by v0.147; not carried over (our Alloy action schema has no such argument).
  defaultValue: { key: "default_value", shape: anyValue },
  pattern: { key: "pattern", shape: str },
  fromAttribute: { key: "from_attribute", shape: str },
  fromContext: { key: "from_context", shape: str },
  convertedType: { key: "converted_type", shape: str },
  action: { key: "action", shape: str },
});

/** attraction.Settings, squashed into a processor's config. */
export const actionsConfig = struct("attraction.Settings", {
  actions: { key: "actions", shape: list(actionKeyValueConfig) },
});

const attributeConfig = struct("filterconfig.Attribute", {
  key: { key: "key", shape: str },
  value: { key: "value", shape: anyValue },
});

const libraryConfig = struct("filterconfig.InstrumentationLibrary", {
  name: { key: "name", shape: str },
  version: { key: "version", shape: stringPointer },
});

const severityNumberConfig = struct("filterconfig.LogSeverityNumberMatchProperties", {
  min: { key: "min", shape: integer("plog.SeverityNumber") },
  matchUndefined: { key: "match_undefined", shape: bool },
});

const filtersetConfig = struct("filterset.Config", {
  regexp: { key: "regexp", shape: pointer(struct("regexp.Config", { cacheEnabled: { key: "cacheenabled", shape: bool }, cacheMaxNumEntries: { key: "cachemaxnumentries", shape: int } })) },
  matchType: { key: "match_type", shape: str },
});

export const matchPropertiesConfig = struct("filterconfig.MatchProperties", {
  filterset: { shape: filtersetConfig },
  services: { key: "services", shape: list(str) },
  spanNames: { key: "span_names", shape: list(str) },
  logBodies: { key: "log_bodies", shape: list(str) },
  logSeverityTexts: { key: "log_severity_texts", shape: list(str) },
  logSeverityNumber: { key: "log_severity_number", shape: pointer(severityNumberConfig) },
  metricNames: { key: "metric_names", shape: list(str) },
  attributes: { key: "attributes", shape: list(attributeConfig) },
  resources: { key: "resources", shape: list(attributeConfig) },
  libraries: { key: "libraries", shape: list(libraryConfig) },
  spanKinds: { key: "span_kinds", shape: list(str) },
});

/** filterconfig.MatchConfig, squashed into a processor's config. */
export const matchConfig = struct("filterconfig.MatchConfig", {
  include: { key: "include", shape: pointer(matchPropertiesConfig) },
  exclude: { key: "exclude", shape: pointer(matchPropertiesConfig) },
});

export type ActionKeyValue = Infer<typeof actionKeyValueConfig>;
export type MatchProperties = Infer<typeof matchPropertiesConfig>;
export type MatchConfig = Infer<typeof matchConfig>;

export const emptyMatchConfig = (): MatchConfig => ({ include: undefined, exclude: undefined });

/**
 * A Go `any` from the YAML as Alloy encodes it: nil is absent at the top, `null` inside
 * lists and maps (which are printed with sorted keys).
 */
export function anyToValue(v: ConfValue): Value | undefined {
  return v === null ? undefined : new Raw(anyExpr(v));
}

function anyExpr(v: ConfValue): Expr {
  if (v === null) return { kind: "null" };
  if (Array.isArray(v)) return array(v.map(anyExpr));
  if (typeof v === "object") return object(sortedKeys(v).map((k) => [k, anyExpr(v[k])]));
  return encodeValue(v);
}

/** The `action` blocks, one per Collector action, in order. */
export function attrActionValues(actions: ActionKeyValue[] | undefined): Values[] {
  return (actions ?? []).map((a) => ({
    key: a.key,
    value: anyToValue(a.value),
    pattern: a.pattern,
    from_attribute: a.fromAttribute,
    from_context: a.fromContext,
    converted_type: a.convertedType,
    action: a.action,
  }));
}

/** An `include` or `exclude` block; undefined when the Collector left it nil. */
export function matchPropertiesValues(mp: MatchProperties | undefined, diags: Diagnostics): Values | undefined {
  if (!mp) return undefined;
  return {
    match_type: mp.filterset.matchType,
    services: mp.services,
    span_names: mp.spanNames,
    log_bodies: mp.logBodies,
    log_severity_texts: mp.logSeverityTexts,
    log_severity: logSeverityValues(mp.logSeverityNumber, diags),
    metric_names: mp.metricNames,
    attribute: (mp.attributes ?? []).map((a) => ({ key: a.key, value: anyToValue(a.value) })),
    resource: (mp.resources ?? []).map((a) => ({ key: a.key, value: anyToValue(a.value) })),
    library: (mp.libraries ?? []).map((l) => ({ name: l.name, version: l.version })),
    span_kinds: mp.spanKinds,
  };
}

function logSeverityValues(sn: Infer<typeof severityNumberConfig> | undefined, diags: Diagnostics): Values | undefined {
  if (!sn) return undefined;
  const min = severityLevel(sn.min);
  if (min === undefined) {
    // Alloy's converter panics here; report it instead of crashing.
    diags.error(`unrecognized severity number ${sn.min}`);
    return undefined;
  }
  return { min, match_undefined: sn.matchUndefined };
}

/** The squashed `include` and `exclude` blocks of a processor. */
export function matchConfigValues(cfg: MatchConfig, diags: Diagnostics): Values {
  return { include: matchPropertiesValues(cfg.include, diags), exclude: matchPropertiesValues(cfg.exclude, diags) };
}
