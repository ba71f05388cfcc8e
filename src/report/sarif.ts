// The SARIF 2.1.0 report (`--report-format sarif`), for code-scanning UIs that show
// problems inline on the file they are about. One run for the whole invocation (a batch
// included), a rule per kind of diagnostic, and each result with its level, Alloy's
// message and the YAML region it is about. Advice comes as `note` results of its own rules.

import type { Advice } from "../advice.js";
import { formatDiagnostic, type Diagnostic, type Severity } from "../diagnostics.js";
import { outcomeOf } from "./report.js";

export interface SarifInput {
  /** The input as it was named on the command line; `<stdin>` has no file to point at. */
  source: string;
  sourceFormat: string;
  bypassErrors: boolean;
  diagnostics: readonly Diagnostic[];
  advice: readonly Advice[];
}

type Level = "error" | "warning" | "note";

const LEVEL: Record<Severity, Level> = { Critical: "error", Error: "error", Warning: "warning", Info: "note" };

interface Kind {
  id: string;
  description: string;
}

/**
 * Kinds of Alloy's diagnostics, by the wording its converters share. A summary none of
 * these match is a kind of its own, named after its words with the varying parts (quoted
 * values, numbers) left out, so the same message always lands on the same rule.
 */
const DIAGNOSTIC_KINDS: readonly (Kind & { match: RegExp })[] = [
  { id: "unsupported-setting", match: /^The converter does not support (converting|handling) /, description: "The source uses a setting or feature the converter does not convert." },
  { id: "unreadable-source", match: /^failed to parse \S+ config\b/, description: "The source could not be read as a configuration of its format." },
  { id: "duplicate-label", match: /^duplicate label after conversion\b/, description: "Two source sections became components with the same name and label." },
  { id: "invalid-value", match: /^invalid \S+ field\b/, description: "A field of the source has a value of the wrong kind." },
  { id: "unsupported-in-alloy", match: /\b(is|are) (not|no longer) supported\b|\bnot supported in Alloy\b|\bhas been removed in Alloy\b/i, description: "The source uses something Alloy does not have." },
  { id: "review-needed", match: /^(Please review|If you have|Alloy's metrics are different)\b/, description: "The conversion is complete, but something outside the file needs a person's review." },
];

/** What each kind of advice (advice.ts, advice-batch.ts) is about, as its rule says. */
const ADVICE_KINDS: Readonly<Record<string, string>> = {
  "undefined-component": "The converted file refers to a component it does not define: Alloy refuses to load it.",
  "empty-forward-to": "A component sends what it collects nowhere.",
  "other-format": "The input looks like another format than the one it was converted as.",
  "inline-secret": "A secret is written inline in the Alloy file.",
  "pods-of-every-node": "Kubernetes pod discovery for file tailing selects the pods of every node.",
  "node-name-from-env": "Pod discovery keeps the pods of the node named by HOSTNAME, which the DaemonSet must set to the node's name.",
  "directory-clash": "Two files of a batch define the same block, so they cannot be loaded together as one directory.",
};

export function sarifReport(inputs: readonly SarifInput[], toolVersion: string): string {
  const rules: object[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleFor = (id: string, description: string, level: Level): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(id, index);
      rules.push({ id, name: pascal(id), shortDescription: { text: description }, defaultConfiguration: { level } });
    }
    return index;
  };

  const artifacts: object[] = [];
  const artifactIndexes = new Map<string, number>();
  const results: object[] = [];
  for (const input of inputs) {
    const uri = input.source === "<stdin>" || input.source === "-" ? undefined : toUri(input.source);
    // SARIF wants each artifact listed once; a file given twice keeps its first entry.
    let artifactIndex = uri === undefined ? undefined : artifactIndexes.get(uri);
    if (uri !== undefined && artifactIndex === undefined) {
      artifactIndex = artifacts.length;
      artifactIndexes.set(uri, artifactIndex);
      const outcome = outcomeOf(input.diagnostics, input.bypassErrors);
      artifacts.push({ location: { uri }, properties: { sourceFormat: input.sourceFormat, outcome } });
    }
    const at = (d?: Diagnostic) =>
      artifactIndex === undefined
        ? {}
        : {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri, index: artifactIndex },
                  ...(d?.location ? { region: { startLine: d.location.line, startColumn: d.location.column } } : {}),
                },
              },
            ],
          };
    for (const d of input.diagnostics) {
      const kind = diagnosticKind(d);
      const id = `alloy-convert/${kind.id}`;
      const index = ruleFor(id, kind.description, LEVEL[d.severity]);
      results.push({ ruleId: id, ruleIndex: index, level: LEVEL[d.severity], message: { text: formatDiagnostic(d) }, ...at(d), properties: { severity: d.severity } });
    }
    for (const a of input.advice) {
      const id = `alloy-convert/advice/${a.kind ?? "general"}`;
      const index = ruleFor(id, ADVICE_KINDS[a.kind ?? ""] ?? "alloy-convert's own advice: something `alloy convert` does not say.", "note");
      results.push({ ruleId: id, ruleIndex: index, level: "note", message: { text: a.detail ? `${a.summary}\n${a.detail}` : a.summary }, ...at() });
    }
  }

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "alloy-convert", version: toolVersion, semanticVersion: toolVersion, rules } },
        artifacts,
        results,
        // Our YAML positions count UTF-16 code units, as JavaScript strings do.
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function diagnosticKind(d: Diagnostic): Kind {
  const known = DIAGNOSTIC_KINDS.find((k) => k.match.test(d.summary));
  if (known) return known;
  const words = d.summary
    .split("\n")[0]!
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, " ")
    .replace(/\d+/g, " ")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return { id: words.length > 0 ? words.join("-") : "diagnostic", description: d.summary.split("\n")[0]! };
}

/** A path as a URI reference: relative paths stay relative (code scanning resolves them against the repository), absolute ones become file URIs. */
function toUri(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  const encoded = slashed.split("/").map(encodeURIComponent).join("/");
  return slashed.startsWith("/") ? `file://${encoded}` : encoded.replace(/^\.\//, "");
}

function pascal(id: string): string {
  return id
    .split(/[/-]/)
    .filter((w) => w !== "")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}
