// OTTL settings several Collector processors share (pkg/ottl).

import { typeMismatch, type Shape } from "../../confmap/decode.js";

const ERROR_MODES = ["ignore", "silent", "propagate"];

/** ottl.ErrorMode: its UnmarshalText lower-cases the text and knows three modes. */
export const errorMode: Shape<string> = {
  goType: "ottl.ErrorMode",
  zero: () => "",
  decode(name, data, ctx, current) {
    if (typeof data !== "string") return typeMismatch(ctx, name, "ottl.ErrorMode", data, current);
    const mode = data.toLowerCase();
    if (!ERROR_MODES.includes(mode)) {
      ctx.errors.push(`error decoding '${name}': unknown error mode ${mode}`);
      return current;
    }
    return mode;
  },
};

/**
 * The processors' default top-level error_mode: `ignore` since the
 * defaultErrorModeIgnore feature gates went stable (filter and transform, v0.158).
 */
export const DEFAULT_ERROR_MODE = "ignore";
