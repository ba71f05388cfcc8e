// The Agent's util.RawYAML: a YAML block kept as text. yaml.v2 decodes it into an ordered
// map (yaml.MapSlice, its scalars typed by yaml.v2's YAML 1.1 resolution) and marshals that
// back, so what Alloy receives is yaml.v2's rendering, not the user's text: keys in their
// order, 2-space indentation, sequences flush with their key, strings quoted only where a
// plain scalar would read back differently, long lines folded at 80 columns.

import { isMap, isScalar, isSeq, type Node } from "yaml";
import { decodeNode, resolve, typeError, type DecodeContext, type SourceType } from "../../yaml/types.js";

/** A decoded YAML value as yaml.v2 types it (ints as bigint, floats as number). */
export type YamlV2Value = null | boolean | bigint | number | string | YamlV2Value[] | YamlV2Map;

/** yaml.MapSlice: entries in document order. */
export class YamlV2Map {
  constructor(readonly entries: [YamlV2Value, YamlV2Value][] = []) {}
}

// ---------------------------------------------------------------------------------------
// Decoding: yaml.v2's resolution of plain scalars.

const BOOLS = new Map<string, boolean>([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((s): [string, boolean] => [s, true]),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((s): [string, boolean] => [s, false]),
]);
const NULLS = new Set(["", "~", "null", "Null", "NULL"]);
const SPECIAL_FLOATS = new Map<string, number>([
  ...[".nan", ".NaN", ".NAN"].map((s): [string, number] => [s, NaN]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((s): [string, number] => [s, Infinity]),
  ...["-.inf", "-.Inf", "-.INF"].map((s): [string, number] => [s, -Infinity]),
]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

type Resolved = { tag: "null" | "bool" | "int" | "float" | "str" | "timestamp" | "merge"; value: YamlV2Value };

/** strconv.ParseInt/ParseUint with base 0 (sign, 0x, 0o, 0b or a leading 0 for octal). */
function parseGoInt(text: string): bigint | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[2];
  let n: bigint;
  if (/^0[oO]/.test(digits)) n = BigInt("0o" + digits.slice(2));
  else if (/^0[0-7]+$/.test(digits)) n = BigInt("0o" + digits.slice(1));
  else n = BigInt(digits);
  const v = m[1] === "-" ? -n : n;
  if (v < INT64_MIN || v > UINT64_MAX || (m[1] === "-" && v < INT64_MIN)) return undefined;
  return v;
}

/** yaml.v2's quick timestamp check, then the layouts it tries with time.Parse. */
function isTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return false;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (m[4] === undefined) return true;
  // The space-separated layout has no zone; the T layouts require one.
  if (m[4] === "T" || m[4] === "t") return m[9] !== undefined;
  return m[9] === undefined;
}

/** yaml.v2's resolve("", s) for a plain scalar. */
export function resolvePlain(s: string): Resolved {
  if (NULLS.has(s)) return { tag: "null", value: null };
  const first = s[0];
  const hint = /[-+]/.test(first) ? "S" : /[0-9]/.test(first) ? "D" : /[yYnNtTfFoO~]/.test(first) ? "M" : first === "." ? "." : "";
  if (hint === "") return { tag: "str", value: s };
  const b = BOOLS.get(s);
  if (b !== undefined) return { tag: "bool", value: b };
  const special = SPECIAL_FLOATS.get(s);
  if (special !== undefined) return { tag: "float", value: special };
  if (s === "<<") return { tag: "merge", value: s };
  if (hint === ".") {
    if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s)) return { tag: "float", value: Number(s) };
  } else if (hint === "D" || hint === "S") {
    if (isTimestamp(s)) return { tag: "timestamp", value: s };
    const plain = s.replace(/_/g, "");
    const int = parseGoInt(plain);
    if (int !== undefined) return { tag: "int", value: int };
    if (YAML_STYLE_FLOAT.test(plain)) return { tag: "float", value: Number(plain) };
    const bin = /^(-?)0b([01]+)$/.exec(plain);
    if (bin) return { tag: "int", value: (bin[1] ? -1n : 1n) * BigInt("0b" + bin[2]) };
  }
  return { tag: "str", value: s };
}

/** The node an alias stands for, from the loader's one-pass anchor table. */
function resolveNode(raw: Node | null, ctx: DecodeContext): Node | null {
  return resolve(raw, ctx);
}

/**
 * What yaml.v2 decodes a node into inside an interface{} of a MapSlice: counted as Go's
 * decoder counts it, so that nested aliases stop at its limit instead of expanding forever.
 */
