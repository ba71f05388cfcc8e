// Promtail `drop` → stage.drop. Alloy reads it with WeakDecode; `source` may be a string
// or a list of strings (joined with commas), and the sizes and ages are parsed here.
import { Duration, type Value } from "../../../components/values.js";
import { goKindOf, goTypeName, goValue } from "../../shared/go-format.js";
import * as ms from "./mapstructure.js";
import { decodeStage, reportError, type StageContext, type StageConverter } from "./stage.js";
import { parseGoDuration } from "../../shared/go-duration.js";
import { formatBase2Bytes, parseByteSize } from "../../shared/bytes.js";

const dropConfig = ms.struct("stages.DropConfig", {
  drop_counter_reason: ms.pointer(ms.string),
  source: ms.anything,
  value: ms.pointer(ms.string),
  separator: ms.pointer(ms.string),
  expression: ms.pointer(ms.string),
  older_than: ms.pointer(ms.string),
  longer_than: ms.pointer(ms.string),
});

function dropSource(source: unknown, ctx: StageContext): string | undefined {
  if (source === undefined || source === null) return "";
  if (goKindOf(source) === "string") return source as string;
  if (goKindOf(source) !== "slice") {
    reportError(ctx, `invalid pipeline_stages.drop.source field type '${goTypeName(source)}': ${goValue(source)}`);
    return undefined;
  }
  const items = source as unknown[];
  const bad = items.findIndex((item) => goKindOf(item) !== "string");
  if (bad >= 0) {
    const item = items[bad];
    reportError(ctx, `invalid pipeline_stages.drop.source[${bad}] field type '${goTypeName(item)}': ${goValue(item)}`);
    return undefined;
  }
  return items.join(",");
}

function olderThan(text: string | undefined, ctx: StageContext): Duration | undefined | false {
  if (text === undefined) return new Duration(0);
  const parsed = parseGoDuration(text);
  if ("ms" in parsed) return new Duration(parsed.ms);
  reportError(ctx, `invalid pipeline_stages.drop.older_than field: ${parsed.error}`);
  return false;
}

function longerThan(text: string | undefined, ctx: StageContext): Value | false {
  if (text === undefined) return formatBase2Bytes(0n);
  const parsed = parseByteSize(text);
  if ("bytes" in parsed) return formatBase2Bytes(parsed.bytes);
  reportError(ctx, `invalid pipeline_stages.drop.longer_than field: ${parsed.error}`);
  return false;
}

export const convertDrop: StageConverter = (config, ctx) => {
  const decoded = decodeStage(dropConfig, config, ctx, true);
  if (!decoded) return undefined;
  const c = decoded.value;
  const source = dropSource(c.source, ctx);
  if (source === undefined) return undefined;
  const age = olderThan(c.older_than, ctx);
  if (age === false) return undefined;
  const size = longerThan(c.longer_than, ctx);
  if (size === false) return undefined;
  return {
    drop: {
      drop_counter_reason: c.drop_counter_reason ?? "",
      source,
      value: c.value ?? "",
      separator: c.separator ?? "",
      expression: c.expression ?? "",
      older_than: age,
      longer_than: size,
    },
  };
};
