// A `static_configs` entry (prometheus discovery/targetgroup.Group), as Prometheus and
// Promtail both read it. Its UnmarshalYAML decodes into an anonymous struct, which is the
// type strict-decoding errors name.

import { list, map, string, struct, type Infer } from "../yaml/types.js";

export const targetGroupSource = struct('struct { Targets []string "yaml:\\"targets\\""; Labels model.LabelSet "yaml:\\"labels\\"" }', {
  targets: list(string),
  labels: map(string, "model.LabelSet"),
});

export type TargetGroup = Infer<typeof targetGroupSource>;
