// Writing outputs without ever losing a file. A regular file (or one a symlink leads to)
// is replaced atomically: a temporary file beside it, then a rename, keeping the file's
// mode and, where allowed, its owner; a reader or a crash never sees half a file. Anything
// else the path names (a terminal, /dev/stdout, a FIFO, a pipe as /dev/fd/N) is written
// straight into, as `alloy convert` does. A directory or a read-only file is refused, and
// no temporary file outlives the process, also when it is interrupted.

import { constants, unlinkSync, writeFileSync } from "node:fs";
import { access, chown, lstat, open, readlink, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export class WriteRefused extends Error {}

export async function writeOutputFile(path: string, content: string): Promise<void> {
  const target = await followLinks(path);
  const descriptor = /^\/(?:proc\/self|dev)\/fd\/(\d+)$/.exec(target);
  if (descriptor) {
    // One of our own descriptors (/dev/stdout, /dev/fd/3, a shell's >(cmd)): a socket or
    // pipe cannot always be opened again by path, so write to the descriptor itself.
    writeFileSync(Number(descriptor[1]), content, "utf8");
    return;
  }
  const info = await stat(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  if (info === undefined) {
    const parent = dirname(target);
    const parentInfo = await stat(parent).catch(() => undefined);
    if (!parentInfo?.isDirectory()) throw new WriteRefused(`directory ${parent} does not exist`);
    return replaceAtomically(target, content, undefined);
  }
  if (info.isDirectory()) throw new WriteRefused("is a directory");
  if (!info.isFile()) {
    // Devices, FIFOs and pipes cannot be replaced, only written to.
    await writeFile(path, content, "utf8");
    return;
  }
  // No write bit counts as read-only even for root, whom access() would let through.
  const writable = (info.mode & 0o222) !== 0 && (await access(target, constants.W_OK).then(() => true, () => false));
  if (!writable) throw new WriteRefused("the file is read-only; it was left as it is");
  return replaceAtomically(target, content, info);
}

/** The path a chain of symlinks ends at, whether or not that file exists yet. */
async function followLinks(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch(() => undefined);
    if (!info?.isSymbolicLink()) return current;
    const link = await readlink(current);
    // A descriptor link names a pipe or socket (`pipe:[123]`), not a path: stop at the descriptor.
    if (!link.startsWith("/") && /^[a-z]+:\[\d+\]$/.test(link)) return current;
    current = resolve(dirname(current), link);
  }
  throw new WriteRefused("too many levels of symbolic links");
}

const pendingTemps = new Set<string>();
let cleanupInstalled = false;

/** Removes temporary files if the process is interrupted mid-write, then dies of the signal. */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      for (const temp of pendingTemps) {
        try {
          unlinkSync(temp);
        } catch {
          // Already renamed or removed.
        }
      }
      process.kill(process.pid, signal);
    });
  }
}

async function replaceAtomically(path: string, content: string, existing: { mode: number; uid: number; gid: number } | undefined): Promise<void> {
  installCleanup();
  // Same directory as the target so the rename never crosses file systems.
  // The name need not be unpredictable: "wx" creates it or fails, never opening a file or a
  // link someone put there (and Math.random spares loading node:crypto at every start).
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`);
  pendingTemps.add(temp);
  let created = false;
  try {
    const handle = await open(temp, "wx", existing ? existing.mode & 0o7777 : 0o644);
    created = true;
    try {
      await handle.writeFile(content, "utf8");
      if (existing) {
        // open() is subject to the umask; a replaced file keeps exactly its mode bits.
        await handle.chmod(existing.mode & 0o7777);
        await chown(temp, existing.uid, existing.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    throw e;
  } finally {
    pendingTemps.delete(temp);
  }
}

/** The real path of an existing file, or its absolute path when it does not exist yet. */
export async function identityOf(path: string): Promise<string> {
  const target = await followLinks(path).catch(() => resolve(path));
  const info = await stat(target).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : target;
}
