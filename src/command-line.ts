// What every command's argument parsing shares: commander writes its help and usage errors
// to the run's streams and reports a stop instead of exiting the process, and that stop
// becomes the run's exit status.

import { Command, CommanderError } from "commander";
import { EXIT, type CliIO } from "./terminal.js";

/** A command that writes to `io` and never calls process.exit. */
export function commandFor(name: string, io: CliIO): Command {
  return new Command(name).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

/**
 * Parses the arguments and runs the command's action. Undefined when the action ran; the
 * exit status when commander stopped first (0 for --help or --version, 2 for a usage error
 * it has already printed).
 */
export async function parseCommandLine(program: Command, argv: readonly string[]): Promise<number | undefined> {
  try {
    await program.parseAsync([...argv], { from: "user" });
    return undefined;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
}
