// A `static_configs` entry (prometheus discovery/targetgroup.Group), as Prometheus and
// Promtail both read it. Its UnmarshalYAML decodes into an anonymous struct, which is the
// type strict-decoding errors name.

import { list, string, struct, type Infer } from "../yaml/types.js";
import { labelSet } from "./label-names.js";

export const targetGroupSource = struct('struct { Targets []string "yaml:\\"targets\\""; Labels model.LabelSet "yaml:\\"labels\\"" }', {
  targets: list(string),
  labels: labelSet,
});

export type TargetGroup = Infer<typeof targetGroupSource>;
