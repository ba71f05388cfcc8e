// `alloy-convert prepare`, run as a deployment runs it: the built CLI on real files, a
// good and a bad conversion, Alloy files and directories, and --watch with reloads
// received by a local HTTP server. Every child process is killed and every wait bounded,
// so a watcher that misbehaves fails the test instead of hanging the run. Each child
// process starts Node anew, so the tests that run several get time for a loaded machine.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepare } from "../src/prepare.js";
// prepare() loads the converters when it first converts; loading them while collecting keeps that out of a test's time.
import "../src/convert.js";
import { reloadAlloy, reloadEndpoint } from "../src/reload.js";

const CLI = resolve(import.meta.dirname, "../dist/cli.cjs");
const built = existsSync(CLI);
if (!built) console.warn("dist/cli.cjs is not built (npm run build): skipping the prepare CLI tests");

const promtail = (job: string) => `clients:
  - url: http://loki:3100/loki/api/v1/push
scrape_configs:
  - job_name: ${job}
    static_configs:
      - targets: [localhost]
        labels:
          __path__: /var/log/${job}/*.log
`;
/** Line 4 has a field Promtail does not know: a Critical at 4:5. */
const BROKEN = "clients:\n  - url: http://loki:3100/loki/api/v1/push\nscrape_configs:\n  - jobname: typo\n";

