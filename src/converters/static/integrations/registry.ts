// Every exporter integration the static converter knows, v1 and v2 alike.

import type { ExporterIntegration } from "./exporter.js";

export const EXPORTER_INTEGRATIONS: ExporterIntegration[] = [];
