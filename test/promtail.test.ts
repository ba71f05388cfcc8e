// Promtail conformance cases and the Promtail-specific loading rules.

import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { corpusAvailable, listCases, runCase } from "./support/conformance.js";

describe.skipIf(!corpusAvailable())("promtail conformance", () => {
  const cases = corpusAvailable() ? listCases().filter((c) => c.suite.sourceFormat === "promtail") : [];
  for (const c of cases) {
    it(c.id, () => {
      const outcome = runCase(c);
      if (!outcome.pass) expect.fail(outcome.explanation);
    });
  }
});

function diagnosticsOf(yaml: string, extraArgs: string[] = []): string[] {
  return convert(yaml, { sourceFormat: "promtail", extraArgs }).diagnostics.map(formatDiagnostic);
}

const QUIET = "tracing: {enabled: false}\nserver: {register_instrumentation: false}\n";

describe("promtail loading", () => {
  it("refuses extra arguments", () => {
    expect(diagnosticsOf(QUIET, ["-e", "x"])).toEqual(["(Critical) extra arguments are not supported for the promtail converter: [-e x]"]);
  });

  it("refuses a job without a name, with its line", () => {
    const result = convert(QUIET + "scrape_configs:\n  - journal: {}\n", { sourceFormat: "promtail" });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(["(Critical) failed to parse Promtail config: job_name is empty"]);
    expect(result.diagnostics[0].location?.line).toBe(4);
  });

  it("refuses duplicate job names", () => {
    expect(diagnosticsOf(QUIET + "scrape_configs:\n  - job_name: a\n  - job_name: a\n")).toEqual([
      '(Critical) failed to parse Promtail config: found multiple scrape configs with job name "a"',
    ]);
  });

  it("names nested Go types in unknown-field errors", () => {
    expect(diagnosticsOf(QUIET + "clients:\n  - url: http://x\n    nope: 1\n")).toEqual([
      "(Critical) failed to parse Promtail config: yaml: unmarshal errors:\n  line 5: field nope not found in type client.raw",
    ]);
  });

  it("refuses an unknown syslog format, with its line", () => {
    const yaml = QUIET + "scrape_configs:\n  - job_name: a\n    syslog:\n      listen_address: x\n      syslog_format: rfc1\n";
    const result = convert(yaml, { sourceFormat: "promtail" });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['(Critical) unknown syslog format "rfc1"']);
    expect(result.diagnostics[0].location?.line).toBe(7);
    expect(result.output).toBeUndefined();
  });

  it("points a duplicate job name at the second job", () => {
    const result = convert(QUIET + "scrape_configs:\n  - job_name: a\n  - job_name: a\n", { sourceFormat: "promtail" });
    expect(result.diagnostics[0].location?.line).toBe(5);
  });

  it("adds the legacy client block to the clients", () => {
    const out = convert(QUIET + "client:\n  url: http://a/push\nclients:\n  - url: http://b/push\n", { sourceFormat: "promtail" }).output;
    expect(out).toContain('loki.write "default_2" {\n\tendpoint {\n\t\turl = "http://a/push"');
  });
});

