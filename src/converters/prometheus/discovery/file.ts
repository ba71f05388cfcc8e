// file_sd_configs (prometheus/prometheus discovery/file SDConfig) → discovery.file.

import { discoveryFile } from "../../../components/discovery/file.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { DecodeFailure, list, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";
import { goQuote } from "../../shared/go-format.js";

/** File SD reads JSON or YAML files, with at most one `*` in the last path element. */
const FILE_SD_NAME = /^[^*]*(\*[^/]*)?\.(json|yml|yaml|JSON|YML|YAML)$/;

const fileSource = struct(
  "file.plain",
  { files: list(string), refresh_interval: modelDuration },
  {
    defaults: () => ({ refresh_interval: 5 * 60_000 }),
    validate(c, _ctx, line) {
      if (!c.files || c.files.length === 0) {
        throw new DecodeFailure("file service discovery config must contain at least one path name", line);
      }
      const invalid = c.files.find((name) => !FILE_SD_NAME.test(name));
      if (invalid !== undefined) throw new DecodeFailure(`path name ${goQuote(invalid)} is not valid for file discovery`, line);
    },
  },
);

export const file: DiscoveryConverter<Infer<typeof fileSource>> = {
  key: "file_sd_configs",
  source: fileSource,
  component: discoveryFile,
  toValues: (sd) => ({ files: sd.files, refresh_interval: goDurationOf(sd.refresh_interval) }),
};