let dir: string;
const children: ChildProcess[] = [];
const servers: Server[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "alloy-convert-prepare-"));
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Saves as editors do: a new file renamed over the old one. */
function saveByRename(path: string, content: string): void {
  writeFileSync(path + ".swp", content);
  renameSync(path + ".swp", path);
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, "prepare", ...args], { cwd: dir, encoding: "utf8", timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A stand-in for Alloy's HTTP server: records each request to /-/reload and answers with the next scripted status (then 200). */
async function alloyStub(statuses: number[] = []): Promise<{ url: string; reloads: string[] }> {
  const reloads: string[] = [];
  const server = createServer((req, res) => {
    reloads.push(`${req.method} ${req.url}`);
    const status = statuses.shift() ?? 200;
    res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "config reloaded\n" : `error reloading config: status ${status}\n`);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reloads };
}

describe.skipIf(!built)("prepare, once", { timeout: 60_000 }, () => {
  it("writes the conversion and exits 0; a failing one keeps the last good output, says where, exits 1", () => {
    const src = file("promtail.yaml", promtail("app"));
    const out = join(dir, "config.alloy");
    const good = cli(["--config.format=promtail", src, "-o", out]);
    expect(good.code).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written).toContain('loki.source.file "app"');

    writeFileSync(src, BROKEN);
    const bad = cli(["--config.format", "promtail", src, "-o", out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("(Critical) failed to parse Promtail config");
    expect(bad.stderr).toContain(`at ${src}:4:5`);
    expect(bad.stderr).toContain("the last good output is kept");
    expect(readFileSync(out, "utf8")).toBe(written);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("takes alloy run's flags: extra args, and bypassing conversion Errors", () => {
    const src = file("prometheus.yaml", "rule_files: [a.yml]\nscrape_configs:\n  - job_name: a\n    static_configs: [{targets: [\"${TARGET}\"]}]\nremote_write: [{url: http://mimir/push}]\n");
    const out = join(dir, "p.alloy");
    const refused = cli(["--config.format=prometheus", src, "-o", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`(Error) The converter does not support converting the provided rule_files config.\n  at ${src}:1:1`);
    expect(existsSync(out)).toBe(false);
    expect(cli(["--config.format=prometheus", "--config.bypass-conversion-errors", src, "-o", out]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain('prometheus.scrape "a"');

    const agent = file("agent.yaml", "server:\n  log_level: ${LEVEL}\n");
    const env = { ...process.env, LEVEL: "debug" };
    const r = spawnSync(process.execPath, [CLI, "prepare", "--config.format=static", "--config.extra-args=-config.expand-env", agent, "-o", join(dir, "a.alloy")], { encoding: "utf8", env, timeout: 20_000 });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "a.alloy"), "utf8")).toBe('logging {\n\tlevel = "debug"\n}\n');
  });

  it("refuses misuse with exit 2: stdin, an unknown format, a bad reload URL, OUT being the source", () => {
    const src = file("p.yaml", promtail("a"));
    expect(cli(["--config.format=promtail", "-", "-o", "x.alloy"]).code).toBe(2);
    expect(cli(["--config.format=loki", src, "-o", "x.alloy"]).code).toBe(2);
    expect(cli(["--config.format=promtail", src, "-o", "x.alloy", "--reload-url", "ftp://x"]).stderr).toContain("not an http:// or https:// URL");
    const self = cli(["--config.format=promtail", src, "-o", src]);
    expect(self.code).toBe(2);
    expect(readFileSync(src, "utf8")).toBe(promtail("a"));
    expect(cli(["--config.format=promtail", join(dir, "missing.yaml"), "-o", "x.alloy"]).stderr).toContain("no such file or directory");
  });
});

describe.skipIf(!built)("prepare --config.format=alloy", { timeout: 60_000 }, () => {
  it("validates an Alloy file and copies it; invalid Alloy keeps the last copy", () => {
    const src = file("in.alloy", 'logging {\n\tlevel = "info"\n}\n');
    const out = join(dir, "out.alloy");
    expect(cli([src, "-o", out]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe('logging {\n\tlevel = "info"\n}\n');
    writeFileSync(src, "logging {\n\tlevel = \n}\n");
    const bad = cli(["--config.format=alloy", src, "-o", out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`at ${src}:3:1`));
    expect(readFileSync(out, "utf8")).toBe('logging {\n\tlevel = "info"\n}\n');
  });

  it("a directory as alloy run loads it: *.alloy files only, not nested, block names unique across files", () => {
    const src = join(dir, "src");
    mkdirSync(join(src, "nested"), { recursive: true });
    writeFileSync(join(src, "a.alloy"), 'loki.write "default" {\n\tendpoint {\n\t\turl = "http://loki/push"\n\t}\n}\n');
    writeFileSync(join(src, "b.alloy"), 'loki.source.file "x" {\n\ttargets    = []\n\tforward_to = [loki.write.default.receiver]\n}\n');
    writeFileSync(join(src, "notes.txt"), "not loaded");
    writeFileSync(join(src, "nested", "c.alloy"), "this is not Alloy {");
    const out = join(dir, "out");
    const ok = cli([src, "-o", out]);
    expect(ok.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["a.alloy", "b.alloy"]);

    writeFileSync(join(src, "c.alloy"), '\n\nloki.write "default" {\n\tendpoint {\n\t\turl = "http://other/push"\n\t}\n}\n');
    const dup = cli([src, "-o", out]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain(`(Error) block loki.write "default" already declared at ${join(src, "a.alloy")}:1:1\n  at ${join(src, "c.alloy")}:3:1`);
    expect(readdirSync(out).sort()).toEqual(["a.alloy", "b.alloy"]);

    // Renamed away: the copy follows, and the stale c.alloy never reaches OUT.
    renameSync(join(src, "b.alloy"), join(src, "b2.alloy"));
    writeFileSync(join(src, "c.alloy"), "// empty now\n");
    expect(cli([src, "-o", out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["a.alloy", "b2.alloy", "c.alloy"]);
  });
});

describe.skipIf(!built)("prepare --watch", () => {
  it("converts at every change, keeps the last good output on a bad edit, and reloads Alloy after each write", async () => {
    const alloy = await alloyStub();
    const src = file("promtail.yaml", promtail("first"));
    const out = join(dir, "config.alloy");
    const child = spawn(process.execPath, [CLI, "prepare", "--config.format=promtail", src, "-o", out, "--watch", "--debounce", "50", "--reload-url", alloy.url], { cwd: dir });
    children.push(child);
    let stderr = "";
    child.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
    const content = () => (existsSync(out) ? readFileSync(out, "utf8") : "");

    await waitFor("the first conversion and its reload", () => content().includes('"first"') && alloy.reloads.length === 1 && stderr.includes("watching"));
    expect(alloy.reloads).toEqual(["POST /-/reload"]);

    // A good edit, saved by rename as editors do.
    saveByRename(src, promtail("second"));
    await waitFor("the second conversion", () => content().includes('"second"') && alloy.reloads.length === 2);
    const good = content();

    // A bad edit: diagnostics with their location, the last good output kept, no reload.
    writeFileSync(src, BROKEN);
    await waitFor("the failure to be reported", () => stderr.includes("the last good output is kept"));
    expect(stderr).toContain(`at ${src}:4:5`);
    await new Promise((r) => setTimeout(r, 300));
    expect(content()).toBe(good);
    expect(alloy.reloads.length).toBe(2);

    // Fixed again: converted, written, reloaded.
    saveByRename(src, promtail("third"));
    await waitFor("the third conversion", () => content().includes('"third"') && alloy.reloads.length === 3);

    // Touching the file without changing it converts nothing and reloads nothing.
    writeFileSync(src, promtail("third"));
    await new Promise((r) => setTimeout(r, 300));
    expect(alloy.reloads.length).toBe(3);

    child.kill("SIGTERM");
    await waitFor("the watcher to stop", () => child.exitCode !== null || child.signalCode !== null, 5_000);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 30_000);
});

describe.skipIf(!built)("prepare --watch on a ConfigMap volume", { timeout: 30_000 }, () => {
  it("sees an update made as Kubernetes makes it: a new folder and the ..data symlink swapped, the old folder removed", async () => {
    const mount = join(dir, "mount");
    mkdirSync(join(mount, "..v1"), { recursive: true });
    writeFileSync(join(mount, "..v1", "promtail.yaml"), promtail("v1"));
    symlinkSync("..v1", join(mount, "..data"));
    symlinkSync("..data/promtail.yaml", join(mount, "promtail.yaml"));
    const out = join(dir, "config.alloy");
    const child = spawn(process.execPath, [CLI, "prepare", "--config.format=promtail", join(mount, "promtail.yaml"), "-o", out, "--watch", "--debounce", "50"], { cwd: dir });
    children.push(child);
    let stderr = "";
    child.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
    const content = () => (existsSync(out) ? readFileSync(out, "utf8") : "");
    await waitFor("the first conversion", () => content().includes('"v1"') && stderr.includes("watching"));

    for (const version of ["v2", "v3"]) {
      mkdirSync(join(mount, `..${version}`));
      writeFileSync(join(mount, `..${version}`, "promtail.yaml"), promtail(version));
      symlinkSync(`..${version}`, join(mount, "..data_tmp"));
      renameSync(join(mount, "..data_tmp"), join(mount, "..data"));
      rmSync(join(mount, version === "v2" ? "..v1" : "..v2"), { recursive: true });
      await waitFor(`the ${version} conversion`, () => content().includes(`"${version}"`));
    }
    child.kill("SIGTERM");
    await waitFor("the watcher to stop", () => child.exitCode !== null || child.signalCode !== null, 5_000);
  });
});

describe.skipIf(!built)("prepare --reload-url", { timeout: 60_000 }, () => {
  it("tries again while Alloy answers 5xx, a bounded number of times", async () => {
    const alloy = await alloyStub([503, 503]);
    const src = file("p.yaml", promtail("a"));
    const r = await runAsync(["--config.format=promtail", src, "-o", join(dir, "p.alloy"), "--reload-url", `${alloy.url}/-/reload`]);
    expect(r.code).toBe(0);
    expect(alloy.reloads).toEqual(["POST /-/reload", "POST /-/reload", "POST /-/reload"]);
    expect(r.stderr).toContain("reloaded");
  });

  it("does not try again when Alloy refuses the configuration, and exits 1 with its answer", async () => {
    const alloy = await alloyStub([400]);
    const src = file("p.yaml", promtail("a"));
    const r = await runAsync(["--config.format=promtail", src, "-o", join(dir, "p.alloy"), "--reload-url", alloy.url]);
    expect(r.code).toBe(1);
    expect(alloy.reloads.length).toBe(1);
    expect(r.stderr).toContain("HTTP 400: error reloading config");
  });
});

/** The CLI as a child, without blocking the event loop the stub server runs on. */
function runAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, "prepare", ...args], { cwd: dir });
    children.push(child);
    let stderr = "";
    child.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => reject(new Error("prepare did not finish in 20 s")), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolveRun({ code, stderr });
    });
  });
}

describe("the library's prepare()", { timeout: 60_000 }, () => {
  it("is the same step: writes only on success, reports unchanged, keeps OUT on failure", async () => {
    const src = file("p.yaml", promtail("lib"));
    const out = join(dir, "p.alloy");
    const first = await prepare({ format: "promtail", source: src, output: out });
    expect(first.status).toBe("written");
    expect(first.written).toEqual([out]);
    expect((await prepare({ format: "promtail", source: src, output: out })).status).toBe("unchanged");
    writeFileSync(src, BROKEN);
    const failed = await prepare({ format: "promtail", source: src, output: out });
    expect(failed.status).toBe("failed");
    expect(failed.diagnostics[0]).toMatchObject({ severity: "Critical", file: src, location: { line: 4, column: 5 } });
    expect(readFileSync(out, "utf8")).toContain('"lib"');
  });

  it("reloadAlloy gives up after the bounded tries when nothing listens", async () => {
    const closed = await alloyStub();
    const url = reloadEndpoint(closed.url)!;
    await new Promise((r) => servers.pop()!.close(r));
    const started = Date.now();
    const r = await reloadAlloy(url, { attempts: 3, delayMs: 20 });
    expect(r).toMatchObject({ ok: false, attempts: 3 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(url.pathname).toBe("/-/reload");
  });
});
