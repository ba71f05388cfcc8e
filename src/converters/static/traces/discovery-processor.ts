// The Agent's prom_sd_processor (traces/promsdprocessor), which labels spans with the
// targets its scrape configs discover → otelcol.processor.discovery, fed by the discovery
// components the Prometheus converter writes for those scrape configs' service discoveries
// and relabel rules (the scrape configs' other settings mean nothing here).

import { LineCounter, parseDocument, stringify, type Node } from "yaml";
import { encodeBuilderComponent } from "../../../components/builder.js";
import { discoveryProcessor } from "../../../components/otelcol/processor/discovery.js";
import { Raw } from "../../../components/values.js";
import type { Expr } from "../../../emit/ast.js";
import { array, call } from "../../../emit/build.js";
import { anyValue, list, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../../otelcol/component.js";
import { buildPrometheusBlocks } from "../../prometheus/convert.js";
import { prometheusConfigSource, type ScrapeConfig } from "../../prometheus/source.js";
import { DecodeFailure, type DecodeContext } from "../../yaml/types.js";

const config = struct("promsdprocessor.Config", {
  scrapeConfigs: { key: "scrape_configs", shape: list(anyValue) },
  operationType: { key: "operation_type", shape: str },
  podAssociations: { key: "pod_associations", shape: list(str) },
});
type Config = Infer<typeof config>;

const scrapeConfigsSource = prometheusConfigSource.fields.scrape_configs;

/**
 * The scrape configs as the converter reads them: written out as YAML and read back into
 * Prometheus's ScrapeConfig, without strictness (unknown keys are ignored).
 */
function readScrapeConfigs(raw: unknown[]): { configs: ScrapeConfig[] } | { error: string } {
  const lines = new LineCounter();
  const doc = parseDocument(stringify(raw), { lineCounter: lines, version: "1.2" });
  const ctx: DecodeContext = { doc, lines, typeErrors: [] };
  try {
    const configs = (scrapeConfigsSource.decode(doc.contents as Node | null, ctx) ?? []) as ScrapeConfig[];
    const errors = ctx.typeErrors.filter((t) => !t.text.includes(" not found in type "));
    if (errors.length > 0) return { error: "yaml: unmarshal errors:\n" + errors.map((t) => `  line ${t.line}: ${t.text}`).join("\n") };
    return { configs };
  } catch (e) {
    if (e instanceof DecodeFailure) return { error: e.message };
    throw e;
  }
}

/** The elements of a targets expression: array.concat's arguments, or the one expression. */
function targetElements(expr: Expr): Expr[] {
  if (expr.kind === "call") return expr.args.map((a) => a.value);
  if (expr.kind === "array" && expr.elements.length === 0) return [];
  return [expr];
}

export const discoveryProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "prom_sd_processor",
  config,
  defaultConfig: () => config.zero(),
  inputName: "otelcol.processor.discovery",
  convert(cfg, state) {
    const label = state.label();
    const read = readScrapeConfigs(cfg.scrapeConfigs ?? []);
    if ("error" in read) {
      state.diags.critical(`unable to unmarshal bytes to []*config.ScrapeConfig: ${read.error}`);
      return;
    }
    // Each scrape config's components are labelled `<processor label>_<job name>`.
    const renamed = read.configs.map((sc) => ({ ...sc, job_name: label === "" ? sc.job_name : `${label}_${sc.job_name ?? ""}` }));
    const pb = buildPrometheusBlocks({ scrape_configs: renamed });
    for (const g of [...pb.discovery, ...pb.discoveryRelabel]) state.append(g.block);

    // The targets each scrape would have scraped, all together.
    const targets: Expr[] = [];
    for (const scrape of pb.scrape) {
      const attr = scrape.block.body.find((s) => s.kind === "attribute" && s.name === "targets");
      if (attr && attr.kind === "attribute") for (const t of targetElements(attr.value)) targets.push(t);
    }
    const targetsExpr = targets.length === 0 ? array([]) : targets.length === 1 ? targets[0] : call("array.concat", targets, true);

    state.append(
      encodeBuilderComponent(discoveryProcessor, label, {
        targets: new Raw(targetsExpr),
        operation_type: cfg.operationType,
        pod_associations: cfg.podAssociations,
        output: consumerOutput(state),
      }),
    );
  },
};
