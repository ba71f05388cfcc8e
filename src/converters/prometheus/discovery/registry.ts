// The contract each service discovery mapping fulfils: how its `<name>_sd_configs` entry is
// read (source schema with Prometheus's defaults and validation) and how it becomes the
// arguments of its `discovery.<name>` component.

import type { ComponentSchema } from "../../../components/schema.js";
import type { Values } from "../../../components/values.js";
import type { Diagnostics } from "../../../diagnostics.js";
import type { SourceType } from "../../yaml/types.js";

export interface DiscoveryConverter<S = any> {
  /** The scrape config key, e.g. `azure_sd_configs`. */
  key: string;
  /** One entry of the list under `key`. */
  source: SourceType<S>;
  /** The Alloy component it becomes, e.g. `discovery.azure`. */
  component: ComponentSchema;
  /** The component's arguments; diagnostics for what Alloy cannot express. */
  toValues(sd: S, diags: Diagnostics): Values;
}
