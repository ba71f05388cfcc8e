// The exporter integrations A–M on their own: each integration's YAML from the static
// corpus, decoded with its fields and defaults and encoded with Alloy's builder rule, gives
// the corpus's prometheus.exporter block (v1 integrations and integrations-next; every entry
// of a v2 list against the same component's blocks in order), plus yaml.v2's re-marshalling
// of blackbox's RawYAML and mappings the corpus does not reach.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { encodeBuilderComponent } from "../src/components/builder.js";
import { Diagnostics } from "../src/diagnostics.js";
import { printFile } from "../src/emit/printer.js";
import { apacheHttpIntegration } from "../src/converters/static/integrations/apache_http.js";
import { azureExporterIntegration } from "../src/converters/static/integrations/azure_exporter.js";
import { blackboxIntegration } from "../src/converters/static/integrations/blackbox.js";
import { cadvisorIntegration } from "../src/converters/static/integrations/cadvisor.js";
import { cloudwatchExporterIntegration } from "../src/converters/static/integrations/cloudwatch_exporter.js";
import { consulExporterIntegration } from "../src/converters/static/integrations/consul_exporter.js";
import { dnsmasqExporterIntegration } from "../src/converters/static/integrations/dnsmasq_exporter.js";
import { elasticsearchExporterIntegration } from "../src/converters/static/integrations/elasticsearch_exporter.js";
import type { ExporterIntegration } from "../src/converters/static/integrations/exporter.js";
import { gcpExporterIntegration } from "../src/converters/static/integrations/gcp_exporter.js";
import { githubExporterIntegration } from "../src/converters/static/integrations/github_exporter.js";
import { kafkaExporterIntegration } from "../src/converters/static/integrations/kafka_exporter.js";
import { memcachedExporterIntegration } from "../src/converters/static/integrations/memcached_exporter.js";
import { mongodbExporterIntegration } from "../src/converters/static/integrations/mongodb_exporter.js";
import { formatYamlFloat, rawYaml } from "../src/converters/static/integrations/raw-yaml.js";
import { loadYaml } from "../src/converters/yaml/load.js";
import { anyValue, struct, type Fields } from "../src/converters/yaml/types.js";

const CORPUS = join(import.meta.dirname, "../../shared/conformance/static");

/** The settings every integration shares, which the framework reads: accepted and ignored here. */
const COMMON = ["enabled", "instance", "scrape_integration", "scrape_interval", "scrape_timeout", "relabel_configs", "metric_relabel_configs", "autoscrape", "extra_labels"];

const INTEGRATIONS = [
  apacheHttpIntegration,
  azureExporterIntegration,
  blackboxIntegration,
  cadvisorIntegration,
  cloudwatchExporterIntegration,
  consulExporterIntegration,
  dnsmasqExporterIntegration,
  elasticsearchExporterIntegration,
  gcpExporterIntegration,
  githubExporterIntegration,
  kafkaExporterIntegration,
  memcachedExporterIntegration,
  mongodbExporterIntegration,
] as ExporterIntegration[];

function convert(integration: ExporterIntegration, yamlText: string, diags = new Diagnostics()): string {
  // The integration's own fields win: kafka has an `instance` of its own.
  const fields: Fields = { ...Object.fromEntries(COMMON.map((k) => [k, anyValue])), ...integration.fields };
  const type = struct(integration.goName, fields, { defaults: integration.defaults, validate: integration.validate });
  const loaded = loadYaml(yamlText, type);
  if (loaded.error) throw new Error(loaded.error.message);
  const exporter = integration.exporter(loaded.value, diags);
  if (!exporter) return "";
  return printFile({ body: [encodeBuilderComponent(exporter.component, "LABEL", exporter.values)] });
}

/** The integration's YAML in a corpus file: one entry, or each entry of a v2 list. */
function integrationYamls(file: string, key: string): string[] {
  const doc = parseDocument(readFileSync(join(CORPUS, file), "utf8")).toJSON() as { integrations: Record<string, unknown> };
  const section = doc.integrations[key];
  if (section === undefined) return [];
  return (Array.isArray(section) ? section : [section]).map((s) => stringify(s));
}

/** The corpus's blocks of a component, in order, their labels replaced by LABEL. */
function corpusBlocks(file: string, component: string): string[] {
  const lines = readFileSync(join(CORPUS, file), "utf8").split("\n");
  const out: string[] = [];
  lines.forEach((line, start) => {
    if (!line.startsWith(`${component} "`)) return;
    const header = line.replace(/"[^"]*"/, '"LABEL"');
    if (line.endsWith("{ }")) return out.push(header + "\n");
    const end = lines.findIndex((l, i) => i > start && l === "}");
    out.push([header, ...lines.slice(start + 1, end + 1)].join("\n") + "\n");
  });
  return out;
}

