// The source formats' names, apart from their converters so that reading the flags does not
// load any of them.

export const SOURCE_FORMATS = ["prometheus", "promtail", "otelcol", "static"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
