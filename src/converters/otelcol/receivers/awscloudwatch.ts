// receivers: awscloudwatch → otelcol.receiver.awscloudwatch

import { encodeBuilderComponent } from "../../../components/builder.js";
import { awsCloudWatchReceiver } from "../../../components/otelcol/receiver/awscloudwatch.js";
import { Duration, type Values } from "../../../components/values.js";
import { anyValue, bool, duration, int, list, map, pointer, str, struct, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";

const streamConfig = struct("awscloudwatchreceiver.StreamConfig", {
  prefixes: { key: "prefixes", shape: list(str) },
  names: { key: "names", shape: list(str) },
});
type StreamConfig = Infer<typeof streamConfig>;

const autodiscoverConfig = struct("awscloudwatchreceiver.AutodiscoverConfig", {
  prefix: { key: "prefix", shape: str },
  pattern: { key: "pattern", shape: str },
  limit: { key: "limit", shape: int },
  streams: { key: "streams", shape: streamConfig },
  accountIdentifiers: { key: "account_identifiers", shape: list(str) },
  includeLinkedAccounts: { key: "include_linked_accounts", shape: pointer(bool) },
});

const groupFields = struct("awscloudwatchreceiver.GroupConfig", {
  autodiscover: { key: "autodiscover", shape: pointer(autodiscoverConfig) },
  named: { key: "named", shape: map(streamConfig) },
});
type GroupConfig = Infer<typeof groupFields>;

// The receiver's Unmarshal drops the default autodiscovery when named groups are given
// without an autodiscover section.
const groupConfig: Shape<GroupConfig> = {
  ...groupFields,
  decode(name, data, ctx, current) {
    const out = groupFields.decode(name, data, ctx, current);
    if (isConfMap(data) && "named" in data && !("autodiscover" in data)) return { ...out, autodiscover: undefined };
    return out;
  },
};

const config = struct("awscloudwatchreceiver.Config", {
  region: { key: "region", shape: str },
  profile: { key: "profile", shape: str },
  imdsEndpoint: { key: "imds_endpoint", shape: str },
  logs: {
    key: "logs",
    shape: struct("awscloudwatchreceiver.LogsConfig", {
      startFrom: { key: "start_from", shape: str },
      initialLookback: { key: "initial_lookback", shape: duration },
      pollInterval: { key: "poll_interval", shape: duration },
      maxEventsPerRequest: { key: "max_events_per_request", shape: int },
      groups: { key: "groups", shape: groupConfig },
    }),
  },
  // Metrics collection has no Alloy v1.19 counterpart; it is decoded and left out.
  metrics: { key: "metrics", shape: anyValue },
  storage: { key: "storage", shape: pointer(str) },
});
type Config = Infer<typeof config>;

function streamValues(cfg: StreamConfig): Values {
  return { prefixes: cfg.prefixes, names: cfg.names };
}

function groupValues(cfg: GroupConfig): Values {
  const ad = cfg.autodiscover;
  // Named groups come from a map; sorted so the output does not depend on map order.
  const named = Object.keys(cfg.named ?? {})
    .sort()
    .map((group) => ({ group_name: group, ...streamValues(cfg.named![group]) }));
  return {
    autodiscover: ad && {
      prefix: ad.prefix,
      pattern: ad.pattern,
      limit: ad.limit,
      streams: streamValues(ad.streams),
      account_identifiers: ad.accountIdentifiers,
      include_linked_accounts: ad.includeLinkedAccounts,
    },
    named: named.length > 0 ? named : undefined,
  };
}

export const awsCloudWatchReceiverConverter: OtelcolComponent<Config> = {
  kind: "receiver",
  type: "awscloudwatch",
  config,
  defaultConfig: () => ({
    region: "",
    profile: "",
    imdsEndpoint: "",
    logs: {
      startFrom: "",
      initialLookback: 0,
      pollInterval: 60_000,
      maxEventsPerRequest: 1000,
      groups: { autodiscover: { ...autodiscoverConfig.zero(), limit: 50 }, named: undefined },
    },
    metrics: null,
    storage: undefined,
  }),
  inputName: "",
  convert(cfg, state) {
    const logs = cfg.logs;
    const values = {
      region: cfg.region,
      profile: cfg.profile,
      imds_endpoint: cfg.imdsEndpoint,
      logs: {
        poll_interval: new Duration(logs.pollInterval),
        max_events_per_request: logs.maxEventsPerRequest,
        groups: groupValues(logs.groups),
        start_from: logs.startFrom,
        initial_lookback: new Duration(logs.initialLookback),
      },
      output: consumerOutput(state, ["logs"]),
    };
    state.append(encodeBuilderComponent(awsCloudWatchReceiver, state.label(), values));
  },
};
