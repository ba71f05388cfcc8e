// The exporter integrations N–Z (and mssql, mysql) on their own: each integration's YAML from
// the static corpus, decoded with its fields and defaults and encoded with Alloy's builder
// rule, gives the corpus's prometheus.exporter block (v1 integrations and integrations-next).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { encodeBuilderComponent } from "../src/components/builder.js";
import { Diagnostics } from "../src/diagnostics.js";
import { printFile } from "../src/emit/printer.js";
import type { ExporterIntegration } from "../src/converters/static/integrations/exporter.js";
import { mssqlIntegration } from "../src/converters/static/integrations/mssql.js";
import { mysqldIntegration } from "../src/converters/static/integrations/mysqld_exporter.js";
import { nodeIntegration } from "../src/converters/static/integrations/node_exporter.js";
import { oracledbIntegration } from "../src/converters/static/integrations/oracledb.js";
import { postgresIntegration } from "../src/converters/static/integrations/postgres_exporter.js";
import { processIntegration } from "../src/converters/static/integrations/process_exporter.js";
import { redisIntegration } from "../src/converters/static/integrations/redis_exporter.js";
import { snmpIntegration } from "../src/converters/static/integrations/snmp.js";
import { snowflakeIntegration } from "../src/converters/static/integrations/snowflake.js";
import { squidIntegration } from "../src/converters/static/integrations/squid.js";
import { statsdIntegration } from "../src/converters/static/integrations/statsd_exporter.js";
import { loadYaml } from "../src/converters/yaml/load.js";
import { anyValue, struct, type Fields } from "../src/converters/yaml/types.js";

const CORPUS = join(import.meta.dirname, "../../shared/conformance/static");

/** The settings every integration shares, which the framework reads: accepted and ignored here. */
const COMMON = ["enabled", "instance", "scrape_integration", "scrape_interval", "scrape_timeout", "relabel_configs", "metric_relabel_configs", "autoscrape", "extra_labels"];

const INTEGRATIONS: ExporterIntegration[] = [
  mssqlIntegration,
  mysqldIntegration,
  nodeIntegration,
  oracledbIntegration,
  postgresIntegration,
  processIntegration,
  redisIntegration,
  snmpIntegration,
  snowflakeIntegration,
  squidIntegration,
  statsdIntegration,
] as ExporterIntegration[];

function convert(integration: ExporterIntegration, yamlText: string, diags = new Diagnostics()): string {
  const fields: Fields = { ...integration.fields, ...Object.fromEntries(COMMON.map((k) => [k, anyValue])) };
  const type = struct(integration.goName, fields, { defaults: integration.defaults, validate: integration.validate });
  const loaded = loadYaml(yamlText, type);
  if (loaded.error) throw new Error(loaded.error.message);
  const exporter = integration.exporter(loaded.value, diags);
  if (!exporter) return "";
  return printFile({ body: [encodeBuilderComponent(exporter.component, `integrations_${integration.v1Name}`, exporter.values)] });
}

/** The integration's YAML in a corpus file (the first of a v2 list). */
function integrationYaml(file: string, key: string): string | undefined {
  const doc = parseDocument(readFileSync(join(CORPUS, file), "utf8")).toJSON() as { integrations: Record<string, unknown> };
  const section = doc.integrations[key];
  if (section === undefined) return undefined;
  return stringify(Array.isArray(section) ? section[0] : section);
}

/** The corpus's block for a component and label. */
function corpusBlock(file: string, component: string, label: string): string | undefined {
  const lines = readFileSync(join(CORPUS, file), "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${component} "${label}" {`));
  if (start < 0) return undefined;
  if (lines[start].endsWith("{ }")) return lines[start] + "\n";
  const end = lines.findIndex((l, i) => i > start && l === "}");
  return lines.slice(start, end + 1).join("\n") + "\n";
}

const SUITES = [
  { name: "v1", yaml: "testdata/integrations.yaml", alloy: "testdata/integrations.alloy", key: (i: ExporterIntegration) => i.v1Name },
  { name: "v2", yaml: "testdata-v2/integrations_v2.yaml", alloy: "testdata-v2/integrations_v2.alloy", key: (i: ExporterIntegration) => i.v2Name },
];

for (const suite of SUITES) {
  describe(`static exporter integrations (${suite.name})`, () => {
    for (const integration of INTEGRATIONS) {
      const key = suite.key(integration)!;
      it(key, () => {
        const yamlText = integrationYaml(suite.yaml, key);
        expect(yamlText, `${key} in ${suite.yaml}`).toBeDefined();
        const out = convert(integration, yamlText!);
        const name = out.slice(0, out.indexOf(" "));
        expect(out).toBe(corpusBlock(suite.alloy, name, `integrations_${integration.v1Name}`));
      });
    }
  });
}

describe("static exporter integrations: settings beyond the corpus", () => {
  it("node_exporter: a changed collector setting writes its whole block, the others stay out", () => {
    expect(convert(nodeIntegration, "ntp_server: 10.0.0.1\nsysctl_include: [a]\ndisable_collectors: [mdadm]\n")).toBe(
      [
        'prometheus.exporter.unix "integrations_node_exporter" {',
        '\tdisable_collectors = ["mdadm"]',
        "",
        "\tntp {",
        "\t\tip_ttl                 = 1",
        '\t\tlocal_offset_tolerance = "1ms"',
        '\t\tmax_distance           = "3.46608s"',
        "\t\tprotocol_version       = 4",
        '\t\tserver                 = "10.0.0.1"',
        "\t}",
        "",
        "\tsysctl {",
        '\t\tinclude = ["a"]',
        "\t}",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("node_exporter: an old field name fills the new one; both set stop the load", () => {
    expect(convert(nodeIntegration, "systemd_unit_whitelist: foo\n")).toContain('unit_include = "foo"');
    expect(() => convert(nodeIntegration, "systemd_unit_whitelist: foo\nsystemd_unit_include: bar\n")).toThrow(
      'only one of "systemd_unit_whitelist" and "systemd_unit_include" may be specified',
    );
  });

  it("redis_exporter: comma-separated keys become lists", () => {
    expect(convert(redisIntegration, "redis_addr: r:6379\ncheck_keys: a,b\n")).toBe(
      'prometheus.exporter.redis "integrations_redis_exporter" {\n\tredis_addr = "r:6379"\n\tcheck_keys = ["a", "b"]\n}\n',
    );
  });

  it("snmp: walk_params become labelled walk_param blocks", () => {
    expect(convert(snmpIntegration, "walk_params:\n  public:\n    retries: 2\n    timeout: 3s\n")).toBe(
      'prometheus.exporter.snmp "integrations_snmp" {\n\twalk_param "public" {\n\t\tretries = 2\n\t\ttimeout = "3s"\n\t}\n}\n',
    );
  });

  it("statsd_exporter: an inline mapping_config is reported", () => {
    const diags = new Diagnostics();
    convert(statsdIntegration, "mapping_config:\n  mappings: []\n", diags);
    expect(diags.list.map((d) => d.summary)).toEqual(["mapping_config is not supported in statsd_exporter integrations config"]);
  });

  it("mysqld_exporter: a changed collector setting writes its block with every non-zero field", () => {
    expect(convert(mysqldIntegration, "data_source_name: x@/\ninfo_schema_processlist_min_time: 5\n")).toContain(
      '\tinfo_schema.processlist {\n\t\tmin_time          = 5\n\t\tprocesses_by_user = true\n\t\tprocesses_by_host = true\n\t}\n',
    );
  });
});
