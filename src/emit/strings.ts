// String and identifier rules of the Alloy syntax.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isIdentifier(s: string): boolean {
  // Alloy's scanner reads the keywords as literals, not identifiers: a key `true` is quoted.
  return IDENTIFIER.test(s) && s !== "true" && s !== "false" && s !== "null";
}

/** Printable ASCII other than `"` and `\`: written as it is. Most strings are only that. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Quotes a string the way Alloy prints it (Go's strconv.Quote rules). */
export function quoteString(s: string): string {
  if (PLAIN.test(s)) return '"' + s + '"';
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case "\\": out += "\\\\"; continue;
      case "\n": out += "\\n"; continue;
      case "\t": out += "\\t"; continue;
      case "\r": out += "\\r"; continue;
      case "\x07": out += "\\a"; continue;
      case "\b": out += "\\b"; continue;
      case "\f": out += "\\f"; continue;
      case "\v": out += "\\v"; continue;
    }
    if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp >= 0xd800 && cp <= 0xdfff) out += loneSurrogate(cp);
    else if (cp === 0xfffd && ch !== "\ufffd") out += "\\ufffd";
    else if (isUnprintable(cp)) {
      out += cp > 0xffff ? "\\U" + cp.toString(16).padStart(8, "0") : "\\u" + cp.toString(16).padStart(4, "0");
    } else out += ch;
  }
  return out + '"';
}

/**
 * A lone surrogate has no UTF-8 form, and Alloy refuses a `\\ud800` escape. U+DC80–U+DCFF
 * stands for a byte that was not UTF-8 (see converters/yaml/binary.ts) and is printed as
 * that byte, as Go prints it; any other as the three bytes WTF-8 gives it. Both are `\\x`
 * escapes, which Alloy reads as bytes.
 */
function loneSurrogate(cp: number): string {
  const bytes = cp >= 0xdc80 && cp <= 0xdcff ? [cp - 0xdc00] : [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return bytes.map((b) => "\\x" + b.toString(16).padStart(2, "0")).join("");
}

// Go's strconv.IsPrint excludes C1 controls, unassigned/format characters and
// separators other than U+0020; the common cases are covered here.
function isUnprintable(cp: number): boolean {
  return (
    (cp >= 0x80 && cp <= 0x9f) ||
    cp === 0xad ||
    (cp >= 0x2028 && cp <= 0x2029) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    cp === 0xa0 || cp === 0x2000 || (cp > 0x2000 && cp <= 0x200a) || cp === 0x3000
  );
}

/** Go's `%#U`: `U+0040 '@'`, or just `U+0007` for characters Go does not print. */
export function describeRune(cp: number): string {
  const hex = "U+" + cp.toString(16).toUpperCase().padStart(4, "0");
  return cp >= 0x20 && cp !== 0x7f && !isUnprintable(cp) ? `${hex} '${String.fromCodePoint(cp)}'` : hex;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'",
};

/**
 * The value of a double-quoted Alloy string literal (quotes included), or of a raw
 * backtick one. Escapes follow Go, plus `\'`; the scanner has already rejected bad ones.
 */
export function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  if (literal.startsWith("`")) return body;
  let out = "";
  let pendingBytes: number[] = [];
  const flushBytes = () => {
    if (pendingBytes.length > 0) out += Buffer.from(pendingBytes).toString("utf8");
    pendingBytes = [];
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      flushBytes();
      out += ch;
      continue;
    }
    const kind = body[++i];
    if (kind in SIMPLE_ESCAPES) {
      flushBytes();
      out += SIMPLE_ESCAPES[kind];
    } else if (kind === "x" || (kind >= "0" && kind <= "7")) {
      // Octal and \x escapes are bytes: consecutive ones may form one UTF-8 character.
      const digits = kind === "x" ? body.slice(i + 1, i + 3) : body.slice(i, i + 3);
      pendingBytes.push(parseInt(digits, kind === "x" ? 16 : 8));
      i += kind === "x" ? 2 : 2;
    } else if (kind === "u" || kind === "U") {
      flushBytes();
      const size = kind === "u" ? 4 : 8;
      const cp = parseInt(body.slice(i + 1, i + 1 + size), 16);
      // The scanner has reported an escape beyond Unicode; the literal still needs a value.
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : "\ufffd";
      i += size;
    }
  }
  flushBytes();
  return out;
}
