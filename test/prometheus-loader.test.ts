// The Prometheus loader as Prometheus v3.13's config.Load runs it: every section read
// strictly, the checks run in Prometheus's order (so the first error is the same one),
// and what Load does after reading (external label expansion, the OTLP check).

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { fieldSelectorError, labelSelectorError } from "../src/converters/prometheus/discovery/k8s-selectors.js";
import { PROMETHEUS_CONFIG } from "./support/prometheus-config.js";

function run(yaml: string | Uint8Array) {
  const r = convert(yaml, { sourceFormat: "prometheus" });
  return { output: r.output, diags: r.diagnostics.filter((d) => d.severity !== "Info").map(formatDiagnostic) };
}

const refused = (message: string) => [`(Critical) failed to parse Prometheus config: ${message}`];

describe("what Prometheus refuses first", () => {
  it("a discovery's own check comes before the scrape config's (job_name)", () => {
    expect(run("scrape_configs:\n  - hetzner_sd_configs:\n      - role: cloud\n").diags).toEqual(refused('unknown role "cloud"'));
  });

  it("null discovery sections are refused in the order of their keys, static_configs among them", () => {
    const yaml = "scrape_configs:\n  - job_name: a\n    static_configs: [~]\n    file_sd_configs: [~]\n";
    expect(run(yaml).diags).toEqual(refused("empty or null section in file_sd_configs"));
    expect(run(yaml.replace("file_sd", "triton_sd")).diags).toEqual(refused("empty or null section in static_configs"));
  });

  it("scrape configs are checked in order, a null one where it stands", () => {
    expect(run("scrape_configs:\n  - job_name: a\n    scrape_timeout: 2m\n  - ~\n").diags).toEqual(
      refused('scrape timeout greater than scrape interval for scrape config with job name "a"'),
    );
    expect(run("scrape_configs:\n  - ~\n  - job_name: a\n    scrape_timeout: 2m\n").diags).toEqual(refused("empty or null scrape config section"));
  });

  it("remote write before remote read, duplicates after nulls", () => {
    expect(run("remote_read: [~]\nremote_write: [~]\n").diags).toEqual(refused("empty or null remote write config section"));
    expect(run("remote_read:\n  - url: http://a\n    name: x\n  - url: http://b\n    name: x\n").diags).toEqual(
      refused('found multiple remote read configs with job name "x"'),
    );
  });

  it("a null relabel rule still counts as a rule for the static target check", () => {
    const yaml = "scrape_configs:\n  - job_name: a\n    static_configs: [{targets: ['http://x']}]\n    relabel_configs: [~]\n";
    expect(run(yaml).diags).toEqual(refused("empty or null target relabeling rule in scrape config"));
    expect(run(yaml.replace("relabel_configs", "metric_relabel_configs")).diags).toEqual(refused('"http://x" is not a valid hostname'));
  });

  it("the Load-level OTLP check comes after the whole config is read", () => {
    const yaml = "global:\n  metric_name_validation_scheme: legacy\notlp:\n  translation_strategy: NoTranslation\n";
    expect(run(yaml).diags).toEqual(refused('OTLP translation strategy "NoTranslation" is not allowed when UTF8 is disabled'));
    expect(run(yaml + "remote_write: [~]\n").diags).toEqual(refused("empty or null remote write config section"));
  });
});

describe("sections read strictly", () => {
  for (const [section, body] of [
    ["alerting", "alertmanagers:\n    - nope: 1"],
    ["storage", "tsdb:\n    nope: 1"],
    ["tracing", "nope: 1"],
    ["runtime", "nope: 1"],
    ["otlp", "nope: 1"],
    ["remote_read", "- url: http://x\n    nope: 1"],
  ]) {
    it(section, () => {
      const diags = run(`${section}:\n  ${body}\n`).diags;
      expect(diags).toHaveLength(1);
      expect(diags[0]).toMatch(/^\(Critical\) failed to parse Prometheus config: yaml: unmarshal errors:\n {2}line \d+: field nope not found in type /);
    });
  }

  it("what they hold is checked: Alertmanager API version, tracing client type, sigv4 keys, azuread", () => {
    expect(run("alerting:\n  alertmanagers:\n    - api_version: v1\n").diags).toEqual(refused("expected Alertmanager api version to be one of [v2] but got v1"));
    expect(run("tracing:\n  endpoint: x\n  client_type: udp\n").diags).toEqual(
      refused("expected tracing client type to be to be http or grpc, but got udp"),
    );
    expect(run("remote_write:\n  - url: http://x\n    sigv4:\n      access_key: a\n").diags).toEqual(
      refused("must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config"),
    );
    expect(run("remote_write:\n  - url: http://x\n    azuread:\n      cloud: AzurePublic\n").diags).toEqual(
      refused("must provide an Azure Managed Identity, Azure Workload Identity, Azure OAuth or Azure SDK in the Azure AD config"),
    );
  });

  it("accepted sections Alloy does not convert are still reported as not converted", () => {
    const r = run("storage:\n  tsdb:\n    retention:\n      time: 1d\ntracing:\n  endpoint: localhost:4317\n");
    expect(r.diags).toEqual([
      "(Error) The converter does not support converting the provided storage config.",
      "(Error) The converter does not support converting the provided tracing config.",
    ]);
  });
});

