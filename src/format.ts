// `alloy fmt` as a function: parse Alloy text and print it in the canonical layout.

import { formatParseErrors, parseAlloy, type ParseError } from "./emit/parse.js";
import { printFileBody } from "./emit/printer.js";

export interface FormatResult {
  /** The formatted text, ending in a newline; absent when the input does not parse. */
  output?: string;
  /** Parse errors as `alloy fmt` prints them, one per line: `<file>:line:col: message`. */
  error?: string;
  errors?: ParseError[];
}

export function formatAlloy(text: string, filename = "<stdin>"): FormatResult {
  const { file, errors } = parseAlloy(text);
  if (!file) return { error: formatParseErrors(errors, filename), errors };
  return { output: printFileBody(file) + "\n" };
}