function decodeValue(raw: Node | null, ctx: DecodeContext): YamlV2Value {
  return decodeNode(raw, ctx, (node) => decodeResolved(node, ctx));
}

function decodeResolved(raw: Node | null, ctx: DecodeContext): YamlV2Value {
  const node = resolveNode(raw, ctx);
  if (node === null) return null;
  if (isMap(node)) return decodeMap(node.items as { key: unknown; value: unknown }[], ctx);
  if (isSeq(node)) return node.items.map((item) => decodeValue(item as Node | null, ctx));
  if (isScalar(node)) {
    const text = node.source ?? (node.value === null ? "" : String(node.value));
    if (node.tag === "tag:yaml.org,2002:str") return text;
    if (node.type !== "PLAIN") return text;
    const r = resolvePlain(text);
    // A timestamp-looking scalar stays the string it was, as yaml.v2 keeps it in an interface{}.
    return r.tag === "timestamp" ? text : r.value;
  }
  return null;
}

function decodeMap(items: { key: unknown; value: unknown }[], ctx: DecodeContext): YamlV2Map {
  const out = new YamlV2Map();
  for (const pair of items) {
    const keyNode = resolveNode(pair.key as Node | null, ctx);
    const key = decodeValue(keyNode, ctx);
    if (isScalar(keyNode) && keyNode.type === "PLAIN" && key === "<<") {
      // A merge key: the merged map's (or maps') entries come in its place.
      const merged = decodeValue(pair.value as Node | null, ctx);
      for (const m of Array.isArray(merged) ? merged : [merged]) if (m instanceof YamlV2Map) for (const e of m.entries) out.entries.push(e);
      continue;
    }
    out.entries.push([key, decodeValue(pair.value as Node | null, ctx)]);
  }
  return out;
}

/**
 * A util.RawYAML field: a mapping (yaml.MapSlice), re-marshalled by yaml.v2. The value is
 * the text Alloy is handed.
 */
export const rawYaml: SourceType<string> = {
  goName: "yaml.MapSlice",
  decode(raw, ctx) {
    const node = resolveNode(raw, ctx);
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    if (!isMap(node)) return typeError(node, "yaml.MapSlice", ctx);
    return marshalYamlV2(decodeMap(node.items as { key: unknown; value: unknown }[], ctx));
  },
};

// ---------------------------------------------------------------------------------------
// Encoding: yaml.v2's encoder and its libyaml emitter, block style.

