// processors: transform → otelcol.processor.transform
//
// The Collector's Unmarshal accepts each `*_statements` list in two styles: groups
// (`{context, statements, ...}`) or plain statement strings, which it gathers into one
// more group with no context after the others. Alloy converts the trace, metric and log
// groups; profile statements have no Alloy equivalent.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { transformProcessor } from "../../../components/otelcol/processor/transform.js";
import type { Values } from "../../../components/values.js";
import { bool, decodeValue, list, str, struct, typeMismatch, type DecodeContext, type Infer, type Shape } from "../../confmap/decode.js";
import { goKindOf, goValue } from "../../shared/go-format.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { DEFAULT_ERROR_MODE, errorMode } from "../shared/ottl.js";

const CONTEXTS = ["resource", "scope", "span", "spanevent", "metric", "datapoint", "log"];

/** common.ContextID: lower-cased, one of the OTTL contexts (or empty: inferred). */
const contextId: Shape<string> = {
  goType: "common.ContextID",
  zero: () => "",
  decode(name, data, ctx, current) {
    if (typeof data !== "string") return typeMismatch(ctx, name, "common.ContextID", data, current);
    const id = data.toLowerCase();
    if (!CONTEXTS.includes(id)) {
      ctx.errors.push(`error decoding '${name}': unknown context ${id}`);
      return current;
    }
    return id;
  },
};

const contextStatements = struct("common.ContextStatements", {
  context: { key: "context", shape: contextId },
  conditions: { key: "conditions", shape: list(str) },
  statements: { key: "statements", shape: list(str) },
  errorMode: { key: "error_mode", shape: errorMode },
  sharedCache: { key: "shared_cache", shape: bool },
});

type ContextStatements = Infer<typeof contextStatements>;

/** Go's %t of a confmap value: a bool as is, anything else as fmt's complaint. */
function goBoolVerb(v: unknown): string {
  const kind = goKindOf(v);
  if (kind === "bool") return String(v);
  const type = kind === "map" ? "map[string]interface {}" : kind;
  return `%!t(${type}=${goValue(v)})`;
}

/** A `*_statements` list in either style, as Config.Unmarshal rewrites it before decoding. */
function statementsList(field: string): Shape<ContextStatements[]> {
  return {
    goType: "[]common.ContextStatements",
    zero: () => [],
    decode(name, data, ctx: DecodeContext, current) {
      if (!Array.isArray(data)) {
        ctx.errors.push(`invalid ${field} type, expected: array, got: ${goBoolVerb(data)}`);
        return current;
      }
      const groups: ContextStatements[] = [];
      const basic: string[] = [];
      for (const [i, item] of data.entries()) {
        if (typeof item === "string") {
          basic.push(item);
          continue;
        }
        if (basic.length > 0) {
          ctx.errors.push("configuring multiple configuration styles is not supported, please use only Basic configuration or only Advanced configuration");
          return current;
        }
        groups.push(decodeValue(contextStatements, `${name}[${i}]`, item, ctx, contextStatements.zero()));
      }
      if (basic.length > 0) groups.push({ ...contextStatements.zero(), statements: basic });
      return groups;
    },
  };
}

const config = struct("transformprocessor.Config", {
  errorMode: { key: "error_mode", shape: errorMode },
  traceStatements: { key: "trace_statements", shape: statementsList("trace_statements") },
  metricStatements: { key: "metric_statements", shape: statementsList("metric_statements") },
  logStatements: { key: "log_statements", shape: statementsList("log_statements") },
  profileStatements: { key: "profile_statements", shape: statementsList("profile_statements") },
  flattenData: { key: "flatten_data", shape: bool },
});

type Config = Infer<typeof config>;

function contextStatementsValues(groups: ContextStatements[]): Values[] {
  return groups.map((g) => ({
    context: g.context,
    conditions: g.conditions,
    // A required list: Alloy writes even a missing one, as `[]`.
    statements: g.statements ?? [],
    error_mode: g.errorMode,
  }));
}

export const transformProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "transform",
  config,
  defaultConfig: () => ({ errorMode: DEFAULT_ERROR_MODE, traceStatements: [], metricStatements: [], logStatements: [], profileStatements: [], flattenData: false }),
  inputName: "otelcol.processor.transform",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(transformProcessor, state.label(), {
        error_mode: cfg.errorMode,
        trace_statements: contextStatementsValues(cfg.traceStatements),
        metric_statements: contextStatementsValues(cfg.metricStatements),
        log_statements: contextStatementsValues(cfg.logStatements),
        output: consumerOutput(state),
      }),
    );
  },
};