describe("names, labels and sizes", () => {
  afterEach(() => {
    delete process.env.ALLOY_CONVERT_TEST_LABEL;
  });

  it("label names and values must be UTF-8, a !!binary one included", () => {
    expect(run('global:\n  external_labels:\n    a: !!binary "/w=="\n').diags).toEqual(refused('"\\xff" is not a valid label value'));
    expect(run("scrape_configs:\n  - job_name: a\n    static_configs:\n      - labels: {'': x}\n").diags).toEqual(
      refused('"" is not a valid label name'),
    );
    expect(run("scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - source_labels: ['']\n        target_label: x\n").diags).toEqual(
      refused('"" is not a valid label name'),
    );
    expect(run("scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - action: labelmap\n        replacement: ''\n").diags).toEqual(
      refused("\"\" is invalid 'replacement' for labelmap action"),
    );
  });

  it("external label values expand environment variables, as config.Load does", () => {
    process.env.ALLOY_CONVERT_TEST_LABEL = "eu";
    const out = run("global:\n  external_labels:\n    region: ${ALLOY_CONVERT_TEST_LABEL}-$$-$UNSET_ALLOY_VAR.\nremote_write:\n  - url: http://x\n").output;
    expect(out).toContain('region = "eu-$-."');
  });

  it("name validation and escaping schemes", () => {
    expect(run("global:\n  metric_name_validation_scheme: strict\n").diags).toEqual(refused('unrecognized ValidationScheme: "strict"'));
    expect(run("global:\n  metric_name_validation_scheme: legacy\n  metric_name_escaping_scheme: allow-utf-8\nscrape_configs:\n  - job_name: a\n").diags).toEqual(
      refused("utf8 metric names requested but validation scheme is not set to UTF8"),
    );
    // A job that sets its own legacy validation infers its own escaping.
    expect(run("global:\n  metric_name_escaping_scheme: allow-utf-8\nscrape_configs:\n  - job_name: a\n    metric_name_validation_scheme: legacy\n").diags).toEqual([]);
    expect(run("scrape_configs:\n  - job_name: a\n    metric_name_escaping_scheme: bits\n").diags).toEqual(
      refused("unknown scrape config name escaping method specified, must be one of 'allow-utf-8', 'underscores', 'dots', or 'values', got \"bits\""),
    );
  });

  it("scrape protocols: global ones are checked for the global config, the fallback per job", () => {
    expect(run("global:\n  scrape_protocols: [PrometheusText0.0.4, PrometheusText0.0.4]\n").diags).toEqual(
      refused("duplicated protocol in scrape_protocols, got [PrometheusText0.0.4 PrometheusText0.0.4] for global config"),
    );
  });

  it("body_size_limit is a Base2Bytes: refused without a unit, written as Alloy writes it", () => {
    expect(run("scrape_configs:\n  - job_name: a\n    body_size_limit: 100\n").diags).toEqual(refused("units: unknown unit  in 100"));
    expect(run("scrape_configs:\n  - job_name: a\n    body_size_limit: 1.5KB\n").output).toContain('body_size_limit = "1KiB512B"');
    expect(run("global:\n  body_size_limit: 15MB\nscrape_configs:\n  - job_name: a\n").output).toContain('body_size_limit = "15MiB"');
  });
});

