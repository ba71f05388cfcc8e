// Loads one format's converter, and only that one: a run of the CLI does not pay for
// reading and compiling the other formats (static mode alone pulls in all of them).

import type { FormatEntry } from "../conversion.js";
import type { SourceFormat } from "./names.js";

export async function loadFormat(format: SourceFormat): Promise<FormatEntry | undefined> {
  switch (format) {
    case "prometheus":
      return (await import("./prometheus.js")).entry;
    case "promtail":
      return (await import("./promtail.js")).entry;
    case "otelcol":
      return (await import("./otelcol.js")).entry;
    case "static":
      return (await import("./static.js")).entry;
    default:
      return undefined;
  }
}
