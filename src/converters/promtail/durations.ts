// Go's time.Duration as yaml.v2 reads it into Promtail's structs.

import { Duration, parseGoDuration } from "../../components/values.js";
import { typeError, type SourceType } from "../yaml/types.js";
import { isScalar, type Node } from "yaml";

/**
 * A Go time.Duration field: yaml.v2 parses a string with time.ParseDuration and reports
 * anything else, or a string that does not parse, as a type error.
 */
export const goDuration: SourceType<Duration> = {
  goName: "time.Duration",
  decode(raw, ctx) {
    const node = raw as Node | null;
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    const ms = isScalar(node) && typeof node.value === "string" ? parseGoDuration(node.value) : undefined;
    return ms === undefined ? typeError(node, "time.Duration", ctx) : new Duration(ms);
  },
};
