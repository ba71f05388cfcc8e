// discovery.http (grafana/alloy internal/component/discovery/http). Its Arguments set their
// defaults in UnmarshalAlloy rather than SetToDefault, so the encoder compares against Go's
// zero values: follow_redirects, enable_http2 and refresh_interval are written when set.

import { httpClientFields } from "../common/http-client.js";
import { arg, requiredArg, type ComponentSchema, type Field } from "../schema.js";

const ZERO_DEFAULT_HTTP_CLIENT: Field[] = httpClientFields.map((f) => (f.kind === "arg" ? arg(f.name, f.type) : f));

export const discoveryHttp: ComponentSchema = {
  name: "discovery.http",
  fields: [...ZERO_DEFAULT_HTTP_CLIENT, arg("refresh_interval", "duration"), requiredArg("url", "string")],
};
