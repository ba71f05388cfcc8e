// local.file (component/local/file).

import { arg, requiredArg, type ComponentSchema } from "../schema.js";
import { Duration } from "../values.js";

export const localFile: ComponentSchema = {
  name: "local.file",
  fields: [
    requiredArg("filename", "string"),
    arg("detector", "string", "fsnotify"),
    arg("poll_frequency", "duration", new Duration(60_000)),
    arg("is_secret", "bool"),
  ],
};
