// Advice: what alloy-convert itself has to say about a conversion, which `alloy convert`
// does not. Kept apart from the diagnostics so those stay exactly Alloy's. Each piece is
// found on the converted file's syntax model or the input's shape, never by re-reading
// Alloy text.

import type { SourceFormat } from "./convert.js";
import type { AlloyFile, Block, Expr, Statement } from "./emit/ast.js";

export interface Advice {
  summary: string;
  detail?: string;
  /** What the advice is about, a stable name for machines (the SARIF rule, the JSON report). */
  kind?: string;
}

/** Component namespaces whose references name a component (`prometheus.remote_write.x.receiver`). */
const COMPONENT_ROOTS = new Set(["prometheus", "loki", "otelcol", "discovery", "local", "remote", "pyroscope", "faro", "mimir", "beyla", "database_observability"]);

/**
 * Everything said about a converted file: references to components it does not define,
 * forward_to lists that send nowhere, secrets written inline, and how its Kubernetes pod
 * discovery selects pods when Alloy runs as a DaemonSet.
 */
export function adviseOnFile(file: AlloyFile): Advice[] {
  return [...adviseOnNothing(file), ...adviseOnReferences(file), ...adviseOnSecrets(file), ...adviseOnPodSelection(file)];
}

/** An input with nothing Alloy converts (empty, only comments): Alloy's output is empty, and says nothing about it. */
export function adviseOnNothing(file: AlloyFile): Advice[] {
  if (file.body.length > 0) return [];
  return [
    {
      kind: "empty-output",
      summary: "The conversion is empty: the input has nothing that becomes an Alloy component",
      detail: "The input is empty, only comments, or has no section the converter turns into a component. Check that it is the file you meant.",
    },
  ];
}

