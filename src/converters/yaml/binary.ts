// yaml.v2's `!!binary` scalars: the text is standard base64 (Go's base64.StdEncoding, which
// skips line breaks and wants its padding), decoded into a Go string, which holds any bytes.
// A JS string cannot hold bytes that are not UTF-8, so each such byte becomes a lone low
// surrogate U+DC80–U+DCFF ("surrogate escape"): never produced by decoding UTF-8 text, so
// unambiguous, and a string holding one is not well-formed, as the Go string is not valid
// UTF-8. goQuote prints those code units back as `\xNN`, as Go's %q prints the bytes.

import { DecodeFailure } from "./types.js";
import { decodeUtf8WithEscapes } from "../../io/encoding.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export const BINARY_TAG = "tag:yaml.org,2002:binary";

/** base64.StdEncoding.DecodeString; undefined where Go reports an error. */
export function decodeStdBase64(text: string): Uint8Array | undefined {
  const s = text.replace(/[\r\n]/g, "");
  if (s.length % 4 !== 0) return undefined;
  const padding = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  const body = s.slice(0, s.length - padding);
  const out: number[] = [];
  let bits = 0;
  let count = 0;
  for (const c of body) {
    const v = VALUE.get(c);
    if (v === undefined) return undefined;
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out.push((bits >> count) & 0xff);
    }
  }
  // A final quantum of one character cannot hold a byte.
  if (body.length % 4 === 1) return undefined;
  return Uint8Array.from(out);
}

/** The text of a `!!binary` scalar as yaml.v2 decodes it, or its error. */
export function binaryScalarText(source: string, line?: number): string {
  const bytes = decodeStdBase64(source);
  if (!bytes) throw new DecodeFailure("yaml: !!binary value contains invalid base64 data", line);
  return decodeUtf8WithEscapes(bytes);
}

/** Whether a string is valid UTF-8 as Go sees it: no escaped byte, no lone surrogate. */
export function isValidUtf8(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The bytes of the Go string a JS string stands for: UTF-8, escaped bytes as themselves. */
export function goStringBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (const part of s.split(/((?<![\uD800-\uDBFF])[\uDC80-\uDCFF])/)) {
    if (part.length === 1 && /[\uDC80-\uDCFF]/.test(part)) out.push(part.charCodeAt(0) - 0xdc00);
    else out.push(...Buffer.from(part));
  }
  return Uint8Array.from(out);
}
