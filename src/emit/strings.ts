// String and identifier rules of the Alloy syntax.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isIdentifier(s: string): boolean {
  return IDENTIFIER.test(s);
}

/** Quotes a string the way Alloy prints it (Go's strconv.Quote rules). */
export function quoteString(s: string): string {
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
    else if (cp === 0xfffd && ch !== "\ufffd") out += "\\ufffd";
    else if (isUnprintable(cp)) {
      out += cp > 0xffff ? "\\U" + cp.toString(16).padStart(8, "0") : "\\u" + cp.toString(16).padStart(4, "0");
    } else out += ch;
  }
  return out + '"';
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
