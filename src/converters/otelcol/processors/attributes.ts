// processors: attributes → otelcol.processor.attributes

import { encodeBuilderComponent } from "../../../components/builder.js";
import { attributesProcessor } from "../../../components/otelcol/processor/attributes.js";
import { struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { actionsConfig, attrActionValues, emptyMatchConfig, matchConfig, matchConfigValues } from "../shared/attraction.js";

const config = struct("attributesprocessor.Config", {
  match: { shape: matchConfig },
  settings: { shape: actionsConfig },
});

export const attributesProcessorConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "processor",
  type: "attributes",
  config,
  defaultConfig: () => ({ match: emptyMatchConfig(), settings: { actions: undefined } }),
  inputName: "otelcol.processor.attributes",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(attributesProcessor, state.label(), {
        ...matchConfigValues(cfg.match, state.diags),
        action: attrActionValues(cfg.settings.actions),
        output: consumerOutput(state),
      }),
    );
  },
};
