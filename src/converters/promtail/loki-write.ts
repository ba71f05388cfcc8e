// Promtail clients → one loki.write component each ("default", "default_2", …).

import { lokiWrite } from "../../components/loki/write.js";
import { labelWithIndex } from "../../components/labels.js";
import { encodeComponent } from "../../components/schema.js";
import type { Values } from "../../components/values.js";
import type { Block } from "../../emit/ast.js";
import type { Diagnostics } from "../../diagnostics.js";
import { httpClientValues } from "../shared/http-client.js";
import { formatBase2Bytes } from "../shared/bytes.js";
import type { ClientSource } from "./source.js";

export interface LokiWrite {
  block: Block;
  /** The expression other components forward logs to. */
  receiver: string;
}

function endpointValues(client: ClientSource, diags: Diagnostics): Values {
  return {
    name: client.name,
    url: client.url ?? "",
    batch_wait: client.batchwait,
    batch_size: formatBase2Bytes(client.batchsize ?? 0),
    remote_timeout: client.timeout,
    headers: client.headers,
    min_backoff_period: client.backoff_config?.min_period,
    max_backoff_period: client.backoff_config?.max_period,
    max_backoff_retries: client.backoff_config?.max_retries,
    tenant_id: client.tenant_id,
    retry_on_http_429: !client.drop_rate_limited_batches,
    ...httpClientValues(client, diags),
  };
}

export function lokiWriteFor(client: ClientSource, index: number, labelPrefix: string, maxStreams: number, diags: Diagnostics): LokiWrite {
  const label = labelWithIndex(index, labelPrefix || "default");
  const values: Values = {
    endpoint: [endpointValues(client, diags)],
    external_labels: client.external_labels ?? {},
    max_streams: maxStreams,
  };
  return { block: encodeComponent(lokiWrite, label, values), receiver: `loki.write.${label}.receiver` };
}
