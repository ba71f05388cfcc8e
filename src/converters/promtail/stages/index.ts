// A Promtail `pipeline_stages` list → the ordered `stage.<name>` blocks of a loki.process,
// with the diagnostics Alloy's converter gives for stages it cannot convert.

import { lokiProcess } from "../../../components/loki/process.js";
import { encodeComponent } from "../../../components/schema.js";
import type { Value, Values } from "../../../components/values.js";
import type { Diagnostics, SourceLocation } from "../../../diagnostics.js";
import type { Block } from "../../../emit/ast.js";
import { convertCri } from "./cri.js";
import { convertDecolorize } from "./decolorize.js";
import { convertDocker } from "./docker.js";
import { convertDrop } from "./drop.js";
import { convertEventLogMessage } from "./eventlogmessage.js";
import { convertGeoIP } from "./geoip.js";
import { goKindOf, goString, goValue } from "../../shared/go-format.js";
import { convertJson } from "./json.js";
import { convertLabelAllow } from "./label-allow.js";
import { convertLabelDrop } from "./label-drop.js";
import { convertLabels } from "./labels.js";
import { convertLimit } from "./limit.js";
import { convertLogfmt } from "./logfmt.js";
import { convertMatch } from "./match.js";
import { convertMetrics } from "./metrics.js";
import { convertMultiline } from "./multiline.js";
import { convertOutput } from "./output.js";
import { convertPack } from "./pack.js";
import { convertRegex } from "./regex.js";
import { convertReplace } from "./replace.js";
import { convertSampling } from "./sampling.js";
import type { StageContext, StageConverter } from "./stage.js";
import { convertStaticLabels } from "./static-labels.js";
import { convertStructuredMetadata } from "./structured-metadata.js";
import { convertTemplate } from "./template.js";
import { convertTenant } from "./tenant.js";
import { convertTimestamp } from "./timestamp.js";

/** The Promtail stages Alloy's converter handles, by their Promtail name. */
const STAGE_CONVERTERS: Readonly<Record<string, StageConverter>> = {
  json: convertJson,
  logfmt: convertLogfmt,
  regex: convertRegex,
  replace: convertReplace,
  metrics: convertMetrics,
  labels: convertLabels,
  labeldrop: convertLabelDrop,
  timestamp: convertTimestamp,
  output: convertOutput,
  docker: convertDocker,
  cri: convertCri,
  match: convertMatch,
  template: convertTemplate,
  tenant: convertTenant,
  drop: convertDrop,
  sampling: convertSampling,
  limit: convertLimit,
  multiline: convertMultiline,
  pack: convertPack,
  labelallow: convertLabelAllow,
  static_labels: convertStaticLabels,
  decolorize: convertDecolorize,
  eventlogmessage: convertEventLogMessage,
  geoip: convertGeoIP,
  structured_metadata: convertStructuredMetadata,
};

/** One pipeline stage (a one-key YAML map) → one loki.process `stage` element, or undefined. */
function convertStage(stage: unknown, diags: Diagnostics, location: SourceLocation | undefined): Values | undefined {
  if (goKindOf(stage) !== "map") {
    diags.critical(
      "invalid input YAML config, make sure each stage of your pipeline is a YAML object (must end with a `:`), " +
        `check stage \`- ${goString(stage)}\``,
      location,
    );
    return undefined;
  }
  const entries = Object.entries(stage as Record<string, unknown>);
  if (entries.length !== 1) {
    diags.critical(`each pipeline stage must contain exactly one key, got: ${goValue(stage)}`, location);
    return undefined;
  }
  const [name, config] = entries[0];
  const convert = Object.hasOwn(STAGE_CONVERTERS, name) ? STAGE_CONVERTERS[name] : undefined;
  if (!convert) {
    diags.error(`The converter does not support converting the provided pipeline stage: ${goValue(stage)}`, location);
    return undefined;
  }
  const ctx: StageContext = { diags, location, convertNested: (nested) => convertStage(nested, diags, location) };
  return convert(config, ctx);
}

export interface PipelineOptions {
  /** Where each pipeline stage stands in the YAML, to locate its diagnostics. */
  stageLocations?: readonly (SourceLocation | undefined)[];
}

/**
 * The `stage` elements of a loki.process for a Promtail pipeline, in pipeline order.
 * Stages that cannot be converted are left out after their diagnostic.
 */
export function pipelineStagesToValues(stages: readonly unknown[], diags: Diagnostics, options: PipelineOptions = {}): Values[] {
  const out: Values[] = [];
  stages.forEach((stage, i) => {
    const converted = convertStage(stage, diags, options.stageLocations?.[i]);
    if (converted) out.push(converted);
  });
  return out;
}

/** The loki.process component: `forward_to` (a list of receiver references) then the stages. */
export function lokiProcessBlock(label: string, forwardTo: Value, stages: Values[]): Block {
  return encodeComponent(lokiProcess, label, { forward_to: forwardTo, stage: stages });
}
