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

/** The scheme (lower-cased, as Go's url.Parse keeps it) and host of a URL Go accepts. */
export function urlSchemeAndHost(text: string): { scheme: string; host: string } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):([\s\S]*)$/.exec(text);
  if (!m) return { scheme: "", host: "" };
  const rest = m[2].split("#")[0].split("?")[0];
  if (!rest.startsWith("//")) return { scheme: m[1].toLowerCase(), host: "" };
  const authority = rest.slice(2).split("/")[0];
  return { scheme: m[1].toLowerCase(), host: authority.slice(authority.lastIndexOf("@") + 1) };
}

/** What Prometheus's HTTP and PuppetDB discoveries refuse in their URL, in the order they check it. */
export function httpUrlProblem(url: string | undefined): string | undefined {
  if (!url) return "URL is missing";
  const parseError = goUrlParseError(url);
  if (parseError) return parseError;
  const { scheme, host } = urlSchemeAndHost(url);
  if (scheme !== "http" && scheme !== "https") return "URL scheme must be 'http' or 'https'";
  if (host === "") return "host is missing in URL";
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
