// Advice about a batch as a whole, apart from advice.ts so that converting one file does
// not load the Alloy parser for it.

import type { Advice } from "./advice.js";
import { duplicateBlocks } from "./alloy-files.js";
import { parseAlloy } from "./emit/parse.js";

/**
 * A batch converted into one directory is meant to run as one (`alloy run DIR` loads every
 * `*.alloy` file in it as one configuration), but each block name may be declared only
 * once there: the same label from two inputs (`loki.write "default"`) cannot be loaded
 * together. Returns the advice with the file it is about (the later of the two).
 */
export function adviseOnBatch(outputs: readonly { name: string; text: string }[]): { file: string; advice: Advice }[] {
  const parsed = outputs.flatMap(({ name, text }) => {
    const { file, positions } = parseAlloy(text);
    return file ? [{ name, file, positions }] : [];
  });
  return duplicateBlocks(parsed).map((d) => ({
    file: d.again.file,
    advice: {
      kind: "directory-clash",
      summary: `${d.again.file} and ${d.first.file} both define ${d.block}: Alloy cannot load them together as one directory`,
      detail: "alloy run DIR loads every *.alloy file in DIR as one configuration, where each block name may be declared once. Rename the label in one file (and the references to it), or run the files as separate configurations.",
    },
  }));
}
