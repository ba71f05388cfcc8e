// github_exporter (v1) / github_configs (v2) → prometheus.exporter.github.

import { githubExporter } from "../../../components/prometheus/exporter/github.js";
import { secret } from "../../shared/http-client.js";
import { list, string } from "../../yaml/types.js";
import { exporterIntegration } from "./exporter.js";

export const githubExporterIntegration = exporterIntegration({
  v1Name: "github_exporter",
  v2Name: "github_configs",
  goName: "github_exporter.plain",
  fields: {
    api_url: string,
    repositories: list(string),
    organizations: list(string),
    users: list(string),
    api_token: secret,
    api_token_file: string,
  },
  defaults: () => ({ api_url: "https://api.github.com" }),
  exporter: (cfg) => ({
    component: githubExporter,
    values: {
      api_url: cfg.api_url,
      repositories: cfg.repositories,
      organizations: cfg.organizations,
      users: cfg.users,
      api_token: cfg.api_token,
      api_token_file: cfg.api_token_file,
    },
  }),
});
