// Alloy's top-level `logging` block (runtime/logging Options).

import { arg, type ComponentSchema } from "./schema.js";

export const logging: ComponentSchema = {
  name: "logging",
  fields: [arg("level", "string", "info"), arg("format", "string", "logfmt"), arg("write_to", "list")],
};
