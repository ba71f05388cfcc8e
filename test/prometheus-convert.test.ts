import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { goRegexpError } from "../src/converters/shared/regexp.js";

function run(yaml: string, extraArgs?: string[]) {
  const r = convert(yaml, { sourceFormat: "prometheus", extraArgs });
  return { output: r.output, diags: r.diagnostics.filter((d) => d.severity !== "Info").map(formatDiagnostic), all: r.diagnostics };
}

describe("prometheus converter", () => {
  it("refuses extra arguments", () => {
    expect(run("{}", ["-x", "y"]).diags).toEqual(["(Critical) extra arguments are not supported for the prometheus converter: [-x y]"]);
  });

  it("locates load failures at the setting that fails the check", () => {
    const r = run("scrape_configs:\n  - job_name: a\n    scrape_interval: 5s\n    scrape_timeout: 9s\n");
    expect(r.all[0].location).toEqual({ line: 4, column: 5 });
  });

  it("orders discoveries by key with static targets last, labelled per kind", () => {
    const out = run(
      "scrape_configs:\n  - job_name: j\n    static_configs:\n      - targets: [a:1]\n    nomad_sd_configs:\n      - server: http://x\n",
    );
    expect(out.diags).toEqual(["(Error) The converter does not support converting the provided nomad service discovery."]);
    expect(out.output).toContain('targets = [{\n\t\t__address__ = "a:1",\n\t}]');
  });

  it("writes an empty target list when a job has no targets", () => {
    expect(run("scrape_configs:\n  - job_name: j\n").output).toContain("targets    = []");
  });

  it("reports the components of each job as Info", () => {
    const info = run("scrape_configs:\n  - job_name: j\n    metric_relabel_configs:\n      - action: labeldrop\n        regex: x\n").all.filter((d) => d.severity === "Info");
    expect(formatDiagnostic(info[0])).toBe('(Info) Converted scrape_configs job_name "j" into...\n\tA prometheus.scrape.j component\n\tA prometheus.relabel.j component');
  });
});

describe("Go regexp errors", () => {
  it("accepts group flags and lazy repetition", () => {
    expect(goRegexpError("^(?s:a+?(?P<n>b)*)$")).toBeUndefined();
  });
  it("rejects unbalanced groups and bare repetition", () => {
    expect(goRegexpError("(a")).toBe("error parsing regexp: missing closing ): `(a`");
    expect(goRegexpError("*a")).toBe("error parsing regexp: missing argument to repetition operator: `*`");
    expect(goRegexpError("a**")).toBe("error parsing regexp: invalid nested repetition operator: `**`");
  });
});
