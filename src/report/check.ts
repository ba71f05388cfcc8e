// `--check`: how the converted output differs from the file already on disk, as a unified diff.

import { createTwoFilesPatch } from "diff";

/** Empty when they are the same; otherwise a unified diff from the file on disk to the conversion. */
export function outputDiff(path: string, existing: string | undefined, converted: string): string {
  if (existing === converted) return "";
  const patch = createTwoFilesPatch(
    existing === undefined ? `${path} (does not exist)` : path,
    `${path} (converted)`,
    existing ?? "",
    converted,
  );
  // The `====` banner the diff package puts first is noise in a terminal.
  return patch.replace(/^=+\n/, "");
}
