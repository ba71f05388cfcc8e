// Kubernetes field and label selectors as Prometheus's Kubernetes SD checks them while
// loading (k8s.io/apimachinery fields.ParseSelector and labels.Parse): the grammar and the
// validation of keys and values, with apimachinery's error texts.

import { goQuote } from "../../shared/go-format.js";

// ---------------------------------------------------------------------------------------
// Field selectors: `a=b,c!=d`, commas and `=` escaped with a backslash in values.

const FIELD_OPERATORS = ["!=", "==", "="];

function splitFieldTerms(selector: string): string[] {
  if (selector === "") return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (inSlash) inSlash = false;
    else if (c === "\\") inSlash = true;
    else if (c === ",") {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms;
}

function unescapeFieldValue(s: string): string | undefined {
  if (!/[\\,=]/.test(s)) return undefined;
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== "\\" && c !== "," && c !== "=") return `invalid field selector: invalid escape sequence: \\${c}`;
      inSlash = false;
    } else if (c === "\\") inSlash = true;
    // Go prints the rune with %v: its code point.
    else if (c === "," || c === "=") return `invalid field selector: unescaped character in value: ${c.codePointAt(0)}`;
  }
  return inSlash ? "invalid field selector: invalid escape sequence: \\" : undefined;
}

/** fields.ParseSelector's error, or undefined. Terms are checked in sorted order, as Go sorts them first. */
export function fieldSelectorError(selector: string): string | undefined {
  const terms = splitFieldTerms(selector).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const term of terms) {
    if (term === "") continue;
    let split: { op: string; at: number } | undefined;
    for (let i = 0; i < term.length && !split; i++) {
      const op = FIELD_OPERATORS.find((o) => term.startsWith(o, i));
      if (op) split = { op, at: i };
    }
    if (!split) return `invalid selector: '${selector}'; can't understand '${term}'`;
    const error = unescapeFieldValue(term.slice(split.at + split.op.length));
    if (error) return error;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Label selectors: `a=b, c in (d,e), !f, g>1`.

type Token =
  | "id" | "end" | "error" | "," | "(" | ")" | "!" | "=" | "==" | "!=" | ">" | "<" | "in" | "notin";

const SYMBOLS = new Map<string, Token>([
  [")", ")"], [",", ","], ["!", "!"], ["==", "=="], ["=", "="], [">", ">"], ["<", "<"], ["!=", "!="], ["(", "("],
]);
const isSpecial = (c: string) => "=!(),><".includes(c);
const isSpace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n";

function lex(s: string): { tok: Token; lit: string }[] {
  const out: { tok: Token; lit: string }[] = [];
  let i = 0;
  for (;;) {
    while (i < s.length && isSpace(s[i])) i++;
    if (i >= s.length) {
      out.push({ tok: "end", lit: "" });
      return out;
    }
    if (isSpecial(s[i])) {
      let buffer = "";
      let last: { tok: Token; lit: string } | undefined;
      while (i < s.length && isSpecial(s[i])) {
        buffer += s[i];
        const tok = SYMBOLS.get(buffer);
        if (tok) last = { tok, lit: buffer };
        else if (last) break;
        i++;
      }
      out.push(last ?? { tok: "error", lit: `error expected: keyword found '${buffer}'` });
    } else {
      let word = "";
      while (i < s.length && !isSpace(s[i]) && !isSpecial(s[i])) word += s[i++];
      out.push({ tok: word === "in" ? "in" : word === "notin" ? "notin" : "id", lit: word });
    }
  }
}

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function regexError(message: string, format: string, ...examples: string[]): string {
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(" or ")}regex used for validation is '${format}')`;
}

const QUALIFIED_NAME_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const QUALIFIED_NAME_FORMAT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";

/** validation.IsQualifiedName. */
function qualifiedNameErrors(value: string): string[] {
  const errors: string[] = [];
  const parts = value.split("/");
  let name: string;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix === "") errors.push("prefix part must be non-empty");
    else {
      if (Buffer.byteLength(prefix) > 253) errors.push("prefix part must be no more than 253 characters");
      if (!DNS1123_SUBDOMAIN.test(prefix)) {
        errors.push("prefix part " + regexError(
          "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
          "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*", "example.com",
        ));
      }
    }
  } else {
    return ["a qualified name " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT, "MyName", "my.name", "123-abc") +
      " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"];
  }
  if (name === "") errors.push("name part must be non-empty");
  else if (Buffer.byteLength(name) > 63) errors.push("name part must be no more than 63 characters");
  if (!QUALIFIED_NAME.test(name)) errors.push("name part " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT, "MyName", "my.name", "123-abc"));
  return errors;
}

/** validation.IsValidLabelValue. */
function labelValueErrors(value: string): string[] {
  const errors: string[] = [];
  if (Buffer.byteLength(value) > 63) errors.push("must be no more than 63 characters");
  if (!LABEL_VALUE.test(value)) {
    errors.push(regexError(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?", "MyValue", "my_value", "12345",
    ));
  }
  return errors;
}


class SelectorError extends Error {}

/** labels.Parse's error, or undefined. */
export function labelSelectorError(selector: string): string | undefined {
  const items = lex(selector);
  let pos = 0;
  // In a values context, `in` and `notin` are identifiers.
  const look = () => {
    const { tok, lit } = items[pos];
    return { tok: tok === "in" || tok === "notin" ? ("id" as Token) : tok, lit };
  };
  const take = () => {
    const item = look();
    pos++;
    return item;
  };
  const fail = (text: string): never => {
    throw new SelectorError(text);
  };

  const requirement = () => {
    let { tok, lit } = take();
    let unary = false;
    if (tok === "!") {
      unary = true;
      ({ tok, lit } = take());
    }
    if (tok !== "id") fail(`found '${lit}', expected: identifier`);
    const keyErrors = qualifiedNameErrors(lit);
    if (keyErrors.length > 0) fail(`<nil>: Invalid value: ${goQuote(lit)}: ${keyErrors.join("; ")}`);
    const key = lit;
    const next = look().tok;
    if (unary || next === "end" || next === ",") return;
    const op = items[pos++];
    const binary = ["in", "=", "==", ">", "<", "notin", "!="];
    if (!binary.includes(op.tok)) fail(`found '${op.lit}', expected: in, notin, =, ==, !=, gt, lt`);
    let values: string[];
    if (op.tok === "in" || op.tok === "notin") {
      const open = take();
      if (open.tok !== "(") fail(`found '${open.lit}' expected: '('`);
      const first = look();
      if (first.tok === ")") {
        pos++;
        values = [""];
      } else if (first.tok === "id" || first.tok === ",") {
        values = identifiersList();
        if (take().tok !== ")") fail(`found '${first.lit}', expected: ')'`);
      } else {
        fail(`found '${first.lit}', expected: ',', ')' or identifier`);
        values = [];
      }
    } else {
      const v = look();
      if (v.tok === "end" || v.tok === ",") values = [""];
      else {
        pos++;
        if (v.tok !== "id") fail(`found '${v.lit}', expected: identifier`);
        values = [v.lit];
      }
    }
    const errors: string[] = [];
    const sorted = [...new Set(values)].sort();
    if (op.tok === ">" || op.tok === "<") {
      sorted.forEach((v, i) => {
        if (!/^[-+]?\d+$/.test(v) || BigInt(v) > (1n << 63n) - 1n || BigInt(v) < -(1n << 63n)) {
          errors.push(`values[${i}]: Invalid value: ${goQuote(v)}: for 'Gt', 'Lt' operators, the value must be an integer`);
        }
      });
    }
    sorted.forEach((v, i) => {
      const valueErrors = labelValueErrors(v);
      if (valueErrors.length > 0) errors.push(`values[${i}][${key}]: Invalid value: ${goQuote(v)}: ${valueErrors.join("; ")}`);
    });
    if (errors.length === 1) fail(errors[0]);
    if (errors.length > 1) fail(`[${errors.join(", ")}]`);
  };

  const identifiersList = (): string[] => {
    const values: string[] = [];
    for (;;) {
      const { tok, lit } = take();
      if (tok === "id") {
        values.push(lit);
        const next = look();
        if (next.tok === ",") continue;
        if (next.tok === ")") return values;
        fail(`found '${next.lit}', expected: ',' or ')'`);
      } else if (tok === ",") {
        if (values.length === 0) values.push("");
        const next = look().tok;
        if (next === ")") {
          values.push("");
          return values;
        }
        if (next === ",") {
          pos++;
          values.push("");
        }
      } else {
        fail(`found '${lit}', expected: ',', or identifier`);
      }
    }
  };

  try {
    for (;;) {
      const { tok, lit } = look();
      if (tok === "end") return undefined;
      if (tok !== "id" && tok !== "!") fail(`found '${lit}', expected: !, identifier, or 'end of string'`);
      try {
        requirement();
      } catch (e) {
        if (e instanceof SelectorError) throw new SelectorError(`unable to parse requirement: ${e.message}`);
        throw e;
      }
      const after = take();
      if (after.tok === "end") return undefined;
      if (after.tok !== ",") fail(`found '${after.lit}', expected: ',' or 'end of string'`);
      const next = look();
      if (next.tok !== "id" && next.tok !== "!") fail(`found '${next.lit}', expected: identifier after ','`);
    }
  } catch (e) {
    if (e instanceof SelectorError) return e.message;
    throw e;
  }
}
