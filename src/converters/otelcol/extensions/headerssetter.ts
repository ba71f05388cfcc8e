// extensions: headers_setter → otelcol.auth.headers

import { encodeBuilderComponent } from "../../../components/builder.js";
import { headersAuth } from "../../../components/otelcol/auth/headers.js";
import { list, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";

const optionalString = pointer(str);

const headerConfig = struct("headerssetterextension.HeaderConfig", {
  action: { key: "action", shape: str },
  key: { key: "key", shape: optionalString },
  value: { key: "value", shape: optionalString },
  valueFile: { key: "value_file", shape: optionalString },
  fromContext: { key: "from_context", shape: optionalString },
  fromAttribute: { key: "from_attribute", shape: optionalString },
  defaultValue: { key: "default_value", shape: optionalString },
});

const config = struct("headerssetterextension.Config", {
  headers: { key: "headers", shape: list(headerConfig) },
  additionalAuth: { key: "additional_auth", shape: optionalString },
});

export const headersSetterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "extension",
  type: "headers_setter",
  config,
  defaultConfig: () => config.zero(),
  inputName: "otelcol.auth.headers",
  convert(cfg, state) {
    // Each header keeps its source and action as written; Alloy's default action is upsert.
    const header = (cfg.headers ?? []).map((h) => ({
      key: h.key ?? "",
      value: h.value,
      from_context: h.fromContext,
      from_attribute: h.fromAttribute,
      action: h.action,
    }));
    state.append(encodeBuilderComponent(headersAuth, state.label(), { header }));
  },
};
