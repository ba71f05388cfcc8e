import { afterEach, describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { expandEnv } from "../src/converters/static/envsubst.js";
import { parseAgentFlags } from "../src/converters/static/flags.js";

function run(yaml: string, extraArgs: string[] = []) {
  const r = convert(yaml, { sourceFormat: "static", extraArgs });
  return { output: r.output, diags: r.diagnostics.filter((d) => d.severity !== "Info").map(formatDiagnostic) };
}

const REVIEW = "(Warning) Please review your agent command line flags and ensure they are set in your Alloy config file where necessary.";

describe("static: the Agent's flags", () => {
  it("reads -config.expand-env and the integrations-next feature", () => {
    const f = parseAgentFlags(["-enable-features", "integrations-next", "-config.expand-env"]);
    expect(f.expandEnv).toBe(true);
    expect([...f.features]).toEqual(["integrations-next"]);
  });
  it("accepts other Agent flags and stops at the first non-flag", () => {
    expect(parseAgentFlags(["-metrics.wal-directory", "/x", "-disable-reporting", "rest", "-bogus"]).expandEnv).toBe(false);
  });
  it("refuses what the Agent refuses, with Go's texts", () => {
    expect(run("", ["-nope"]).diags).toEqual(["(Critical) failed to parse Static config: error parsing flags: flag provided but not defined: -nope"]);
    expect(run("", ["-metrics.wal-cleanup-age"]).diags).toEqual([
      "(Critical) failed to parse Static config: error parsing flags: flag needs an argument: -metrics.wal-cleanup-age",
    ]);
    expect(run("", ["-enable-features", "x"]).diags[0]).toContain('unknown feature "x". possible options: remote-configs, integrations-next');
  });
});

describe("static: -config.expand-env", () => {
  afterEach(() => {
    delete process.env.ALLOY_CONVERT_TEST;
  });
  it("expands variables with defaults and keeps numeric names", () => {
    process.env.ALLOY_CONVERT_TEST = "v";
    expect(expandEnv("a: ${ALLOY_CONVERT_TEST} b: $ALLOY_CONVERT_TEST c: ${UNSET_X:-d} e: ${1} f: $$x")).toBe("a: v b: v c: d e: ${1} f: $x");
  });
  it("only when the flag is given", () => {
    const yaml = "server:\n  log_level: ${LEVEL:-debug}\n";
    expect(run(yaml).diags[0]).toContain('unrecognized log level "${LEVEL:-debug}"');
    expect(run(yaml, ["-config.expand-env"]).output).toContain('level = "debug"');
  });
});

describe("static: loading", () => {
  it("names an unnamed remote_write as the Agent does", () => {
    const yaml = "metrics:\n  configs:\n    - name: default\n      remote_write:\n        - url: http://localhost:9009/api/prom/push\n";
    expect(run(yaml).output).toContain('name = "default-04b53d"');
  });
  it("wraps validation errors as the Agent does", () => {
    expect(run("logs:\n  configs:\n    - name: a\n").diags).toEqual([
      "(Critical) failed to parse Static config: error in config file: cannot generate Loki positions file path for a because positions_directory is not configured",
    ]);
  });
  it("reports unknown integrations and integration fields", () => {
    expect(run("integrations:\n  nope: {}\n").diags[0]).toBe(
      "(Critical) failed to parse Static config: error loading config file convert: yaml: unmarshal errors:\n  line 1: field nope not found in type integrations.ManagerConfig",
    );
    expect(run("integrations:\n  agent:\n    enabled: true\n    x: 1\n").diags[0]).toBe(
      '(Critical) failed to parse Static config: error loading config file convert: failed to unmarshal integration "agent": yaml: unmarshal errors:\n  line 2: field x not found',
    );
  });
});

describe("static: what Alloy reports", () => {
  it("the server's gRPC TLS and the metrics subsystem settings", () => {
    const yaml = "server:\n  grpc_tls_config:\n    cert_file: /a\nmetrics:\n  wal_cleanup_period: 1m\n  http_disable_keepalives: true\n";
    expect(run(yaml).diags).toEqual([
      REVIEW,
      "(Error) The converter does not support converting the provided grpc_tls_config server config: Alloy does not have a gRPC server to configure.",
      "(Error) The converter does not support converting the provided wal_cleanup_period metrics config.",
      "(Error) The converter does not support converting the provided http_disable_keepalives metrics config.",
    ]);
  });
  it("disabled, unscraped and removed v1 integrations", () => {
    const yaml = "metrics:\n  global:\n    remote_write:\n      - url: http://x/\nintegrations:\n  agent:\n    enabled: false\n  vsphere:\n    enabled: true\n";
    expect(run(yaml).diags).toEqual([
      REVIEW,
      "(Warning) disabled integrations do nothing and are not included in the output: agent.",
      "(Error) The converter does not support converting the provided vsphere integration.",
    ]);
    expect(run("integrations:\n  agent:\n    enabled: true\n    scrape_integration: false\n").diags[0]).toBe(
      "(Critical) The converter does not support handling integrations which are not being scraped: agent.",
    );
  });
  it("v2 integrations scrape into their metrics instance, with its instance key as job", () => {
    const yaml = [
      "metrics:", "  global:", "    remote_write:", "      - url: http://x/", "  configs:", "    - name: m",
      "integrations:", "  agent:", "    instance: self", "    autoscrape:", "      metrics_instance: m",
    ].join("\n");
    const { output } = run(yaml, ["-enable-features=integrations-next"].flatMap((a) => a.split("=")));
    expect(output).toContain('prometheus.exporter.self "integrations_self" { }');
    expect(output).toContain('job_name   = "integrations/self"');
    expect(output).toContain("forward_to = [prometheus.remote_write.metrics_m.receiver]");
  });
});
