// Group C of the Collector v0.158 source model: the shared config structs, receivers,
// extensions and the service section accept the keys their v0.158 Config has.

import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";

function run(yaml: string) {
  const r = convert(yaml, { sourceFormat: "otelcol" });
  return { output: r.output ?? "", diags: r.diagnostics.filter((d) => d.severity !== "Info" && d.severity !== "Warning").map(formatDiagnostic) };
}

/** A config with one receiver of `type` (its body indented under it) into an otlp exporter. */
function receiver(type: string, body: string, signal = "traces", extra = ""): string {
  const indented = body.replace(/^/gm, "    ");
  return `receivers:\n  ${type}:\n${indented}\nexporters:\n  otlp:\n    endpoint: x:4317\n${extra}service:\n  pipelines:\n    ${signal}:\n      receivers: [${type}]\n      exporters: [otlp]\n`;
}

const invalidKeys = (component: string, detail: string) =>
  `(Critical) failed to get otelcol config: cannot unmarshal the configuration: decoding failed due to the following error(s):\n\n` +
  `error decoding 'receivers': error reading configuration for "${component}": decoding failed due to the following error(s):\n\n${detail}`;

describe("shared settings at v0.158", () => {
  it("a TLS server's reload flag is client_ca_file_reload", () => {
    const ok = run(receiver("otlp", "protocols:\n  grpc:\n    tls:\n      client_ca_file: ca.pem\n      client_ca_file_reload: true\n"));
    expect(ok.diags).toEqual([]);
    const old = run(receiver("otlp", "protocols:\n  grpc:\n    tls:\n      reload_client_ca_file: true\n"));
    expect(old.diags).toEqual([invalidKeys("otlp", "'protocols.grpc.tls' has invalid keys: reload_client_ca_file")]);
  });

  it("servers take confignet's dialer; only an HTTP server's auth takes request_params", () => {
    const ok = run(receiver("otlp", "protocols:\n  grpc:\n    dialer:\n      timeout: 5s\n  http:\n    dialer:\n      timeout: 5s\n    auth:\n      authenticator: basicauth\n      request_params: [token]\n", "traces", "extensions:\n  basicauth:\n    htpasswd:\n      inline: a:b\n"));
    expect(ok.diags.filter((d) => d.includes("invalid keys"))).toEqual([]);
    const grpc = run(receiver("otlp", "protocols:\n  grpc:\n    auth:\n      authenticator: basicauth\n      request_params: [token]\n"));
    expect(grpc.diags).toEqual([invalidKeys("otlp", "'protocols.grpc.auth' has invalid keys: request_params")]);
  });

  it("response_headers is a map or a list of name/value pairs", () => {
    const asList = run(receiver("otlp", "protocols:\n  http:\n    response_headers:\n      - name: X-A\n        value: b\n"));
    expect(asList.diags).toEqual([]);
    const badPair = run(receiver("otlp", "protocols:\n  http:\n    response_headers:\n      - key: X-A\n"));
    expect(badPair.diags).toEqual([invalidKeys("otlp", "'protocols.http.response_headers[0]' has invalid keys: key")]);
  });
});

describe("service::telemetry at v0.158", () => {
  it("takes logs::disable_zap_resource and the tracer provider's limits and sampler", () => {
    const yaml = receiver("otlp", "protocols:\n  grpc:\n").replace(
      "service:\n",
      "service:\n  telemetry:\n    logs:\n      disable_zap_resource: true\n    traces:\n      limits:\n        attribute_count_limit: 10\n      sampler:\n        always_on: {}\n",
    );
    expect(run(yaml).diags).toEqual([]);
  });
});

describe("confignet at v0.158", () => {
  it("a server's transport is a TransportType", () => {
    expect(run(receiver("otlp", "protocols:\n  grpc:\n    transport: unix\n")).diags).toEqual([]);
    expect(run(receiver("otlp", "protocols:\n  http:\n    transport: sctp\n")).diags).toEqual([
      invalidKeys("otlp", `error decoding 'protocols.http.transport': unsupported transport type "sctp"`),
    ]);
  });
});
