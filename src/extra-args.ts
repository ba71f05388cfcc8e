// `-e`/`--extra-args` (and prepare's `--config.extra-args`): the original program's flags
// as one string, split as Alloy splits them.

type ExtraArgs = { ok: true; args: string[] } | { ok: false; message: string };

/**
 * `-e` is one string of the original program's flags separated by spaces, read as Alloy
 * reads it: `-key=value` becomes `-key`, `value`; a bare word with `=` is refused.
 */
export function parseExtraArgs(text: string): ExtraArgs {
  const args: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const eq = word.indexOf("=");
    const value = eq < 0 ? "" : word.slice(eq + 1);
    if (value === "") {
      args.push(eq < 0 ? word : word.slice(0, eq));
      continue;
    }
    if (!word.startsWith("-")) return { ok: false, message: `invalid flag found: ${word}` };
    args.push(word.slice(0, eq), value);
  }
  return { ok: true, args };
}