/** References to components the file does not define, and forward_to lists that send nowhere. */
export function adviseOnReferences(file: AlloyFile): Advice[] {
  const defined = new Set<string>();
  for (const stmt of file.body) if (stmt.kind === "block" && stmt.label !== undefined) defined.add(`${stmt.name}.${stmt.label}`);
  const advice: Advice[] = [];
  const reported = new Set<string>();
  for (const stmt of file.body) {
    if (stmt.kind !== "block") continue;
    const where = stmt.label === undefined ? stmt.name : `${stmt.name} "${stmt.label}"`;
    visitAttributes(stmt.body, (name, value) => {
      if (name === "forward_to" && value.kind === "array" && value.elements.length === 0) {
        advice.push({ kind: "empty-forward-to", summary: `${where} has an empty forward_to: what it collects goes nowhere`, detail: "Add the component it should send to (a loki.write or prometheus.remote_write), or remove it." });
      }
      for (const ref of references(value, [])) {
        const component = undefinedComponent(ref, defined);
        if (component && !reported.has(component)) {
          reported.add(component);
          advice.push({
            kind: "undefined-component",
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

/** The dotted traversals in an expression (`a.b.c`), as text, added to `out` in order. */
function references(expr: Expr, out: string[]): string[] {
  switch (expr.kind) {
    case "access": {
      const path = dotted(expr);
      if (path) out.push(path);
      else references(expr.target, out);
      break;
    }
    case "array":
      for (const e of expr.elements) references(e.value, out);
      break;
    case "object":
      for (const f of expr.fields) references(f.value, out);
      break;
    case "call":
      for (const a of expr.args) references(a.value, out);
      break;
    case "binary":
      references(expr.left, out);
      references(expr.right, out);
      break;
    case "unary":
      references(expr.operand, out);
      break;
    case "paren":
      references(expr.inner, out);
      break;
    case "index":
      references(expr.target, out);
      references(expr.index, out);
      break;
  }
  return out;
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
  // Each prefix of two parts or more, shortest first.
  let prefix = parts[0];
  for (let n = 2; n < parts.length; n++) {
    prefix += "." + parts[n - 1];
    if (defined.has(prefix)) return undefined;
  }
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
          kind: "other-format",
          summary: `this looks like a ${format} config (it has ${found.map((k) => `\`${k}\``).join(", ")}), not ${asked}`,
          detail: `Convert it with -f ${format} if that is what it is.`,
        },
      ];
    }
  }
  return [];
}

/**
 * Arguments Alloy holds as secrets (its `secret` type): a value written here is a
 * credential. Names that end in `_file` (password_file) name a file and are left alone.
 */
const SECRET_ARGUMENTS = new Set([
  "password", "bearer_token", "client_secret", "secret", "secret_key", "token", "api_token", "api_key", "auth_token",
  "application_key", "application_secret", "consumer_key", "credentials", "key_pem", "connection_string", "data_source_names",
]);

/** Secrets the source had inline (or that `-config.expand-env` expanded) now sit in the Alloy file. */
export function adviseOnSecrets(file: AlloyFile): Advice[] {
  const found: string[] = [];
  // The blocks around the statement being looked at; named only for a secret found.
  const path: Block[] = [];
  const visit = (body: Statement[]) => {
    for (const stmt of body) {
      if (stmt.kind === "block") {
        path.push(stmt);
        visit(stmt.body);
        path.pop();
      } else if (SECRET_ARGUMENTS.has(stmt.name) && isInlineText(stmt.value)) {
        found.push(`${stmt.name} in ${path.map((b) => (b.label === undefined ? b.name : `${b.name} "${b.label}"`)).join(" > ")}`);
      }
    }
  };
  visit(file.body);
  if (found.length === 0) return [];
  const listed = found.length > 5 ? [...found.slice(0, 5), `${found.length - 5} more`] : found;
  return [
    {
      kind: "inline-secret",
      summary: `${found.length === 1 ? "a secret is" : `${found.length} secrets are`} written inline in the Alloy file: ${listed.join(", ")}`,
      detail: [
        "Anyone who can read the file can read it. Read each from the environment or from a file instead:",
        '  password = sys.env("LOKI_PASSWORD")',
        "or",
        '  local.file "loki_password" {',
        '    filename  = "/var/run/secrets/loki/password"',
        "    is_secret = true",
        "  }",
        "  password = local.file.loki_password.content",
      ].join("\n"),
    },
  ];
}

/** A non-empty string literal (or a list of them) that is not an environment reference the converter rewrites. */
function isInlineText(expr: Expr): boolean {
  if (expr.kind === "string") return expr.value !== "" && !expr.value.includes("${");
  if (expr.kind === "array") return expr.elements.length > 0 && expr.elements.every((e) => isInlineText(e.value));
  return false;
}

/**
 * Tailing pod logs from files works only for the pods of the node Alloy runs on, so such a
 * config runs as a DaemonSet, and each instance must select its own node's pods. Promtail
 * did it with its hostname; the converter carries that over as a field selector on
 * `spec.nodeName` from the HOSTNAME environment variable, which the DaemonSet has to set.
 */
export function adviseOnPodSelection(file: AlloyFile): Advice[] {
  const blocks = file.body.filter((s): s is Block => s.kind === "block");
  if (!blocks.some((b) => b.name === "loki.source.file")) return [];
  const fromEnv: string[] = [];
  const everyNode: string[] = [];
  for (const b of blocks) {
    if (b.name !== "discovery.kubernetes" || stringAttribute(b.body, "role") !== "pod") continue;
    const name = `discovery.kubernetes "${b.label ?? ""}"`;
    const selectors = b.body.filter((s): s is Block => s.kind === "block" && s.name === "selectors" && stringAttribute(s.body, "role") === "pod");
    const fields = selectors.map((s) => s.body.find((a) => a.kind === "attribute" && a.name === "field")).filter((a) => a !== undefined);
    const byNode = fields.filter((a) => a.kind === "attribute" && mentions(a.value, "spec.nodeName"));
    if (byNode.length === 0) everyNode.push(name);
    else if (byNode.some((a) => a.kind === "attribute" && readsEnv(a.value))) fromEnv.push(name);
  }
  const env = [
    "In the DaemonSet's container:",
    "  env:",
    "    - name: HOSTNAME",
    "      valueFrom:",
    "        fieldRef:",
    "          fieldPath: spec.nodeName",
  ];
  const advice: Advice[] = [];
  if (everyNode.length > 0) {
    advice.push({
      kind: "pods-of-every-node",
      summary: `${everyNode.join(", ")} discover${everyNode.length === 1 ? "s" : ""} the pods of every node: run as a DaemonSet, every Alloy instance would watch every pod of the cluster`,
      detail: ["Select only the pods of the instance's own node, by a field selector on the node name:", "  selectors {", '    role  = "pod"', '    field = "spec.nodeName=" + sys.env("HOSTNAME")', "  }", ...env].join("\n"),
    });
  }
  if (fromEnv.length > 0) {
    advice.push({
      kind: "node-name-from-env",
      summary: `${fromEnv.join(", ")} select${fromEnv.length === 1 ? "s" : ""} only the pods of the node named by the HOSTNAME environment variable, as Promtail did: Alloy's DaemonSet must set it to the node's name`,
      detail: ["Otherwise HOSTNAME holds the pod's name, the selector matches no pod and nothing is tailed.", ...env].join("\n"),
    });
  }
  return advice;
}

function stringAttribute(body: Statement[], name: string): string | undefined {
  const a = body.find((s) => s.kind === "attribute" && s.name === name);
  return a?.kind === "attribute" && a.value.kind === "string" ? a.value.value : undefined;
}

function mentions(expr: Expr, text: string): boolean {
  switch (expr.kind) {
    case "string":
      return expr.value.includes(text);
    case "binary":
      return mentions(expr.left, text) || mentions(expr.right, text);
    case "paren":
      return mentions(expr.inner, text);
    case "call":
      return expr.args.some((a) => mentions(a.value, text));
    default:
      return false;
  }
}

/** The expression calls sys.env (directly, or inside coalesce and the like). */
function readsEnv(expr: Expr): boolean {
  switch (expr.kind) {
    case "call":
      return dotted(expr.callee) === "sys.env" || expr.args.some((a) => readsEnv(a.value));
    case "binary":
      return readsEnv(expr.left) || readsEnv(expr.right);
    case "paren":
      return readsEnv(expr.inner);
    default:
      return false;
  }
}
