// How Alloy lays a Collector service out as components: pipelines grouped by their name
// (`metrics/2` and `traces/2` form group "2"), one Alloy component per Collector component
// and group, labelled from the group and component names, each sending to the next ones
// of its pipelines. A receiver used by several groups is converted once, in its first
// group, and sends to the next components of every group that uses it.

import { sanitizeIdentifier } from "../../components/labels.js";
import { idString, SIGNALS, type ComponentId, type Kind, type Signal } from "./component.js";
import type { Pipeline, PipelineConfig } from "./config.js";

export interface PipelineGroup {
  name: string;
  pipelines: Record<Signal, PipelineConfig>;
}

const EMPTY: PipelineConfig = { receivers: [], processors: [], exporters: [] };

/** Groups by pipeline name, sorted by name; every group has all three signals (empty when unset). */
export function pipelineGroups(pipelines: Pipeline[]): PipelineGroup[] {
  const byName = new Map<string, PipelineGroup>();
  for (const p of pipelines) {
    let group = byName.get(p.name);
    if (!group) byName.set(p.name, (group = { name: p.name, pipelines: { metrics: EMPTY, logs: EMPTY, traces: EMPTY } }));
    group.pipelines[p.signal] = p.config;
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Unique ids in first-seen order across the signals' lists. */
export function mergeIds(lists: ComponentId[][]): ComponentId[] {
  const seen = new Set<string>();
  const out: ComponentId[] = [];
  for (const id of lists.flat()) {
    const key = idString(id);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(id);
    }
  }
  return out;
}

export function groupIds(group: PipelineGroup, part: keyof PipelineConfig): ComponentId[] {
  return mergeIds(SIGNALS.map((s) => group.pipelines[s][part]));
}

/** Each group's receivers without those an earlier group already has (connectors are always kept). */
export function deduplicatedReceivers(groups: PipelineGroup[], isConnector: (id: ComponentId) => boolean): ComponentId[][] {
  const used = new Set<string>();
  return groups.map((group) =>
    groupIds(group, "receivers").filter((id) => {
      if (isConnector(id)) return true;
      const key = idString(id);
      if (used.has(key)) return false;
      used.add(key);
      return true;
    }),
  );
}

/** Alloy's label for a component in a group: `default`, or `<group>_<name>` with `default` for empty parts. */
export function componentLabel(groupName: string, componentName: string, prefix = ""): string {
  let label = prefix === "" ? "" : prefix + "_";
  if (groupName === "" && componentName === "") label += "default";
  else label += `${groupName || "default"}_${componentName || "default"}`;
  return sanitizeIdentifier(label);
}

/** A pipeline's receivers and processors by id text, made once: a big config asks for each of its components. */
interface PipelineIndex {
  receivers: Set<string>;
  processors: Map<string, number>;
}
const indexes = new WeakMap<PipelineConfig, PipelineIndex>();

function indexOf(pipeline: PipelineConfig): PipelineIndex {
  let index = indexes.get(pipeline);
  if (!index) {
    const processors = new Map<string, number>();
    // The first place a processor is listed at, as a search from the start finds it.
    pipeline.processors.forEach((id, i) => processors.has(idString(id)) || processors.set(idString(id), i));
    index = { receivers: new Set(pipeline.receivers.map(idString)), processors };
    indexes.set(pipeline, index);
  }
  return index;
}

/** The component (and its kind) that `from` sends a signal to within one pipeline. */
export function nextInPipeline(pipeline: PipelineConfig, from: ComponentId, kind: Kind): { id: ComponentId; kind: Kind }[] {
  const key = idString(from);
  const index = indexOf(pipeline);
  const toExporters = () => pipeline.exporters.map((id) => ({ id, kind: "exporter" as Kind }));
  switch (kind) {
    case "receiver":
    case "connector":
      if (!index.receivers.has(key)) return [];
      return pipeline.processors.length > 0 ? [{ id: pipeline.processors[0], kind: "processor" }] : toExporters();
    case "processor": {
      const at = index.processors.get(key);
      if (at === undefined) return [];
      return at + 1 < pipeline.processors.length ? [{ id: pipeline.processors[at + 1], kind: "processor" }] : toExporters();
    }
    default:
      return [];
  }
}
