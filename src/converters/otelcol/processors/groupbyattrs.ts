// processors: groupbyattrs → otelcol.processor.groupbyattrs

import { encodeBuilderComponent } from "../../../components/builder.js";
import { groupByAttrsProcessor } from "../../../components/otelcol/processor/groupbyattrs.js";
import { Raw } from "../../../components/values.js";
import { array } from "../../../emit/build.js";
import { list, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const config = struct("groupbyattrsprocessor.Config", {
  groupByKeys: { key: "keys", shape: list(str) },
});

export const groupByAttrsProcessorConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "processor",
  type: "groupbyattrs",
  config,
  defaultConfig: () => ({ groupByKeys: undefined }),
  inputName: "otelcol.processor.groupbyattrs",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(groupByAttrsProcessor, state.label(), {
        // A nil list differs from Alloy's empty default and is printed as `[]`.
        keys: cfg.groupByKeys ?? new Raw(array([])),
        output: consumerOutput(state),
      }),
    );
  },
};