const SUITES = [
  { name: "v1", yaml: "testdata/integrations.yaml", alloy: "testdata/integrations.alloy", key: (i: ExporterIntegration) => i.v1Name },
  { name: "v2", yaml: "testdata-v2/integrations_v2.yaml", alloy: "testdata-v2/integrations_v2.alloy", key: (i: ExporterIntegration) => i.v2Name },
];

for (const suite of SUITES) {
  describe(`static exporter integrations A–M (${suite.name})`, () => {
    for (const integration of INTEGRATIONS) {
      const key = suite.key(integration)!;
      it(key, () => {
        const yamls = integrationYamls(suite.yaml, key);
        expect(yamls.length, `${key} in ${suite.yaml}`).toBeGreaterThan(0);
        const outs = yamls.map((y) => convert(integration, y));
        const component = outs[0].slice(0, outs[0].indexOf(" "));
        expect(outs).toEqual(corpusBlocks(suite.alloy, component));
      });
    }
  });
}

/** yaml.v2's marshalling of a RawYAML block given as YAML text. */
function remarshal(text: string): string {
  const loaded = loadYaml(text, struct("t", { c: rawYaml }));
  if (loaded.error) throw new Error(loaded.error.message);
  return loaded.value.c!;
}

describe("blackbox: yaml.v2's re-marshalling of the module config", () => {
  it("keeps key order, flushes sequences with their key, quotes only what would read back differently", () => {
    const text = [
      "c:",
      "  modules:",
      "    b: {x: 1, list: [a, 'yes', '', '1.5', null, ~]}",
      "    a:",
      "      empty_map: {}",
      "      empty_list: []",
      "      colon: 'a: b'",
      "      hash: 'a #b'",
      "      url: http://x:1/y",
      "      tab: \"a\\tb\"",
      "      lead: ' x'",
      "      date: '2001-12-14'",
      "      octal: 0755",
      "      hex: 0x1F",
      "      float: 1.50",
      "      big: 1e6",
      "      bool: on",
      "      items:",
      "        - name: one",
      "          value: 2",
      "        - [p, q]",
    ].join("\n");
    expect(remarshal(text)).toBe(
      [
        "modules:",
        "  b:",
        "    x: 1",
        "    list:",
        "    - a",
        '    - "yes"',
        '    - ""',
        '    - "1.5"',
        "    - null",
        "    - null",
        "  a:",
        "    empty_map: {}",
        "    empty_list: []",
        "    colon: 'a: b'",
        "    hash: 'a #b'",
        "    url: http://x:1/y",
        '    tab: "a\\tb"',
        "    lead: ' x'",
        '    date: "2001-12-14"',
        "    octal: 493",
        "    hex: 31",
        "    float: 1.5",
        "    big: 1e+06",
        "    bool: true",
        "    items:",
        "    - name: one",
        "      value: 2",
        "    - - p",
        "      - q",
        "",
      ].join("\n"),
    );
  });

  it("writes multi-line strings as literal blocks with their chomping indicator", () => {
    expect(remarshal('c:\n  a: "x\\ny"\n  b: "x\\n"\n  c: "x\\n\\n"\n')).toBe("a: |-\n  x\n  y\nb: |\n  x\nc: |+\n  x\n\n");
  });

  it("folds long plain and quoted strings at 80 columns", () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    expect(remarshal(`c:\n  k: ${words}\n`)).toBe(
      "k: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n  word13 word14 word15 word16 word17 word18 word19\n",
    );
    expect(remarshal(`c:\n  k: "a: ${words}"\n`)).toBe(
      "k: 'a: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n  word13 word14 word15 word16 word17 word18 word19'\n",
    );
  });

  it("formats floats as Go's strconv 'g' does", () => {
    expect([0.0001, 0.00001, 123456, 1234567, 1.5, -2.25, 1e21, Infinity, NaN].map(formatYamlFloat)).toEqual([
      "0.0001", "1e-05", "123456", "1.234567e+06", "1.5", "-2.25", "1e+21", ".inf", ".nan",
    ]);
  });

  it("a config that is not a mapping is a type error", () => {
    expect(() => remarshal("c: [a]\n")).toThrow("cannot unmarshal !!seq into yaml.MapSlice");
  });
});

