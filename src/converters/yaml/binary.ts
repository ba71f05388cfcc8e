// yaml.v2's `!!binary` scalars: the text is standard base64 (Go's base64.StdEncoding, which
// skips line breaks and wants its padding), decoded into a Go string, which holds any bytes.
// A JS string cannot hold bytes that are not UTF-8, so each such byte becomes a lone low
// surrogate U+DC80–U+DCFF ("surrogate escape"): never produced by decoding UTF-8 text, so
// unambiguous, and a string holding one is not well-formed, as the Go string is not valid
// UTF-8. goQuote prints those code units back as `\xNN`, as Go's %q prints the bytes.

import { DecodeFailure } from "./types.js";

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
  return goBytesToString(bytes);
}

/** Bytes as a JS string: UTF-8 where they are UTF-8, each other byte as U+DC80 + (byte − 0x80). */
export function goBytesToString(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      const b = bytes[i];
      out += b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(0xdc00 + b);
      i++;
    } else {
      out += new TextDecoder().decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence starting at `i`, or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
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
