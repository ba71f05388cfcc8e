// Promtail pipeline stages → loki.process: the block printed for each conformance case's
// pipeline must equal the loki.process block in Alloy's expected output, and the stage
// diagnostics must be Alloy's, in order.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sanitizeIdentifier } from "../src/components/labels.js";
import { Raw } from "../src/components/values.js";
import { Diagnostics, formatDiagnostic } from "../src/diagnostics.js";
import { traversal } from "../src/emit/build.js";
import { printFile } from "../src/emit/printer.js";
import { lokiProcessBlock, pipelineStagesToValues } from "../src/converters/promtail/stages/index.js";
import { formatBase2Bytes, parseByteSize } from "../src/converters/shared/bytes.js";
import { parseGoDuration } from "../src/converters/shared/go-duration.js";
import { goValue } from "../src/converters/shared/go-format.js";
import { CORPUS } from "./support/conformance.js";

function convert(stages: unknown[], label = "example", receiver = "loki.write.default.receiver"): { text: string; diags: string } {
  const diags = new Diagnostics();
  const values = pipelineStagesToValues(stages, diags);
  const text = printFile({ body: [lokiProcessBlock(label, [new Raw(traversal(receiver))], values)] });
  return { text, diags: diags.list.map((d) => formatDiagnostic(d) + "\n").join("") };
}

function convertYaml(yaml: string): { text: string; diags: string } {
  return convert(parse(yaml) as unknown[]);
}

/** The first `loki.process` block of an expected .alloy file, or the one with this label. */
function expectedProcessBlock(alloy: string, label?: string): string {
  const start = alloy.indexOf(label === undefined ? "loki.process " : `loki.process "${label}"`);
  const end = alloy.indexOf("\n}\n", start);
  return alloy.slice(start, end + 3);
}

const CORPUS_CASES = [
  "mixed_pipeline",
  "pipeline_stages_cri_empty",
  "pipeline_stages_drop",
  "pipeline_stages_part2",
  "pipeline_stages_structured_metadata",
  "static_pipeline_example",
  "sd_pipeline_example",
  "source_pipeline_example",
  "docker_relabel",
  "kafka",
];
const dir = join(CORPUS, "promtail/testdata");

describe.skipIf(!existsSync(dir))("conformance pipelines", () => {
  for (const name of CORPUS_CASES) {
    it(name, () => {
      const config = parse(readFileSync(join(dir, `${name}.yaml`), "utf8")) as { scrape_configs: { job_name: string; pipeline_stages: unknown[] }[] };
      const job = config.scrape_configs.find((j) => j.pipeline_stages)!;
      const { text, diags } = convert(job.pipeline_stages, sanitizeIdentifier(job.job_name));
      expect(text).toBe(expectedProcessBlock(readFileSync(join(dir, `${name}.alloy`), "utf8")));
      const diagsPath = join(dir, `${name}.diags`);
      expect(diags).toBe(existsSync(diagsPath) ? readFileSync(diagsPath, "utf8") : "");
    });
  }
});

const staticDir = join(CORPUS, "static");

describe.skipIf(!existsSync(staticDir))("static mode pipelines", () => {
  const cases: [string, string, string, string][] = [
    ["testdata_linux/promtail_metrics", "logs_config_with_metrics", "loki.write.logs_config.receiver", "config"],
    ["testdata/sanitize", "logs_integrations_integrations_windows_exporter_application", "loki.write.logs_integrations.receiver", "integrations"],
  ];
  for (const [name, label, receiver, logsConfig] of cases) {
    it(name, () => {
      const config = parse(readFileSync(join(staticDir, `${name}.yaml`), "utf8")) as {
        logs: { configs: { name: string; scrape_configs: { pipeline_stages?: unknown[] }[] }[] };
      };
      const jobs = config.logs.configs.find((c) => c.name === logsConfig)!.scrape_configs;
      const job = jobs.find((j) => j.pipeline_stages)!;
      const { text, diags } = convert(job.pipeline_stages!, label, receiver);
      expect(diags).toBe("");
      expect(text).toBe(expectedProcessBlock(readFileSync(join(staticDir, `${name}.alloy`), "utf8"), label));
    });
  }
});

