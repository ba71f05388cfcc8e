// Reading a conversion input from a file or stdin, refusing what cannot be a YAML config
// with a message a person can act on rather than a stack trace.

import { readFile, stat } from "node:fs/promises";
import { decodeSource, utf16Order } from "./encoding.js";

/** Configs are kilobytes; a much bigger input is a mistake (a log, an archive), not a config. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export type InputResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** The name an input is reported under: the path, or `<stdin>` for `-`. */
export function inputName(path: string): string {
  return path === "-" ? "<stdin>" : path;
}

export async function readInput(path: string, stdin: AsyncIterable<Uint8Array | string>, options: { allowEmpty?: boolean } = {}): Promise<InputResult> {
  const read = path === "-" ? await readStream(stdin) : await readPath(path);
  if (!read.ok || (options.allowEmpty && isBlank(read.bytes))) return read;
  return checkContent(read.bytes);
}

async function readPath(path: string): Promise<InputResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: "is a directory" };
    if (!info.isFile()) return { ok: false, message: "not a regular file" };
    if (info.size > MAX_INPUT_BYTES) return { ok: false, message: tooLarge() };
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<InputResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
      size += buf.length;
      if (size > MAX_INPUT_BYTES) return { ok: false, message: tooLarge() };
      chunks.push(buf);
    }
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

function checkContent(bytes: Uint8Array): InputResult {
  // An empty or blank input is a config with nothing in it, as a comments-only one is: it
  // converts as Alloy converts it (to nothing), not refused here.
  // The same heuristic git uses: text never contains NUL in its first 8000 bytes; UTF-16
  // text, which YAML readers take when it starts with a byte order mark, is full of them.
  if (utf16Order(bytes) === undefined && bytes.subarray(0, 8000).includes(0)) return { ok: false, message: "input looks like a binary file, not YAML" };
  return { ok: true, bytes };
}

function isBlank(bytes: Uint8Array): boolean {
  if (utf16Order(bytes) !== undefined) return decodeSource(bytes).trim() === "";
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}



function tooLarge(): string {
  return `input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, too big to be a configuration file`;
}

/** Turns a Node file-system error into a short sentence without the errno noise. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent of this path is not a directory";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
