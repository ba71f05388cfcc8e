// Go's url.Parse, as far as its rejections go: the texts Prometheus reports when a URL
// in a config does not parse. Accepted URLs are kept as written.

import { DecodeFailure, parsed, type SourceType } from "../yaml/types.js";
import { goQuote } from "./go-format.js";

/** The reason Go's url.Parse refuses `text`, or undefined when it accepts it. */
export function goUrlParseError(text: string): string | undefined {
  const quoted = goQuote(text);
  if (/[\x00-\x1f\x7f]/.test(text)) return `parse ${quoted}: net/url: invalid control character in URL`;
  const badEscape = /%(?![0-9a-fA-F]{2})(.{0,2})/.exec(text);
  if (badEscape) return `parse ${quoted}: invalid URL escape "%${badEscape[1]}"`;
  if (text.startsWith(":")) return `parse ${quoted}: missing protocol scheme`;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  if (!scheme && /^[^/?#]*:/.test(text.split("/")[0] ?? "") && /^[0-9]/.test(text)) {
    return `parse ${quoted}: first path segment in URL cannot contain colon`;
  }
  return undefined;
}

/** A URL field (prometheus/common config.URL): parse failures stop the load. */
export const goUrl: SourceType<string> = parsed((text, line) => {
  const error = goUrlParseError(text);
  if (error) throw new DecodeFailure(error, line);
  return text;
});

/** The URL as Go's URL.Redacted prints it: a password becomes `xxxxx`. */
export function redactUrl(text: string): string {
  return text.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/@:]*):[^/@]*@/, "$1:xxxxx@");
}
