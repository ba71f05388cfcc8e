// What the parts of the static conversion after metrics and logs share (Alloy's
// ConfigBuilder and GlobalContext): the loaded config, the components written so far, and
// the receiver of the integrations' remote_write once the first integration created it.

import type { Block } from "../../../emit/ast.js";
import type { Diagnostics } from "../../../diagnostics.js";
import type { LoadedStatic } from "../load.js";

export const INTEGRATIONS_LABEL_PREFIX = "integrations";

export class ConfigBuilder {
  readonly out: Block[] = [];
  /** prometheus.remote_write.integrations.receiver, once a v1 integration has created it. */
  integrationsRemoteWrite?: string;

  constructor(
    readonly loaded: LoadedStatic,
    readonly diags: Diagnostics,
  ) {}

  append(block: Block): void {
    this.out.push(block);
  }
}