// Alloy v1.19 loads Promtail configs with its own copy of Promtail (internal/loki/promtail),
// whose keys, type names and load-time checks these follow.
describe("promtail loading: Alloy's copy of Promtail's config", () => {
  const parseError = (text: string) => [`(Critical) failed to parse Promtail config: ${text}`];
  const unmarshalError = (line: number, text: string) => parseError(`yaml: unmarshal errors:\n  line ${line}: ${text}`);

  it("reads the WAL's camel-cased keys and refuses the Alloy-style max_segment_age", () => {
    const wal = "wal:\n  enabled: true\n  dir: /w\n  cleanSegmentsOlderThan: 2h\n  watchConfig:\n    minReadFrequency: 1s\n    maxReadFrequency: 5s\n";
    expect(diagnosticsOf(QUIET + wal)).toEqual(["(Error) Promtail's WAL is currently not supported in Alloy"]);
    expect(diagnosticsOf(QUIET + "wal:\n  max_segment_age: 2h\n")).toEqual(unmarshalError(4, "field max_segment_age not found in type wal.plain"));
    expect(diagnosticsOf(QUIET + "wal:\n  watchConfig:\n    drainTimeout: 1s\n")).toEqual(
      unmarshalError(5, "field drainTimeout not found in type wal.WatchConfig"),
    );
  });

  it("knows tracing only by its switch", () => {
    expect(diagnosticsOf("server: {register_instrumentation: false}\ntracing:\n  enabled: false\n  profiling_enabled: true\n")).toEqual(
      unmarshalError(4, "field profiling_enabled not found in type tracing.Config"),
    );
  });

  it("refuses a log level dskit does not know, in the server and in push servers", () => {
    expect(diagnosticsOf("tracing: {enabled: false}\nserver:\n  register_instrumentation: false\n  log_level: verbose\n")).toEqual(
      parseError('unrecognized log level "verbose"'),
    );
    const push = QUIET + "scrape_configs:\n  - job_name: a\n    loki_push_api:\n      server:\n        log_level: trace\n";
    expect(diagnosticsOf(push)).toEqual(parseError('unrecognized log level "trace"'));
  });

  it("reads dskit's newer server keys, cluster validation included, and not the flag-only throughput", () => {
    const server =
      "tracing: {enabled: false}\nserver:\n  register_instrumentation: false\n  grpc_collect_max_streams_by_conn: true\n" +
      "  grpc_server_read_buffer_size: 1024\n  grpc_server_write_buffer_size: 1024\n  log_source_ips_full: true\n" +
      "  trace_request_headers: true\n  trace_request_exclude_headers_list: a,b\n  create_new_traces: true\n" +
      "  enable_open_metrics_text_created_samples: true\n  cluster_validation:\n    label: a\n    additional_labels: b,c\n" +
      "    grpc: {enabled: true, soft_validation: true}\n    http: {enabled: true, excluded_paths: /x, excluded_user_agents: y}\n";
    expect(diagnosticsOf(server)).toEqual([]);
    expect(diagnosticsOf("tracing: {enabled: false}\nserver:\n  register_instrumentation: false\n  cluster_validation: {nope: 1}\n")).toEqual(
      unmarshalError(4, "field nope not found in type clusterutil.ServerClusterValidationConfig"),
    );
    expect(diagnosticsOf("tracing: {enabled: false}\nserver:\n  register_instrumentation: false\n  throughput: {}\n")).toEqual(
      unmarshalError(4, "field throughput not found in type server.Config"),
    );
  });

  it("reads a Windows event locale as a uint32", () => {
    const job = (locale: string) => QUIET + `scrape_configs:\n  - job_name: w\n    windows_events:\n      locale: ${locale}\n`;
    expect(diagnosticsOf(job("4294967295"))).toEqual([]);
    expect(diagnosticsOf(job("4294967296"))).toEqual(unmarshalError(6, "cannot unmarshal !!int `4294967296` into uint32"));
  });

  it("checks label names as model.LabelName reads them, in targets and clients alike", () => {
    const journal = QUIET + 'scrape_configs:\n  - job_name: j\n    journal:\n      labels:\n        "": x\n';
    expect(diagnosticsOf(journal)).toEqual(parseError('"" is not a valid label name'));
    expect(diagnosticsOf(QUIET + 'clients:\n  - url: http://a\n    external_labels:\n      "": x\n')).toEqual(
      parseError('"" is not a valid label name'),
    );
  });

  it("refuses a client URL Go's url.Parse refuses", () => {
    expect(diagnosticsOf(QUIET + "clients:\n  - url: http://a/%zz\n")).toEqual(parseError('parse "http://a/%zz": invalid URL escape "%zz"'));
  });

  it("reads limits_config.max_line_size as flagext.ByteSize does", () => {
    const job = "clients:\n  - url: http://a/push\nscrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [localhost]\n";
    const out = convert(QUIET + "limits_config:\n  max_line_size: 2m\n" + job, { sourceFormat: "promtail" }).output;
    expect(out).toContain('stage.drop {\n\t\tlonger_than = "2MiB"\n\t}');
    expect(diagnosticsOf(QUIET + "limits_config:\n  max_line_size: 1.5MB\n")).toEqual(
      parseError('strconv.UnmarshalText: parsing "1.5MB": invalid syntax'),
    );
  });
});
