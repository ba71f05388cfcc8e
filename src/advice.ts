// Advice: what alloy-convert itself has to say about a conversion, which `alloy convert`
// does not. Kept apart from the diagnostics so those stay exactly Alloy's. Each piece is
// found on the converted file's syntax model or the input's shape, never by re-reading
// Alloy text.

import type { SourceFormat } from "./convert.js";
import type { AlloyFile, Block, Expr, Statement } from "./emit/ast.js";

export interface Advice {
  summary: string;
  detail?: string;
}

/** Component namespaces whose references name a component (`prometheus.remote_write.x.receiver`). */
const COMPONENT_ROOTS = new Set(["prometheus", "loki", "otelcol", "discovery", "local", "remote", "pyroscope", "faro", "mimir", "beyla", "database_observability"]);

/** References to components the file does not define, and forward_to lists that send nowhere. */
export function adviseOnFile(file: AlloyFile): Advice[] {
  const defined = new Set<string>();
  for (const stmt of file.body) if (stmt.kind === "block" && stmt.label !== undefined) defined.add(`${stmt.name}.${stmt.label}`);
  const advice: Advice[] = [];
  const reported = new Set<string>();
  for (const stmt of file.body) {
    if (stmt.kind !== "block") continue;
    const where = stmt.label === undefined ? stmt.name : `${stmt.name} "${stmt.label}"`;
    visitAttributes(stmt.body, (name, value) => {
      if (name === "forward_to" && value.kind === "array" && value.elements.length === 0) {
        advice.push({ summary: `${where} has an empty forward_to: what it collects goes nowhere`, detail: "Add the component it should send to (a loki.write or prometheus.remote_write), or remove it." });
      }
      for (const ref of references(value)) {
        const component = undefinedComponent(ref, defined);
        if (component && !reported.has(component)) {
          reported.add(component);
          advice.push({
            summary: `${where} refers to ${ref}, but the file defines no ${component} component: Alloy will refuse to load it`,
            detail: `Add the ${component.split(".").slice(0, -1).join(".")} "${component.split(".").at(-1)}" block it expects (its source section was missing or not converted), or change the reference.`,
          });
        }
      }
    });
  }
  return advice;
}

function visitAttributes(body: Statement[], visit: (name: string, value: Expr) => void): void {
  for (const stmt of body) {
    if (stmt.kind === "attribute") visit(stmt.name, stmt.value);
    else visitAttributes((stmt as Block).body, visit);
  }
}

/** The dotted traversals in an expression (`a.b.c`), as text. */
function references(expr: Expr): string[] {
  switch (expr.kind) {
    case "access": {
      const path = dotted(expr);
      return path ? [path] : references(expr.target);
    }
    case "array":
      return expr.elements.flatMap((e) => references(e.value));
    case "object":
      return expr.fields.flatMap((f) => references(f.value));
    case "call":
      return expr.args.flatMap((a) => references(a.value));
    case "binary":
      return [...references(expr.left), ...references(expr.right)];
    case "unary":
      return references(expr.operand);
    case "paren":
      return references(expr.inner);
    case "index":
      return [...references(expr.target), ...references(expr.index)];
    default:
      return [];
  }
}

function dotted(expr: Expr): string | undefined {
  if (expr.kind === "ident") return expr.name;
  if (expr.kind === "access") {
    const target = dotted(expr.target);
    return target === undefined ? undefined : `${target}.${expr.field}`;
  }
  return undefined;
}

/** The `name.label` a component reference points at when no defined component matches it. */
function undefinedComponent(ref: string, defined: Set<string>): string | undefined {
  const parts = ref.split(".");
  if (!COMPONENT_ROOTS.has(parts[0]) || parts.length < 3) return undefined;
  for (let n = 2; n < parts.length; n++) if (defined.has(parts.slice(0, n).join("."))) return undefined;
  // The last part is the export (`receiver`, `targets`, `input`…); the one before it the label.
  return parts.slice(0, -1).join(".");
}

/** Top-level keys that only one source format has. */
const FORMAT_KEYS: Record<SourceFormat, readonly string[]> = {
  prometheus: ["global", "remote_write", "rule_files", "alerting", "remote_read", "storage"],
  promtail: ["clients", "positions", "client", "limits_config", "target_config"],
  otelcol: ["receivers", "exporters", "processors", "connectors", "extensions"],
  static: ["metrics", "logs", "traces", "integrations"],
};

/** Advises when the input's top-level keys say it is another format than the one asked for. */
export function adviseOnFormat(source: string, asked: SourceFormat): Advice[] {
  const keys = new Set<string>();
  for (const m of source.matchAll(/^([A-Za-z_][\w-]*)\s*:/gm)) keys.add(m[1]);
  if (FORMAT_KEYS[asked].some((k) => keys.has(k))) return [];
  for (const [format, markers] of Object.entries(FORMAT_KEYS) as [SourceFormat, readonly string[]][]) {
    if (format === asked) continue;
    const found = markers.filter((k) => keys.has(k));
    if (found.length > 0) {
      return [
        {
          summary: `this looks like a ${format} config (it has ${found.map((k) => `\`${k}\``).join(", ")}), not ${asked}`,
          detail: `Convert it with -f ${format} if that is what it is.`,
        },
      ];
    }
  }
  return [];
}