/** strconv.FormatFloat(f, 'g', -1, 64), with yaml.v2's names for the infinities and NaN. */
export function formatYamlFloat(f: number): string {
  if (Number.isNaN(f)) return ".nan";
  if (f === Infinity) return ".inf";
  if (f === -Infinity) return "-.inf";
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  const [mantissa, expText] = Math.abs(f).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exp = Number(expText);
  const sign = f < 0 ? "-" : "";
  // The shortest form switches to %e below an exponent of -4 or from 6 on.
  if (exp < -4 || exp >= 6) {
    const frac = digits.length > 1 ? "." + digits.slice(1) : "";
    const e = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    return `${sign}${digits[0]}${frac}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const frac = digits.slice(exp + 1);
  return sign + whole + (frac ? "." + frac : "");
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

type Style = "plain" | "single" | "double" | "literal";

interface ScalarEvent {
  value: string;
  style: Style;
}

/** The scalar event yaml.v2's encoder emits for a value. */
function scalarEvent(v: YamlV2Value): ScalarEvent {
  if (v === null) return { value: "null", style: "plain" };
  if (typeof v === "boolean") return { value: String(v), style: "plain" };
  if (typeof v === "bigint") return { value: v.toString(), style: "plain" };
  if (typeof v === "number") return { value: formatYamlFloat(v), style: "plain" };
  const s = v as string;
  const canUsePlain = resolvePlain(s).tag === "str" && !(/^[-+0-9]/.test(s) && s.includes(":") && BASE60_FLOAT.test(s));
  if (s.includes("\n")) return { value: s, style: "literal" };
  return { value: s, style: canUsePlain ? "plain" : "double" };
}

const isBreakChar = (c: string | undefined): boolean => c === "\n" || c === "\r" || c === "\u0085" || c === "\u2028" || c === "\u2029";
const isBlank = (c: string | undefined): boolean => c === " " || c === "\t";

/** libyaml's is_printable, over code points (astral ones are not printable to it). */
function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** libyaml's yaml_emitter_analyze_scalar, for block context. */
function analyzeScalar(value: string): Analysis {
  const chars = Array.from(value);
  if (chars.length === 0) return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  let blockIndicators = value.startsWith("---") || value.startsWith("...");
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  chars.forEach((c, i) => {
    const last = i === chars.length - 1;
    const followedByWhitespace = last || isBlank(chars[i + 1]);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(c)) blockIndicators = true;
      else if ((c === "?" || c === ":" || c === "-") && followedByWhitespace) blockIndicators = true;
    } else if ((c === ":" && followedByWhitespace) || (c === "#" && precededByWhitespace)) {
      blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (c === " ") {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakChar(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreakChar(c);
  });
  const a: Analysis = { multiline: lineBreaks, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlainAllowed = false;
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) a.blockPlainAllowed = a.singleQuotedAllowed = false;
  if (spaceBreak || special) a.blockPlainAllowed = a.singleQuotedAllowed = a.blockAllowed = false;
  if (lineBreaks || blockIndicators) a.blockPlainAllowed = false;
  return a;
}

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

/** libyaml's emitter state that matters for block output. */
class Emitter {
  out = "";
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;
  private indents: number[] = [];

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  put(s: string): void {
    this.out += s;
    this.column += Array.from(s).length;
  }

  putBreak(): void {
    this.out += "\n";
    this.column = 0;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
    this.indention = true;
  }

  writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** A line break from the value itself. */
  writeBreak(c: string): void {
    if (c === "\n") this.putBreak();
    else {
      this.out += c;
      this.column = 0;
    }
  }
}

interface NodeContext {
  mapping: boolean;
  simpleKey: boolean;
}

function isEmptyCollection(v: YamlV2Value): boolean {
  return (Array.isArray(v) && v.length === 0) || (v instanceof YamlV2Map && v.entries.length === 0);
}

function emitNode(e: Emitter, v: YamlV2Value, ctx: NodeContext): void {
  if (v instanceof YamlV2Map) {
    if (v.entries.length === 0) return emitEmpty(e, "{", "}");
    return emitBlockMapping(e, v);
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return emitEmpty(e, "[", "]");
    return emitBlockSequence(e, v, ctx);
  }
  emitScalar(e, scalarEvent(v), ctx);
}

function emitEmpty(e: Emitter, open: string, close: string): void {
  e.writeIndicator(open, true, true, false);
  e.writeIndicator(close, false, false, false);
}

function emitBlockMapping(e: Emitter, map: YamlV2Map): void {
  e.increaseIndent(false, false);
  for (const [key, value] of map.entries) {
    e.writeIndent();
    if (isSimpleKey(key)) {
      emitNode(e, key, { mapping: true, simpleKey: true });
      e.writeIndicator(":", false, false, false);
    } else {
      e.writeIndicator("?", true, false, true);
      emitNode(e, key, { mapping: true, simpleKey: false });
      e.writeIndent();
      e.writeIndicator(":", true, false, true);
    }
    emitNode(e, value, { mapping: true, simpleKey: false });
  }
  e.popIndent();
}

/** libyaml's yaml_emitter_check_simple_key. */
function isSimpleKey(key: YamlV2Value): boolean {
  if (key instanceof YamlV2Map || Array.isArray(key)) return isEmptyCollection(key);
  const event = scalarEvent(key);
  return !analyzeScalar(event.value).multiline && Array.from(event.value).length <= 128;
}

function emitBlockSequence(e: Emitter, items: YamlV2Value[], ctx: NodeContext): void {
  // A sequence that is a mapping's value is written flush with the mapping's keys.
  e.increaseIndent(false, ctx.mapping && !e.indention);
  for (const item of items) {
    e.writeIndent();
    e.writeIndicator("-", true, false, true);
    emitNode(e, item, { mapping: false, simpleKey: false });
  }
  e.popIndent();
}

/** libyaml's yaml_emitter_select_scalar_style, in block context. */
function selectStyle(event: ScalarEvent, a: Analysis, simpleKey: boolean): Style {
  let style = event.style;
  if (simpleKey && a.multiline) style = "double";
  if (style === "plain") {
    if (!a.blockPlainAllowed) style = "single";
    if (event.value === "" && simpleKey) style = "single";
  }
  if (style === "single" && !a.singleQuotedAllowed) style = "double";
  if (style === "literal" && (!a.blockAllowed || simpleKey)) style = "double";
  return style;
}

function emitScalar(e: Emitter, event: ScalarEvent, ctx: NodeContext): void {
  const analysis = analyzeScalar(event.value);
  const style = selectStyle(event, analysis, ctx.simpleKey);
  e.increaseIndent(true, false);
  const chars = Array.from(event.value);
  const allowBreaks = !ctx.simpleKey;
  if (style === "plain") writePlain(e, chars, allowBreaks);
  else if (style === "single") writeSingleQuoted(e, chars, allowBreaks);
  else if (style === "double") writeDoubleQuoted(e, chars, allowBreaks);
  else writeLiteral(e, chars);
  e.popIndent();
}

function writePlain(e: Emitter, chars: string[], allowBreaks: boolean): void {
  if (!e.whitespace) e.put(" ");
  let spaces = false;
  chars.forEach((c, i) => {
    if (c === " ") {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && chars[i + 1] !== " ") e.writeIndent();
      else e.put(c);
      spaces = true;
    } else {
      e.put(c);
      e.indention = false;
      spaces = false;
    }
  });
  e.whitespace = false;
  e.indention = false;
}

function writeSingleQuoted(e: Emitter, chars: string[], allowBreaks: boolean): void {
  e.writeIndicator("'", true, false, false);
  let spaces = false;
  let breaks = false;
  chars.forEach((c, i) => {
    if (c === " ") {
      const fold = allowBreaks && !spaces && e.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== " ";
      if (fold) e.writeIndent();
      else e.put(c);
      spaces = true;
    } else if (isBreakChar(c)) {
      if (!breaks && c === "\n") e.putBreak();
      e.writeBreak(c);
      e.indention = true;
      breaks = true;
    } else {
      if (breaks) e.writeIndent();
      e.put(c === "'" ? "''" : c);
      e.indention = false;
      spaces = false;
      breaks = false;
    }
  });
  e.writeIndicator("'", false, false, false);
  e.whitespace = false;
  e.indention = false;
}

const ESCAPES: Record<number, string> = {
  0x00: "0", 0x07: "a", 0x08: "b", 0x09: "t", 0x0a: "n", 0x0b: "v", 0x0c: "f", 0x0d: "r", 0x1b: "e",
  0x22: '"', 0x5c: "\\", 0x85: "N", 0xa0: "_", 0x2028: "L", 0x2029: "P",
};

function escapeOf(cp: number): string {
  const named = ESCAPES[cp];
  if (named !== undefined) return "\\" + named;
  const [prefix, width] = cp <= 0xff ? ["x", 2] : cp <= 0xffff ? ["u", 4] : ["U", 8];
  return "\\" + prefix + cp.toString(16).toUpperCase().padStart(width, "0");
}

function writeDoubleQuoted(e: Emitter, chars: string[], allowBreaks: boolean): void {
  e.writeIndicator('"', true, false, false);
  let spaces = false;
  chars.forEach((c, i) => {
    const cp = c.codePointAt(0)!;
    if (!isPrintable(c) || cp === 0xfeff || isBreakChar(c) || c === '"' || c === "\\") {
      e.put(escapeOf(cp));
      spaces = false;
    } else if (c === " ") {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
        e.writeIndent();
        if (chars[i + 1] === " ") e.put("\\");
      } else e.put(c);
      spaces = true;
    } else {
      e.put(c);
      spaces = false;
    }
  });
  e.writeIndicator('"', false, false, false);
  e.whitespace = false;
  e.indention = false;
}

function writeLiteral(e: Emitter, chars: string[]): void {
  e.writeIndicator("|", true, false, false);
  if (chars[0] === " " || isBreakChar(chars[0])) e.writeIndicator(String(BEST_INDENT), false, false, false);
  const n = chars.length;
  if (n === 0 || !isBreakChar(chars[n - 1])) e.writeIndicator("-", false, false, false);
  else if (n === 1 || isBreakChar(chars[n - 2])) e.writeIndicator("+", false, false, false);
  e.putBreak();
  e.indention = true;
  e.whitespace = true;
  let breaks = true;
  for (const c of chars) {
    if (isBreakChar(c)) {
      e.writeBreak(c);
      e.indention = true;
      breaks = true;
    } else {
      if (breaks) {
        e.writeIndent();
        breaks = false;
      }
      e.put(c);
      e.indention = false;
    }
  }
}

/** yaml.Marshal of a yaml.MapSlice (the document's root). */
export function marshalYamlV2(root: YamlV2Value): string {
  const e = new Emitter();
  emitNode(e, root, { mapping: false, simpleKey: false });
  // The implicit document end starts a new line.
  e.writeIndent();
  return e.out;
}
