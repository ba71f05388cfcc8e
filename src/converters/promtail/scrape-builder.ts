// One Promtail scrape config → its Alloy components. Shared components of a job
// (loki.process, discovery.relabel, loki.relabel) are created the first time a source
// needs them, so they appear in the file in the order Alloy's converter first asks for
// them: that order is part of the expected output.

import { discoveryRelabel } from "../../components/discovery/relabel.js";
import { labelForParts, labelWithIndex } from "../../components/labels.js";
import { lokiProcess } from "../../components/loki/process.js";
import { lokiRelabel } from "../../components/loki/relabel.js";
import { lokiSourceFile } from "../../components/loki/source/file.js";
import { encodeComponent, type ComponentSchema } from "../../components/schema.js";
import { Duration, Raw, type Values } from "../../components/values.js";
import type { Block, Expr } from "../../emit/ast.js";
import { array, call, traversal } from "../../emit/build.js";
import type { Diagnostics } from "../../diagnostics.js";
import { relabelRuleValues } from "../shared/relabel.js";
import { pipelineStagesToValues } from "./stages/index.js";
import type { ScrapeConfigSource } from "./source.js";

/** What every job of a file shares. */
export interface GlobalContext {
  /** `loki.write.<label>.receiver` of each client. */
  writeReceivers: string[];
  targetSyncPeriod: Duration;
  labelPrefix: string;
  /** Stages from limits_config that open every loki.process. */
  limitStages: Values[];
  positionsFile: string;
  watch: { min_poll_frequency?: Duration; max_poll_frequency?: Duration };
}

export const NULL: Expr = { kind: "null" };

export function receiverList(receivers: string[]): Raw {
  return new Raw(array(receivers.map(traversal)));
}

export class ScrapeBuilder {
  readonly label: string;
  /** Expressions of the target lists feeding loki.source.file. */
  readonly targetExprs: Expr[] = [];
  private processReceivers?: string[];
  private relabeled?: { targets: Expr; rules: Expr };
  private lokiRelabelReceiver?: string;

  constructor(
    readonly job: ScrapeConfigSource & { job_name: string },
    readonly ctx: GlobalContext,
    readonly out: Block[],
    readonly diags: Diagnostics,
  ) {
    this.label = labelForParts(ctx.labelPrefix, job.job_name);
  }

  append(schema: ComponentSchema, label: string, values: Values): void {
    this.out.push(encodeComponent(schema, label, values));
  }

  /** Where logs go before writing: the job's loki.process, or straight to the writers. */
  processStageReceivers(): string[] {
    if (this.processReceivers) return this.processReceivers;
    const stages = this.job.pipeline_stages ?? [];
    if (stages.length === 0 && this.ctx.limitStages.length === 0) {
      this.processReceivers = this.ctx.writeReceivers;
      return this.processReceivers;
    }
    const converted = pipelineStagesToValues(
      stages.map((s) => s.value),
      this.diags,
      { stageLocations: stages.map((s) => s.location) },
    );
    this.append(lokiProcess, this.label, {
      forward_to: receiverList(this.ctx.writeReceivers),
      stage: [...this.ctx.limitStages, ...converted],
    });
    this.processReceivers = [`loki.process.${this.label}.receiver`];
    return this.processReceivers;
  }

  /** All discovered targets as one expression: `[]`, the single list, or `array.concat(…)`. */
  private allTargets(): Expr {
    if (this.targetExprs.length === 0) return array([]);
    if (this.targetExprs.length === 1) return this.targetExprs[0];
    return call("array.concat", this.targetExprs, true);
  }

  private discoveryRelabel(): { targets: Expr; rules: Expr } {
    if (this.relabeled) return this.relabeled;
    const rules = this.job.relabel_configs ?? [];
    if (rules.length === 0) {
      this.relabeled = { targets: this.allTargets(), rules: NULL };
      return this.relabeled;
    }
    this.append(discoveryRelabel, this.label, {
      targets: new Raw(this.allTargets()),
      rule: rules.map(relabelRuleValues),
    });
    const name = `discovery.relabel.${this.label}`;
    this.relabeled = { targets: traversal(`${name}.output`), rules: traversal(`${name}.rules`) };
    return this.relabeled;
  }

  relabeledTargets(): Raw {
    return new Raw(this.discoveryRelabel().targets);
  }

  /** `null`, or the rules of the job's discovery.relabel. */
  relabelRules(): Raw {
    return new Raw(this.discoveryRelabel().rules);
  }

  /** For sources without relabel rules of their own: a loki.relabel in front of processing. */
  lokiRelabelForward(): Raw {
    const rules = this.job.relabel_configs ?? [];
    if (rules.length === 0) return receiverList(this.processStageReceivers());
    if (!this.lokiRelabelReceiver) {
      this.append(lokiRelabel, this.label, {
        forward_to: receiverList(this.processStageReceivers()),
        rule: rules.map(relabelRuleValues),
      });
      this.lokiRelabelReceiver = `loki.relabel.${this.label}.receiver`;
    }
    return receiverList([this.lokiRelabelReceiver]);
  }

  componentLabel(index = 0): string {
    return labelWithIndex(index, this.ctx.labelPrefix, this.job.job_name);
  }

  /** loki.source.file over every discovered target, when there are any. */
  appendSourceFile(): void {
    if (this.targetExprs.length === 0) return;
    const forwardTo = receiverList(this.processStageReceivers());
    const decompression = this.job.decompression;
    this.append(lokiSourceFile, this.label, {
      targets: this.relabeledTargets(),
      forward_to: forwardTo,
      encoding: this.job.encoding,
      decompression: decompression && {
        enabled: decompression.enabled ?? false,
        initial_delay: decompression.initial_delay,
        format: decompression.format ?? "",
      },
      file_watch: { ...this.ctx.watch },
      file_match: { enabled: true, sync_period: this.ctx.targetSyncPeriod },
      legacy_positions_file: this.ctx.positionsFile,
      on_positions_file_error: "restart_from_beginning",
    });
  }
}
