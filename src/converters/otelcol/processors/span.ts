// processors: span → otelcol.processor.span

import { encodeBuilderComponent } from "../../../components/builder.js";
import { spanProcessor } from "../../../components/otelcol/processor/span.js";
import { bool, list, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { emptyMatchConfig, matchConfig, matchConfigValues } from "../shared/attraction.js";

const config = struct("spanprocessor.Config", {
  match: { shape: matchConfig },
  rename: {
    key: "name",
    shape: struct("spanprocessor.Name", {
      fromAttributes: { key: "from_attributes", shape: list(str) },
      separator: { key: "separator", shape: str },
      toAttributes: {
        key: "to_attributes",
        shape: pointer(
          struct("spanprocessor.ToAttributes", {
            rules: { key: "rules", shape: list(str) },
            breakAfterMatch: { key: "break_after_match", shape: bool },
            keepOriginalName: { key: "keep_original_name", shape: bool },
          }),
        ),
      },
    }),
  },
  setStatus: {
    key: "status",
    shape: pointer(struct("spanprocessor.Status", { code: { key: "code", shape: str }, description: { key: "description", shape: str } })),
  },
});

type Config = Infer<typeof config>;

export const spanProcessorConverter: OtelcolComponent<Config> = {
  kind: "processor",
  type: "span",
  config,
  defaultConfig: () => ({ match: emptyMatchConfig(), rename: { fromAttributes: undefined, separator: "", toAttributes: undefined }, setStatus: undefined }),
  inputName: "otelcol.processor.span",
  convert(cfg, state) {
    const to = cfg.rename.toAttributes;
    state.append(
      encodeBuilderComponent(spanProcessor, state.label(), {
        ...matchConfigValues(cfg.match, state.diags),
        name: {
          from_attributes: cfg.rename.fromAttributes,
          separator: cfg.rename.separator,
          // `rules` is required, so a nil list is still written (as `[]`).
          to_attributes: to && { rules: to.rules ?? [], break_after_match: to.breakAfterMatch, keep_original_name: to.keepOriginalName },
        },
        status: cfg.setStatus && { code: cfg.setStatus.code, description: cfg.setStatus.description },
        output: consumerOutput(state, ["traces"]),
      }),
    );
  },
};
