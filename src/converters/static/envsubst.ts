// -config.expand-env: the Agent expands environment variables in the whole file before
// parsing it (drone/envsubst), with a lookup that keeps numeric names such as `${1}` (regex
// capture groups in relabel replacements) as written.

/** The Agent's lookup: numeric names come back as `${N}`, others from the environment. */
function lookup(name: string): string | undefined {
  if (/^\d+$/.test(name)) return "${" + name + "}";
  return process.env[name];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*|^\d+/;

export class EnvsubstError extends Error {}

/** Finds the `}` closing a `${` whose body starts at `start`, allowing nested `${…}`. */
function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** One `${…}` body: a name, optionally `#` before it or an operator and word after it. */
function expandBraced(body: string): string {
  if (body.startsWith("#")) {
    const name = body.slice(1);
    return String((lookup(name) ?? "").length);
  }
  const m = NAME.exec(body);
  if (!m) throw new EnvsubstError("bad substitution");
  const name = m[0];
  const rest = body.slice(name.length);
  const value = lookup(name);
  if (rest === "") return value ?? "";
  const op = /^(:-|:=|:\+|:\?|-|=|\+|\?|\^\^|\^|,,|,)/.exec(rest)?.[0];
  if (op === undefined) throw new EnvsubstError("bad substitution");
  const word = () => expandEnv(rest.slice(op.length));
  const unsetOrEmpty = value === undefined || value === "";
  switch (op) {
    case ":-":
    case ":=":
      return unsetOrEmpty ? word() : value!;
    case "-":
    case "=":
      return value === undefined ? word() : value;
    case ":+":
      return unsetOrEmpty ? "" : word();
    case "+":
      return value === undefined ? "" : word();
    case ":?":
    case "?":
      if (op === ":?" ? unsetOrEmpty : value === undefined) throw new EnvsubstError(word() || `${name}: parameter null or not set`);
      return value!;
    case "^^":
      return (value ?? "").toUpperCase();
    case "^":
      return (value ?? "").slice(0, 1).toUpperCase() + (value ?? "").slice(1);
    case ",,":
      return (value ?? "").toLowerCase();
    default:
      return (value ?? "").slice(0, 1).toLowerCase() + (value ?? "").slice(1);
  }
}

/** Expands `$NAME` and `${…}` forms; `$$` is a literal `$`; any other `$` stays. */
export function expandEnv(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
    } else if (next === "{") {
      const end = closingBrace(text, dollar + 2);
      if (end < 0) throw new EnvsubstError("missing closing brace");
      out += expandBraced(text.slice(dollar + 2, end));
      i = end + 1;
    } else {
      const m = NAME.exec(text.slice(dollar + 1));
      if (m) {
        out += lookup(m[0]) ?? "";
        i = dollar + 1 + m[0].length;
      } else {
        out += "$";
        i = dollar + 1;
      }
    }
  }
  return out;
}