describe("service discoveries of Prometheus v3.13", () => {
  it("consul's health_filter is accepted; Alloy has no argument for it", () => {
    const r = run("scrape_configs:\n  - job_name: a\n    consul_sd_configs:\n      - health_filter: 'Service.Tags contains \"x\"'\n");
    expect(r.diags).toEqual([]);
    expect(r.output).toContain('discovery.consul "a"');
    expect(r.output).not.toContain("health_filter");
  });

  it("outscale is loaded and checked, then reported as not converted", () => {
    expect(run("scrape_configs:\n  - job_name: a\n    outscale_sd_configs:\n      - region: eu-west-2\n        secret_key: s\n").diags).toEqual([
      "(Error) The converter does not support converting the provided outscale service discovery.",
    ]);
    expect(run("scrape_configs:\n  - job_name: a\n    outscale_sd_configs:\n      - region: eu-west-2\n        secrt_key: s\n").diags[0]).toContain(
      "field secrt_key not found in type outscale.plain",
    );
  });

  it("Kubernetes selectors: the roles each role allows, then the field and label selectors parse", () => {
    const sd = (selector: string) => `scrape_configs:\n  - job_name: a\n    kubernetes_sd_configs:\n      - role: pod\n        selectors:\n          - ${selector}\n`;
    expect(run(sd("{role: node, label: a=b}")).diags).toEqual([]);
    expect(run(sd("{role: service}")).diags).toEqual(refused("pod role supports only pod, node selectors"));
    expect(run(sd("{role: pod, field: status}")).diags).toEqual(refused("invalid selector: 'status'; can't understand 'status'"));
    expect(run(sd("{role: pod, label: 'a in b'}")).diags).toEqual(refused("unable to parse requirement: found 'b' expected: '('"));
  });

  it("selector grammar and validation, as apimachinery words it", () => {
    expect(labelSelectorError("foo in (bar,baz), !gone, x>1")).toBeUndefined();
    expect(labelSelectorError("a=b,")).toBe("found '', expected: identifier after ','");
    expect(labelSelectorError("x>y")).toBe("unable to parse requirement: values[0]: Invalid value: \"y\": for 'Gt', 'Lt' operators, the value must be an integer");
    expect(labelSelectorError("-a=b")).toMatch(/^unable to parse requirement: <nil>: Invalid value: "-a": name part must consist of alphanumeric characters/);
    expect(fieldSelectorError("a=b=c")).toBe("invalid field selector: unescaped character in value: 61");
    expect(fieldSelectorError("a=b\\,c,d!=e")).toBeUndefined();
  });
});

// The inputs of Prometheus's other config tests, with the errors those tests expect.
const FROM_OTHER_TESTS: [string, string | null][] = [
  ["otlp_allow_utf8.bad.yml", 'unsupported OTLP translation strategy "Invalid"'],
  ["otlp_allow_utf8.incompatible.yml", 'OTLP translation strategy "NoUTF8EscapingWithSuffixes" is not allowed when UTF8 is disabled'],
  ["otlp_no_translation.incompatible.yml", 'OTLP translation strategy "NoTranslation" is not allowed when UTF8 is disabled'],
  ["otlp_ignore_resource_attributes_without_promote_all.bad.yml", "'ignore_resource_attributes' cannot be configured unless 'promote_all_resource_attributes' is true"],
  [
    "otlp_sanitize_promote_resource_attributes.bad.yml",
    "invalid 'promote_resource_attributes': duplicated promoted OTel resource attribute \"k8s.job.name\"\nempty promoted OTel resource attribute",
  ],
  [
    "otlp_sanitize_ignore_resource_attributes.bad.yml",
    "invalid 'ignore_resource_attributes': duplicated ignored OTel resource attribute \"k8s.job.name\"\nempty ignored OTel resource attribute",
  ],
  ["config_with_deprecated_am_api_config.yml", "expected Alertmanager api version to be one of [v2] but got v1"],
  ["scrape_config_files.bad.yml", 'scrape timeout greater than scrape interval for scrape config with job name "prometheus"'],
  ["otlp_empty.yml", null],
  ["scrape_config_default_validation_mode.yml", null],
  ["scrape_config_global_validation_mode.yml", null],
  ["scrape_config_local_global_validation_mode.yml", null],
  ["scrape_config_local_validation_mode.yml", null],
  ["scrape_config_local_infer_escaping.yml", null],
  ["agent_mode.with_alert_manager.yml", null],
  ["agent_mode.with_remote_reads.yml", null],
];

describe.skipIf(!existsSync(join(PROMETHEUS_CONFIG, "testdata")))("inputs of Prometheus's other config tests", () => {
  for (const [file, expected] of FROM_OTHER_TESTS) {
    it(file, () => {
      const r = convert(readFileSync(join(PROMETHEUS_CONFIG, "testdata", file)), { sourceFormat: "prometheus" });
      const criticals = r.diagnostics.filter((d) => d.severity === "Critical").map((d) => d.summary);
      expect(criticals).toEqual(expected === null ? [] : [`failed to parse Prometheus config: ${expected}`]);
    });
  }
});
