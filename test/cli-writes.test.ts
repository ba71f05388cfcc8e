// Where the built CLI writes, run as a user runs it on real files: a replaced file keeps
// its mode, symlinks are followed, FIFOs and /dev/stdout are written into, read-only files
// and directories are refused, inputs are never overwritten, and no temporary file is
// left behind, also when the process is killed mid-run.

import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Each test starts the built CLI, some several times: room for a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const CLI = resolve(import.meta.dirname, "../dist/cli.cjs");
const EXAMPLE = resolve(import.meta.dirname, "../examples/prometheus.yaml");
const built = existsSync(CLI);
if (!built) console.warn("dist/cli.cjs is not built (npm run build): skipping the CLI write tests");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "alloy-convert-writes-"));
});

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, "-f", "prometheus", ...args], { cwd: dir, input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const expected = () => cli([EXAMPLE]).stdout;
const tempFiles = (d: string) => readdirSync(d).filter((f) => f.endsWith(".tmp"));

describe.skipIf(!built)("CLI writes", () => {
  it("replaces a regular file atomically, keeping its mode bits", () => {
    const out = join(dir, "out.alloy");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    expect(cli(["-o", out, EXAMPLE]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(expected());
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(tempFiles(dir)).toEqual([]);
  });

  it("follows a symlink and writes the file it points at, leaving the link a link", () => {
    const real = join(dir, "real.alloy");
    writeFileSync(real, "old");
    symlinkSync("real.alloy", join(dir, "link.alloy"));
    expect(cli(["-o", join(dir, "link.alloy"), EXAMPLE]).code).toBe(0);
    expect(lstatSync(join(dir, "link.alloy")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.alloy"))).toBe("real.alloy");
    expect(readFileSync(real, "utf8")).toBe(expected());
  });

  it("writes into a FIFO instead of replacing it", async () => {
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = spawn("cat", [fifo]);
    let received = "";
    reader.stdout.on("data", (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise((ok) => reader.on("close", ok));
    expect(cli(["-o", fifo, EXAMPLE]).code).toBe(0);
    await done;
    expect(received).toBe(expected());
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("writes into /dev/stdout and takes - as stdout for -o and -r", () => {
    expect(cli(["-o", "/dev/stdout", EXAMPLE]).stdout).toBe(expected());
    expect(cli(["-o", "-", EXAMPLE]).stdout).toBe(expected());
    const r = cli(["-o", join(dir, "x.alloy"), "-r", "-", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("generated successfully");
  });

  it("refuses a read-only file, a directory and a missing folder, leaving everything as it was", () => {
    const ro = join(dir, "ro.alloy");
    writeFileSync(ro, "keep");
    chmodSync(ro, 0o444);
    const r = cli(["-o", ro, EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("read-only");
    expect(readFileSync(ro, "utf8")).toBe("keep");
    mkdirSync(join(dir, "d"));
    expect(cli(["-r", join(dir, "d"), EXAMPLE]).stderr).toContain("is a directory");
    const missing = cli(["-o", join(dir, "nope", "x.alloy"), EXAMPLE]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`directory ${join(dir, "nope")} does not exist`);
  });

  it("never writes over an input", () => {
    const input = join(dir, "in.yaml");
    writeFileSync(input, readFileSync(EXAMPLE));
    symlinkSync("in.yaml", join(dir, "alias.yaml"));
    for (const args of [["-o", input, input], ["-r", input, input], ["-o", join(dir, "alias.yaml"), input], ["-o", join(dir, "x"), "-r", join(dir, "x"), input]]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/would overwrite the input|both name/);
    }
    expect(readFileSync(input, "utf8")).toBe(readFileSync(EXAMPLE, "utf8"));
    mkdirSync(join(dir, "out"));
    const later = join(dir, "out", "a.alloy");
    writeFileSync(later, readFileSync(EXAMPLE));
    writeFileSync(join(dir, "a.yaml"), readFileSync(EXAMPLE));
    const batch = cli(["-o", join(dir, "out"), join(dir, "a.yaml"), later]);
    expect(batch.code).toBe(2);
    expect(readFileSync(later, "utf8")).toBe(readFileSync(EXAMPLE, "utf8"));
  });

  it("reports a failed write to stdout in one line", () => {
    if (!existsSync("/dev/full")) return;
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" -f prometheus "${EXAMPLE}" > /dev/full`], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["alloy-convert: cannot write to stdout: no space left on device"]);
  });

  it("leaves no temporary file behind when killed", async () => {
    const big = join(dir, "big.yaml");
    const gen = spawnSync(process.execPath, [resolve(import.meta.dirname, "../bench/gen-prometheus.mjs"), "3000"], { encoding: "utf8", maxBuffer: 64 << 20 });
    writeFileSync(big, gen.stdout);
    const out = join(dir, "out.alloy");
    writeFileSync(out, "previous");
    const child = spawn(process.execPath, [CLI, "-f", "prometheus", "-o", out, big]);
    const exited = new Promise<void>((ok) => child.on("exit", () => ok()));
    // Kill as soon as the temporary file appears (or give up when the run ends first).
    let killed = false;
    while (child.exitCode === null && !killed) {
      if (tempFiles(dir).length > 0) {
        child.kill("SIGTERM");
        killed = true;
      }
      await new Promise((ok) => setTimeout(ok, 1));
    }
    await exited;
    expect(tempFiles(dir)).toEqual([]);
    // Either the old file survived whole, or the rename happened and the new one is whole.
    const content = readFileSync(out, "utf8");
    expect(content === "previous" || content.endsWith("}\n")).toBe(true);
    // A 3,000-job conversion in a child process: slow on a loaded machine, not stuck.
  }, 60_000);
});
