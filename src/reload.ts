// Asking a running Alloy to load its configuration again: a POST to its `/-/reload`
// endpoint. Alloy answers 200 when the new configuration is running and 400 with the
// reason when it refused it (it then keeps the one it had). Only failures that may pass
// (no answer yet, a 5xx) are tried again, a bounded number of times.

export interface ReloadOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Wait before the second try; doubled before each further one. */
  delayMs?: number;
  /** How long one request may take. */
  timeoutMs?: number;
}

export type ReloadResult = { ok: true; attempts: number } | { ok: false; attempts: number; message: string };

/** `http://host:12345` means its `/-/reload`; a URL with a path is used as it is. */
export function reloadEndpoint(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/-/reload";
  return url;
}

export async function reloadAlloy(url: URL, options: ReloadOptions = {}): Promise<ReloadResult> {
  const attempts = Math.max(1, options.attempts ?? 5);
  let delay = options.delayMs ?? 250;
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
    try {
      const response = await fetch(url, { method: "POST", signal: AbortSignal.timeout(options.timeoutMs ?? 5000) });
      const body = (await response.text()).trim();
      if (response.ok) return { ok: true, attempts: attempt };
      last = `HTTP ${response.status}${body ? `: ${body.split("\n")[0]!.slice(0, 500)}` : ""}`;
      // Alloy read the configuration and refused it: asking again gets the same answer.
      if (response.status < 500) return { ok: false, attempts: attempt, message: last };
    } catch (e) {
      last = describeFetchError(e);
    }
  }
  return { ok: false, attempts, message: last };
}

function describeFetchError(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === "ECONNREFUSED") return "connection refused (is Alloy running and listening there?)";
  if (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")) return "no answer in time";
  return cause?.message ?? (e instanceof Error ? e.message : String(e));
}
