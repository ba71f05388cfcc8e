// The text of an input as Go's YAML readers (libyaml) take it from bytes: kept apart from
// input.ts so that the library's conversion entry reads it without the file-system code.

export function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * The text of a YAML input as libyaml reads it: UTF-16 when it starts with that byte order
 * mark, else UTF-8 (a UTF-8 mark dropped); a lone CR ends a line as LF does (the `yaml`
 * package reading only LF and CRLF). Bytes that are not UTF-8 are kept as the lone
 * surrogates U+DC80–U+DCFF ("surrogate escapes"), never produced by decoding, so that the
 * YAML reader can refuse them with libyaml's words (invalid leading UTF-8 octet, …)
 * instead of reading a replacement character into the config.
 */
export function decodeSource(source: string | Uint8Array): string {
  let text: string;
  if (typeof source === "string") text = source;
  else {
    const order = utf16Order(source);
    text = order ? new TextDecoder(order).decode(source.subarray(2)) : decodeUtf8WithEscapes(source);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/**
 * Bytes as a JS string the way a Go string holds them: UTF-8 where they are UTF-8, each
 * other byte as U+DC00 + byte (a lone surrogate, which no UTF-8 text decodes to).
 */
export function decodeUtf8WithEscapes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Decode the valid runs and escape each byte of an invalid sequence.
  }
  let out = "";
  let i = 0;
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) out += new TextDecoder("utf-8").decode(bytes.subarray(runStart, end));
  };
  while (i < bytes.length) {
    const width = utf8SequenceLength(bytes, i);
    if (width > 0) {
      i += width;
      continue;
    }
    flush(i);
    out += String.fromCharCode(0xdc00 + bytes[i]);
    runStart = ++i;
  }
  flush(i);
  return out;
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629), or 0. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i];
  if (lead < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const lo = lead === 0xe0 ? 0xa0 : 0x80;
    const hi = lead === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const lo = lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
