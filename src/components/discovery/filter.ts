// The `filter` block several discovery components share: a name and its values, both required.

import { requiredArg, type Schema } from "../schema.js";

export const nameValuesFilterFields: Schema = [requiredArg("name", "string"), requiredArg("values", "list")];
