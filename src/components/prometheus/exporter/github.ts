// prometheus.exporter.github (component/prometheus/exporter/github Arguments), Go field order
// and SetToDefault.

import { arg, type ComponentSchema } from "../../schema.js";

export const githubExporter: ComponentSchema = {
  name: "prometheus.exporter.github",
  fields: [
    arg("api_url", "string", "https://api.github.com"),
    arg("repositories", "list"),
    arg("organizations", "list"),
    arg("users", "list"),
    /** A secret, written as a plain string. */
    arg("api_token", "string"),
    arg("api_token_file", "string"),
  ],
};
