// What one Agent integration that runs a Prometheus exporter is to the static converter:
// its YAML (the fields of its own, beside the settings every integration shares, which the
// framework reads), its key in integrations v1 and v2, and the prometheus.exporter.*
// component it becomes. The framework wraps each in the discovery.relabel and
// prometheus.scrape that Alloy adds, and picks the label.

import type { IntegrationLocator } from "./config.js";
import type { ComponentSchema } from "../../../components/schema.js";
import type { Values } from "../../../components/values.js";
import type { Diagnostics } from "../../../diagnostics.js";
import type { DecodeContext, Fields, StructOf } from "../../yaml/types.js";

export interface ExporterIntegration<F extends Fields = Fields> {
  /** Its key under `integrations:` in v1 (`mysqld_exporter`), when v1 has it. */
  v1Name?: string;
  /** Its key with `-enable-features=integrations-next` (`mysql_configs`, a list, or `node_exporter`), when v2 has it. */
  v2Name?: string;
  /** The Agent's Go type, as yaml.v2's errors name it (`mysqld_exporter.Config`). */
  goName: string;
  /** The integration's own YAML fields, in yaml/types form. */
  fields: F;
  /** The Agent's defaults for those fields (its UnmarshalYAML's DefaultConfig). */
  defaults?: () => StructOf<F>;
  /** What its UnmarshalYAML does after decoding (checks, renamed fields); throw DecodeFailure to stop the load. Pass to struct() as its validate. */
  validate?(value: StructOf<F>, ctx: DecodeContext, line: number): void;
  /** The exporter component and its whole Arguments (encoded with Alloy's builder rule); undefined when Alloy writes none. */
  exporter(cfg: StructOf<F>, diags: Diagnostics, at?: IntegrationLocator): { component: ComponentSchema; values: Values } | undefined;
}

/** Declares an integration with its field types inferred. */
export function exporterIntegration<F extends Fields>(spec: ExporterIntegration<F>): ExporterIntegration<F> {
  return spec;
}
