// Runs the command line as a user does, through main() with the real converter, on files
// on disk, capturing what it prints.

import { Readable } from "node:stream";
import { main } from "../../src/cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stdin?: string;
  /** Both stdout and stderr are terminals. */
  tty?: boolean;
  env?: Record<string, string>;
}

export async function runCli(argv: string[], opts: CliRunOptions = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdin: Object.assign(Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]), { isTTY: false }),
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty },
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}