describe("stage mappings", () => {
  it("converts match with its nested pipeline and drop action", () => {
    const { text, diags } = convertYaml(`
- match:
    selector: '{app="nginx"}'
    pipeline_name: web
    stages:
      - regex:
          expression: '^(?P<ip>\\S+)'
      - labels:
          ip:
      - luhn: {}
- match:
    selector: '{app="noise"}'
    action: drop
    drop_counter_reason: noisy
`);
    expect(text).toBe(`loki.process "example" {
\tforward_to = [loki.write.default.receiver]

\tstage.match {
\t\tselector = "{app=\\"nginx\\"}"

\t\tstage.regex {
\t\t\texpression = "^(?P<ip>\\\\S+)"
\t\t}

\t\tstage.labels {
\t\t\tvalues = {
\t\t\t\tip = null,
\t\t\t}
\t\t}
\t\tpipeline_name = "web"
\t}

\tstage.match {
\t\tselector            = "{app=\\"noise\\"}"
\t\taction              = "drop"
\t\tdrop_counter_reason = "noisy"
\t}
}
`);
    expect(diags).toBe("(Error) The converter does not support converting the provided pipeline stage: map[luhn:map[]]\n");
  });

  it("converts metrics sorted by name, with Promtail's defaults made explicit", () => {
    const { text, diags } = convertYaml(`
- metrics:
    lines_total:
      type: Counter
      description: all lines
      config:
        match_all: true
        action: inc
    bytes:
      type: Histogram
      source: size
      prefix: my_
      max_idle_duration: 24h
      config:
        buckets: [1, 2.5, 10]
    queue:
      type: gauge
      config:
        value: "x"
        action: SET
`);
    expect(diags).toBe("");
    expect(text).toBe(`loki.process "example" {
\tforward_to = [loki.write.default.receiver]

\tstage.metrics {
\t\tmetric.histogram {
\t\t\tname              = "bytes"
\t\t\tsource            = "size"
\t\t\tprefix            = "my_"
\t\t\tmax_idle_duration = "24h0m0s"
\t\t\tbuckets           = [1, 2.5, 10]
\t\t}

\t\tmetric.counter {
\t\t\tname              = "lines_total"
\t\t\tdescription       = "all lines"
\t\t\tmax_idle_duration = "0s"
\t\t\taction            = "inc"
\t\t\tmatch_all         = true
\t\t}

\t\tmetric.gauge {
\t\t\tname              = "queue"
\t\t\tmax_idle_duration = "0s"
\t\t\tvalue             = "x"
\t\t\taction            = "set"
\t\t}
\t}
}
`);
  });

  it("drops a metrics stage whose metric Promtail would refuse", () => {
    expect(convertYaml("- metrics:\n    a:\n      type: counter\n      config: {action: dec}\n").diags).toBe(
      "(Error) failed to create counter metric process stage: action dec is not valid, action must be either `inc` or `add`\n",
    );
    expect(convertYaml("- metrics:\n    a:\n      type: gauge\n      max_idle_duration: soon\n").diags).toBe(
      '(Error) failed to parse duration: soon - time: invalid duration "soon"\n',
    );
  });

  it("keeps a multiline stage with a bad max_wait_time, and writes Promtail's zero defaults", () => {
    const { text, diags } = convertYaml("- multiline:\n    firstline: '^x'\n    max_wait_time: 10\n");
    expect(diags).toBe("(Error) invalid pipeline_stages.multiline.max_wait_time: 10\n");
    expect(text).toContain('\tstage.multiline {\n\t\tfirstline     = "^x"\n\t\tmax_lines     = 0\n\t\tmax_wait_time = "0s"\n\t}');
  });

  it("writes what Promtail leaves unset where Alloy's default differs", () => {
    const { text } = convertYaml(`
- pack:
    labels: [a]
- geoip:
    db: /db.mmdb
- timestamp:
    source: t
    format: RFC3339
- eventlogmessage: {}
- sampling:
    rate: 0.5
`);
    expect(text).toContain("\tstage.pack {\n\t\tlabels           = [\"a\"]\n\t\tingest_timestamp = false\n\t}");
    expect(text).toContain('\tstage.geoip {\n\t\tdb     = "/db.mmdb"\n\t\tsource = null\n\t}');
    expect(text).toContain('\tstage.timestamp {\n\t\tsource = "t"\n\t\tformat = "RFC3339"\n\t}');
    expect(text).toContain("\tstage.eventlogmessage { }");
    expect(text).toContain("\tstage.sampling {\n\t\trate = 0.5\n\t}");
  });

  it("reports mapstructure failures with the stage config as Go prints it", () => {
    expect(convertYaml("- json:\n    expressions: [a]\n").diags).toBe(
      "(Error) invalid pipeline stage config: map[expressions:[a]] - 1 error(s) decoding:\n\n* 'expressions' expected a map, got 'slice'\n",
    );
    expect(convertYaml("- output: just_a_string\n").diags).toBe(
      "(Error) invalid pipeline stage config: just_a_string - '' expected a map, got 'string'\n",
    );
    expect(convertYaml("- regex:\n    expression: 5\n    source: true\n").diags).toBe(
      "(Error) invalid pipeline stage config: map[expression:5 source:true] - 2 error(s) decoding:\n\n" +
        "* 'expression' expected type 'string', got unconvertible type 'int', value: '5'\n" +
        "* 'source' expected type 'string', got unconvertible type 'bool', value: 'true'\n",
    );
    expect(convertYaml("- pack:\n    labels: [{a: b}]\n").diags).toBe(
      "(Error) invalid pipeline stage config: map[labels:[map[a:b]]] - 1 error(s) decoding:\n\n" +
        "* 'Labels[0]' expected type 'string', got unconvertible type 'map[interface {}]interface {}', value: 'map[a:b]'\n",
    );
    expect(convertYaml("- labeldrop: foo\n").diags).toBe(
      "(Error) invalid pipeline stage config: foo - '': source data must be an array or slice, got string\n",
    );
  });

  it("reads WeakDecode stages as Promtail does: numbers as strings, single values as lists", () => {
    const { text, diags } = convertYaml("- pack:\n    labels: one\n    ingest_timestamp: 'true'\n- limit:\n    rate: '5'\n    burst: 10\n");
    expect(diags).toBe("");
    expect(text).toContain('\tstage.pack {\n\t\tlabels = ["one"]\n\t}');
    expect(text).toContain("\tstage.limit {\n\t\trate  = 5\n\t\tburst = 10\n\t}");
  });

  it("refuses stages that are not one-key maps", () => {
    expect(convertYaml("- docker\n").diags).toBe(
      "(Critical) invalid input YAML config, make sure each stage of your pipeline is a YAML object (must end with a `:`), check stage `- docker`\n",
    );
    expect(convertYaml("- {json: {expressions: {a: b}}, docker: {}}\n").diags).toBe(
      "(Critical) each pipeline stage must contain exactly one key, got: map[docker:map[] json:map[expressions:map[a:b]]]\n",
    );
  });
});