describe("static exporter integrations A–M: settings beyond the corpus", () => {
  it("blackbox: probe_timeout_offset is whole nanoseconds; a config file and module-less target", () => {
    expect(convert(blackboxIntegration, "config_file: /bb.yml\nprobe_timeout_offset: 3.9\nblackbox_targets:\n  - name: n\n    address: a\n")).toBe(
      [
        'prometheus.exporter.blackbox "LABEL" {',
        '\tconfig_file          = "/bb.yml"',
        '\tprobe_timeout_offset = "3ns"',
        "\ttargets              = [{",
        '\t\taddress = "a",',
        '\t\tmodule  = "",',
        '\t\tname    = "n",',
        "\t}]",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("cloudwatch: roles, tags, exported tags and an empty job", () => {
    const yaml = [
      "sts_region: eu-west-1",
      "fips_disabled: true",
      "discovery:",
      "  exported_tags:",
      "    AWS/EC2: [Name]",
      "  jobs:",
      "    - type: AWS/S3",
      "      regions: [eu-west-1]",
      "      roles:",
      "        - role_arn: arn:x",
      "      search_tags:",
      "        - key: env",
      "          value: prod",
      "      metrics:",
      "        - name: BucketSizeBytes",
      "          period: 1h",
      "          length: 2h",
      "          statistics: [Sum]",
      "static:",
      "  - name: empty",
      "    namespace: AWS/EC2",
    ].join("\n");
    expect(convert(cloudwatchExporterIntegration, yaml)).toBe(
      [
        'prometheus.exporter.cloudwatch "LABEL" {',
        '\tsts_region              = "eu-west-1"',
        "\tdiscovery_exported_tags = {",
        '\t\t"AWS/EC2" = ["Name"],',
        "\t}",
        "",
        "\tdiscovery {",
        '\t\tregions = ["eu-west-1"]',
        "",
        "\t\trole {",
        '\t\t\trole_arn = "arn:x"',
        "\t\t}",
        "\t\tcustom_tags = {}",
        "\t\tsearch_tags = {",
        '\t\t\tenv = "prod",',
        "\t\t}",
        '\t\ttype = "AWS/S3"',
        "",
        "\t\tmetric {",
        '\t\t\tname       = "BucketSizeBytes"',
        '\t\t\tstatistics = ["Sum"]',
        '\t\t\tperiod     = "1h0m0s"',
        '\t\t\tlength     = "2h0m0s"',
        "\t\t}",
        "\t}",
        "",
        '\tstatic "empty" {',
        "\t\tregions     = []",
        "\t\tcustom_tags = {}",
        '\t\tnamespace   = "AWS/EC2"',
        "\t\tdimensions  = {}",
        "\t}",
        "",
        "\tdecoupled_scraping { }",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("dnsmasq, memcached and elasticsearch: renamed fields, a TLS config and basic auth", () => {
    expect(convert(dnsmasqExporterIntegration, "leases_path: /l\nexpose_leases: true\n")).toBe(
      'prometheus.exporter.dnsmasq "LABEL" {\n\tleases_file   = "/l"\n\texpose_leases = true\n}\n',
    );
    expect(convert(memcachedExporterIntegration, "timeout: 2s\ntls_config:\n  ca_file: /ca\n  insecure_skip_verify: true\n")).toBe(
      'prometheus.exporter.memcached "LABEL" {\n\ttimeout = "2s"\n\n\ttls_config {\n\t\tca_file              = "/ca"\n\t\tinsecure_skip_verify = true\n\t}\n}\n',
    );
    expect(convert(elasticsearchExporterIntegration, "all: true\nbasic_auth:\n  username: u\n  password: p\n")).toBe(
      'prometheus.exporter.elasticsearch "LABEL" {\n\tall = true\n\n\tbasic_auth {\n\t\tusername = "u"\n\t\tpassword = "p"\n\t}\n}\n',
    );
  });

  it("cadvisor, consul, kafka and mongodb: values that differ from Alloy's defaults", () => {
    // An empty allowlist is [""] again once the Agent's UnmarshalYAML has run, so it matches Alloy's default.
    expect(convert(cadvisorIntegration, "docker: tcp://d\nresctrl_interval: 1000000000\nallowlisted_container_labels: []\nenv_metadata_allowlist: [FOO]\n")).toBe(
      'prometheus.exporter.cadvisor "LABEL" {\n\tenv_metadata_allowlist = ["FOO"]\n\tresctrl_interval       = "1s"\n\tdocker_host            = "tcp://d"\n}\n',
    );
    expect(convert(consulExporterIntegration, "timeout: 1s\nallow_stale: false\n")).toBe(
      'prometheus.exporter.consul "LABEL" {\n\ttimeout     = "1s"\n\tallow_stale = false\n}\n',
    );
    expect(convert(kafkaExporterIntegration, "instance: k\nkafka_uris: [a:9092]\ntopic_workers: 5\n")).toBe(
      'prometheus.exporter.kafka "LABEL" {\n\tinstance      = "k"\n\tkafka_uris    = ["a:9092"]\n\ttopic_workers = 5\n}\n',
    );
    expect(convert(mongodbExporterIntegration, "mongodb_uri: m\ndirect_connect: false\ncompatible_mode: false\n")).toBe(
      'prometheus.exporter.mongodb "LABEL" {\n\tmongodb_uri      = "m"\n\tcompatible_mode  = false\n\tdiscovering_mode = true\n}\n',
    );
  });

  it("an unknown field names the integration's type", () => {
    expect(() => convert(githubExporterIntegration, "api_tokn: x\n")).toThrow("field api_tokn not found in type github_exporter.plain");
  });
});
