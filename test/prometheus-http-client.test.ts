import { describe, expect, it } from "vitest";
import { httpClientFields } from "../src/components/common/http-client.js";
import { encodeComponent } from "../src/components/schema.js";
import { Diagnostics } from "../src/diagnostics.js";
import { printFile } from "../src/emit/printer.js";
import { httpClientDefaults, httpClientSource, httpClientValues, validateHttpClient } from "../src/converters/shared/http-client.js";
import { loadYaml } from "../src/converters/yaml/load.js";
import { struct } from "../src/converters/yaml/types.js";

const holder = struct("config.plain", httpClientSource, {
  defaults: httpClientDefaults,
  validate: (c, _ctx, line) => validateHttpClient(c, line),
});

function convert(yaml: string): { text?: string; error?: string; diags: string[] } {
  const loaded = loadYaml(yaml, holder);
  if (loaded.error) return { error: loaded.error.message, diags: [] };
  const diags = new Diagnostics();
  const values = httpClientValues(loaded.value, diags);
  const block = encodeComponent({ name: "x.y", fields: httpClientFields }, "l", values);
  return { text: printFile({ body: [block] } as never), diags: diags.list.map((d) => d.summary) };
}

describe("HTTP client config", () => {
  it("leaves defaults out", () => {
    expect(convert("{}").text).toBe('x.y "l" { }\n');
  });

  it("turns a bearer token into an authorization block", () => {
    expect(convert("bearer_token: abc\nfollow_redirects: false").text).toBe(
      'x.y "l" {\n\tauthorization {\n\t\ttype        = "Bearer"\n\t\tcredentials = "abc"\n\t}\n\tfollow_redirects = false\n}\n',
    );
  });

  it("writes the oauth2 tls_config block even when empty", () => {
    const out = convert("oauth2:\n  client_id: a\n  client_secret: b\n  token_url: http://t\n").text!;
    expect(out).toContain("\t\ttls_config { }\n");
  });

  it("reports max_version as unsupported", () => {
    expect(convert("tls_config:\n  max_version: TLS13\n").diags).toEqual([
      "The converter does not support converting the provided HTTP Client max_version config.",
    ]);
  });

  it("refuses conflicting credentials with Prometheus's text", () => {
    expect(convert("bearer_token: a\nbearer_token_file: b\n").error).toBe("at most one of bearer_token & bearer_token_file must be configured");
    expect(convert("tls_config:\n  min_version: TLS9\n").error).toBe("unknown TLS version: TLS9");
  });
});
