// The OpenTelemetry Collector converter: loads the config as the Collector does, then
// converts the telemetry settings, the extensions the service enables, and each pipeline
// group's receivers, processors, exporters and connectors, in Alloy's order.

import type { ConvertOptions } from "../../convert.js";
import { Diagnostics, type Severity, type SourceLocation } from "../../diagnostics.js";
import type { AlloyFile, Block } from "../../emit/ast.js";
import { traversal } from "../../emit/build.js";
import { Raw } from "../../components/values.js";
import { idString, type AlloyRef, type ComponentId, type ConvertState, type Kind, type Signal } from "./component.js";
import { loadCollectorConfig, validateCollectorConfig, type CollectorConfig, type ConfiguredComponent } from "./config.js";
import { componentLabel, deduplicatedReceivers, groupIds, nextInPipeline, pipelineGroups, type PipelineGroup } from "./pipelines.js";
import { componentsOf } from "./registry.js";
import { convertTelemetry } from "./telemetry.js";

export function convertOtelcol(source: string, options: ConvertOptions, diags: Diagnostics): AlloyFile | undefined {
  const extraArgs = options.extraArgs ?? [];
  if (extraArgs.length > 0) {
    diags.critical(`extra arguments are not supported for the otelcol converter: [${extraArgs.join(" ")}]`);
    return undefined;
  }
  const loaded = loadCollectorConfig(source);
  if (loaded.error) {
    diags.add("Critical", loaded.error.message, loaded.error.location, loaded.error.detail);
    return undefined;
  }
  const cfg = loaded.config;
  if (options.validate !== false) {
    const invalid = validateCollectorConfig(cfg);
    if (invalid) {
      diags.critical(`failed to validate config: ${invalid}`);
      return undefined;
    }
  }
  const file: AlloyFile = { body: [] };
  appendCollectorConfig(file, cfg, diags);
  return file;
}

/** Appends the converted config to `file`; static mode calls this with its own label prefix. */
export function appendCollectorConfig(file: AlloyFile, cfg: CollectorConfig, diags: Diagnostics, labelPrefix = "", convertTelemetrySettings = true): void {
  if (convertTelemetrySettings) convertTelemetry(cfg.service.telemetry, file, diags);
  const groups = pipelineGroups(cfg.service.pipelines);
  const isConnector = (id: ComponentId) => cfg.connectors.has(idString(id));
  const notConnector = (id: ComponentId) => !isConnector(id);

  const extensions = new Map<string, AlloyRef>();
  const noGroup: PipelineGroup = { name: "", pipelines: { metrics: emptyPipeline(), logs: emptyPipeline(), traces: emptyPipeline() } };
  for (const id of cfg.service.extensions) {
    const configured = cfg.extensions.get(idString(id));
    if (!configured) continue;
    const state = new State(file, diags, cfg, groups, noGroup, extensions, configured, "extension", labelPrefix);
    convertOne(configured, state);
    extensions.set(idString(id), { name: configured.component.inputName, label: state.label() });
  }

  const receiversByGroup = deduplicatedReceivers(groups, isConnector);
  groups.forEach((group, i) => {
    const sets: [Kind, ComponentId[], Map<string, ConfiguredComponent>][] = [
      ["receiver", receiversByGroup[i].filter(notConnector), cfg.receivers],
      ["processor", groupIds(group, "processors"), cfg.processors],
      ["exporter", groupIds(group, "exporters").filter(notConnector), cfg.exporters],
      ["connector", [...cfg.connectors.values()].map((c) => c.id), cfg.connectors],
    ];
    for (const [kind, ids, configs] of sets) {
      for (const id of ids) {
        const configured = configs.get(idString(id));
        if (!configured) continue;
        convertOne(configured, new State(file, diags, cfg, groups, group, extensions, configured, kind, labelPrefix));
      }
    }
  });
}

function convertOne(configured: ConfiguredComponent, state: State): void {
  const before = state.appended.length;
  configured.component.convert(configured.config, state);
  for (const block of state.appended.slice(before)) {
    state.diags.info(`Converted ${configured.component.kind}/${idString(configured.id)} into ${block.name}.${block.label}`);
  }
}

function emptyPipeline() {
  return { receivers: [], processors: [], exporters: [] };
}

/** A component's diagnostics point at its YAML key unless they know better. */
class ComponentDiagnostics extends Diagnostics {
  constructor(
    private readonly target: Diagnostics,
    private readonly at: SourceLocation | undefined,
  ) {
    super();
  }
  override add(severity: Severity, summary: string, location?: SourceLocation, detail?: string): void {
    this.target.add(severity, summary, location ?? this.at, detail);
  }
}

class State implements ConvertState {
  readonly appended: Block[] = [];
  readonly id: ComponentId;
  readonly diags: Diagnostics;

  constructor(
    private readonly file: AlloyFile,
    diags: Diagnostics,
    private readonly cfg: CollectorConfig,
    private readonly groups: PipelineGroup[],
    private readonly group: PipelineGroup,
    private readonly extensions: Map<string, AlloyRef>,
    configured: ConfiguredComponent,
    readonly kind: Kind,
    private readonly labelPrefix: string,
  ) {
    this.id = configured.id;
    this.diags = new ComponentDiagnostics(diags, configured.location);
  }

  label(): string {
    return componentLabel(this.group.name, this.id.name, this.labelPrefix);
  }

  next(signal: Signal): Raw[] {
    // A receiver is converted once for all the groups that use it, so it sends to each of them.
    const groups = this.kind === "receiver" ? this.groups : [this.group];
    const out: Raw[] = [];
    for (const group of groups) {
      for (const next of nextInPipeline(group.pipelines[signal], this.id, this.kind)) {
        const target = this.inputOf(next.id, next.kind);
        if (target) out.push(new Raw(traversal(`${target}.${componentLabel(group.name, next.id.name, this.labelPrefix)}.input`)));
      }
    }
    return out;
  }

  private inputOf(id: ComponentId, kind: Kind): string | undefined {
    const key = idString(id);
    if (kind === "exporter" && this.cfg.connectors.has(key)) return this.cfg.connectors.get(key)!.component.inputName;
    const table = kind === "processor" ? this.cfg.processors : this.cfg.exporters;
    return table.get(key)?.component.inputName ?? componentsOf(kind).get(id.type)?.inputName;
  }

  extension(id: ComponentId): AlloyRef | undefined {
    return this.extensions.get(idString(id));
  }

  append(block: Block): void {
    this.appended.push(block);
    this.file.body.push(block);
  }
}