describe("diagnostic locations", () => {
  it("places each stage's diagnostics at the line given for it, nested stages at their match's", () => {
    const diags = new Diagnostics();
    pipelineStagesToValues([{ docker: {} }, { luhn: {} }, { match: { selector: "{a=\"b\"}", stages: [{ luhn: {} }] } }], diags, {
      stageLocations: [3, 4, 5].map((line) => ({ line, column: 3 })),
    });
    expect(diags.list.map((d) => d.location?.line)).toEqual([4, 5]);
  });
});

describe("units", () => {
  it("parses Promtail byte sizes and prints Alloy's base-2 sizes", () => {
    expect(parseByteSize("1kb")).toEqual({ bytes: 1024n });
    expect(parseByteSize("2048")).toEqual({ bytes: 2048n });
    expect(parseByteSize("1.21GigaWatts")).toEqual({ error: 'strconv.UnmarshalText: parsing "1.21GIGAWATTS": invalid syntax' });
    expect(formatBase2Bytes(0n)).toBe("0B");
    expect(formatBase2Bytes(1536n * 1024n)).toBe("1MiB512KiB");
    expect(formatBase2Bytes(1025n)).toBe("1KiB1B");
  });

  it("parses Go durations with Go's error texts", () => {
    expect(parseGoDuration("1h30m")).toEqual({ ms: 5_400_000 });
    expect(parseGoDuration("1.5s")).toEqual({ ms: 1500 });
    expect(parseGoDuration("10")).toEqual({ error: 'time: missing unit in duration "10"' });
    expect(parseGoDuration("10y")).toEqual({ error: 'time: unknown unit "y" in duration "10y"' });
    expect(parseGoDuration("")).toEqual({ error: 'time: invalid duration ""' });
  });

  it("formats values as Go's %v does", () => {
    expect(goValue({ b: [1, "x"], a: null, c: 1.5 })).toBe("map[a:<nil> b:[1 x] c:1.5]");
  });
});
