// Test support for service discovery mappings: convert one `<name>_sd_configs` entry on its
// own, and pick the matching blocks out of a conformance case's expected output.

import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import { labelWithIndex } from "../../src/components/labels.js";
import { encodeComponent } from "../../src/components/schema.js";
import { Diagnostics, formatDiagnostic } from "../../src/diagnostics.js";
import { printFile } from "../../src/emit/printer.js";
import type { DiscoveryConverter } from "../../src/converters/prometheus/discovery/registry.js";
import { loadYaml } from "../../src/converters/yaml/load.js";

export interface Converted {
  text?: string;
  error?: string;
  diags: string[];
}

export function convertEntry(conv: DiscoveryConverter, yaml: string, label = "x"): Converted {
  const loaded = loadYaml(yaml, conv.source);
  if (loaded.error) return { error: loaded.error.message, diags: [] };
  const diags = new Diagnostics();
  const block = encodeComponent(conv.component, label, conv.toValues(loaded.value, diags));
  return { text: printFile({ body: [block] }), diags: diags.list.map(formatDiagnostic) };
}

export const errorOf = (conv: DiscoveryConverter, yaml: string) => convertEntry(conv, yaml).error;
export const textOf = (conv: DiscoveryConverter, yaml: string) => convertEntry(conv, yaml).text;

/** The top-level blocks of an Alloy file named `name`, each ending in a newline. */
export function blocksNamed(alloy: string, name: string): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  for (const line of alloy.split("\n")) {
    if (!current && line.startsWith(`${name} "`)) {
      if (line.endsWith("{ }")) blocks.push(line + "\n");
      else current = [line];
    } else if (current) {
      current.push(line);
      if (line === "}") {
        blocks.push(current.join("\n") + "\n");
        current = undefined;
      }
    }
  }
  return blocks;
}

/** Every SD entry of a conformance input as YAML text, with the label Alloy gives it. */
export function entriesOf(yamlPath: string, key: string): { label: string; yaml: string }[] {
  const doc = parse(readFileSync(yamlPath, "utf8")) as { scrape_configs: Record<string, unknown>[] };
  return doc.scrape_configs.flatMap((scrape) =>
    ((scrape[key] as unknown[] | undefined) ?? []).map((entry, i) => ({
      label: labelWithIndex(i, String(scrape.job_name)),
      yaml: stringify(entry),
    })),
  );
}
