// ovhcloud_sd_configs (prometheus/prometheus discovery/ovhcloud SDConfig) →
// discovery.ovhcloud, as grafana/alloy's prometheusconvert maps it.

import { discoveryOvhcloud } from "../../../components/discovery/ovhcloud.js";
import { goDurationOf, modelDuration } from "../../shared/duration.js";
import { secret } from "../../shared/http-client.js";
import { DecodeFailure, string, struct, type Infer } from "../../yaml/types.js";
import type { DiscoveryConverter } from "./registry.js";

const ovhcloudSource = struct(
  "ovhcloud.plain",
  {
    endpoint: string,
    application_key: string,
    application_secret: secret,
    consumer_key: secret,
    refresh_interval: modelDuration,
    service: string,
  },
  {
    defaults: () => ({ endpoint: "ovh-eu", refresh_interval: 60_000 }),
    validate(c, _ctx, line) {
      const fail = DecodeFailure.thrower(line);
      if (!c.endpoint) fail("endpoint can not be empty");
      if (!c.application_key) fail("application key can not be empty");
      if (!c.application_secret) fail("application secret can not be empty");
      if (!c.consumer_key) fail("consumer key can not be empty");
      if (c.service !== "dedicated_server" && c.service !== "vps") fail(`unknown service: ${c.service ?? ""}`);
    },
  },
);

export const ovhcloud: DiscoveryConverter<Infer<typeof ovhcloudSource>> = {
  key: "ovhcloud_sd_configs",
  source: ovhcloudSource,
  component: discoveryOvhcloud,
  toValues: (sd) => ({
    endpoint: sd.endpoint,
    application_key: sd.application_key ?? "",
    application_secret: sd.application_secret ?? "",
    consumer_key: sd.consumer_key ?? "",
    refresh_interval: goDurationOf(sd.refresh_interval),
    service: sd.service ?? "",
  }),
};
