// Service discovery group A: each SD's discovery block, converted from the conformance
// inputs one `<name>_sd_configs` entry at a time, must equal the block Alloy prints; each
// source schema applies Prometheus's defaults and refuses what Prometheus refuses, with
// its text.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { azure } from "../src/converters/prometheus/discovery/azure.js";
import { consul } from "../src/converters/prometheus/discovery/consul.js";
import { digitalocean } from "../src/converters/prometheus/discovery/digitalocean.js";
import { dns } from "../src/converters/prometheus/discovery/dns.js";
import { docker } from "../src/converters/prometheus/discovery/docker.js";
import { dockerswarm } from "../src/converters/prometheus/discovery/dockerswarm.js";
import { ec2 } from "../src/converters/prometheus/discovery/ec2.js";
import { file } from "../src/converters/prometheus/discovery/file.js";
import { gce } from "../src/converters/prometheus/discovery/gce.js";
import { http } from "../src/converters/prometheus/discovery/http.js";
import { urlSchemeAndHost } from "../src/converters/shared/url.js";
import { ionos } from "../src/converters/prometheus/discovery/ionos.js";
import type { DiscoveryConverter } from "../src/converters/prometheus/discovery/registry.js";
import { Diagnostics } from "../src/diagnostics.js";
import { loadYaml } from "../src/converters/yaml/load.js";
import { CORPUS, corpusAvailable } from "./support/conformance.js";
import { blocksNamed, convertEntry, entriesOf, errorOf, textOf } from "./support/discovery.js";

const CASES: [string, DiscoveryConverter][] = [
  ["prometheus/testdata/azure", azure],
  ["prometheus/testdata/discovery", azure],
  ["prometheus/testdata/dns", dns],
  ["prometheus/testdata/docker", docker],
  ["prometheus/testdata/dockerswarm", dockerswarm],
  ["prometheus/testdata/ec2", ec2],
  ["prometheus/testdata/file", file],
  ["prometheus/testdata/gce", gce],
  ["prometheus/testdata/http", http],
  ["prometheus/testdata/ionos", ionos],
  ["promtail/testdata/azure", azure],
  ["promtail/testdata/consul", consul],
  ["promtail/testdata/digitalocean", digitalocean],
  ["promtail/testdata/docker", docker],
  ["promtail/testdata/dockerswarm", dockerswarm],
  ["promtail/testdata/ec2", ec2],
  ["promtail/testdata/file", file],
  ["promtail/testdata/gce", gce],
];

describe.skipIf(!corpusAvailable())("discovery blocks of the conformance cases", () => {
  for (const [id, conv] of CASES) {
    it(`${id}: ${conv.key}`, () => {
      const base = join(CORPUS, id);
      const expected = blocksNamed(readFileSync(base + ".alloy", "utf8"), conv.component.name);
      const actual = entriesOf(base + ".yaml", conv.key).map(({ label, yaml }) => {
        const out = convertEntry(conv, yaml, label);
        expect(out.error).toBeUndefined();
        expect(out.diags).toEqual([]);
        return out.text;
      });
      expect(actual).toEqual(expected);
    });
  }
});

describe("azure_sd_configs", () => {
  it("requires a subscription and, for OAuth, its credentials", () => {
    expect(errorOf(azure, "tenant_id: t")).toBe("azure SD configuration requires a subscription_id");
    expect(errorOf(azure, "subscription_id: s")).toBe("azure SD configuration requires a tenant_id");
    expect(errorOf(azure, "subscription_id: s\ntenant_id: t\nclient_id: c")).toBe("azure SD configuration requires a client_secret");
  });
  it("names the supported authentication methods", () => {
    expect(errorOf(azure, "subscription_id: s\nauthentication_method: x")).toBe(
      'unknown authentication_type "x". Supported types are "OAuth", "ManagedIdentity", "SDK" or "WorkloadIdentity"',
    );
  });
  it("writes non-default environment, port, interval and TLS, and reports max_version", () => {
    const out = convertEntry(
      azure,
      "subscription_id: s\nauthentication_method: SDK\nenvironment: AzureChinaCloud\nport: 9100\nrefresh_interval: 1m\ntls_config:\n  server_name: n\n  max_version: TLS13\n",
    );
    expect(out.text).toBe(
      'discovery.azure "x" {\n\tenvironment     = "AzureChinaCloud"\n\tport            = 9100\n\tsubscription_id = "s"\n\n\tsdk_auth { }\n\trefresh_interval = "1m0s"\n\n\ttls_config {\n\t\tserver_name = "n"\n\t}\n}\n',
    );
    expect(out.diags).toEqual(["(Error) The converter does not support converting the provided HTTP Client max_version config."]);
  });
  it("writes the proxy URL after the authentication block", () => {
    expect(textOf(azure, "subscription_id: s\ntenant_id: t\nclient_id: c\nclient_secret: x\nproxy_url: proxy")).toBe(
      'discovery.azure "x" {\n\tsubscription_id = "s"\n\n\toauth {\n\t\tclient_id     = "c"\n\t\ttenant_id     = "t"\n\t\tclient_secret = "x"\n\t}\n\tproxy_url = "proxy"\n}\n',
    );
  });
  it("reports unknown fields against azure.plain", () => {
    expect(errorOf(azure, "subscription_id: s\nnope: 1")).toBe("yaml: unmarshal errors:\n  line 2: field nope not found in type azure.plain");
  });
});

describe("consul_sd_configs", () => {
  it("needs a server and refuses doubled credentials", () => {
    expect(errorOf(consul, "server: ' '")).toBe("consul SD configuration requires a server address");
    expect(errorOf(consul, "username: u\nbasic_auth:\n  username: v")).toBe(
      "at most one of consul SD configuration username and password and basic auth can be configured",
    );
    expect(errorOf(consul, "token: t\nauthorization:\n  credentials: c")).toBe("at most one of consul SD token, authorization, or oauth2 can be configured");
  });
  it("leaves Prometheus's defaults out", () => {
    expect(textOf(consul, "{}")).toBe('discovery.consul "x" { }\n');
  });
});

describe("digitalocean_sd_configs", () => {
  it("reports the HTTP client parts discovery.digitalocean lacks", () => {
    const out = convertEntry(digitalocean, "basic_auth:\n  username: u\ntls_config:\n  ca_file: f\n");
    expect(out.diags).toEqual([
      "(Error) The converter does not support converting the provided digitalocean_sd_configs basic_auth config.",
      "(Error) The converter does not support converting the provided digitalocean_sd_configs tls_config config.",
    ]);
    expect(out.text).toBe('discovery.digitalocean "x" { }\n');
  });
  it("locates the unsupported option in the YAML", () => {
    const loaded = loadYaml("port: 1\noauth2:\n  client_id: c\n  client_secret: s\n  token_url: u\n", digitalocean.source);
    const diags = new Diagnostics();
    digitalocean.toValues(loaded.value!, diags);
    expect(diags.list.map((d) => d.location)).toEqual([{ line: 2, column: 1 }]);
  });
  it("accepts a TLS config that sets nothing", () => {
    expect(convertEntry(digitalocean, "tls_config:\n  insecure_skip_verify: false\n").diags).toEqual([]);
  });
  it("sees a bearer token as authorization, as Prometheus's validation rewrites it", () => {
    expect(convertEntry(digitalocean, "bearer_token: t").diags).toEqual([
      "(Error) The converter does not support converting the provided digitalocean_sd_configs authorization config.",
    ]);
  });
});

describe("dns_sd_configs", () => {
  it("refuses missing names, unknown types and portless records without a port", () => {
    expect(errorOf(dns, "type: A")).toBe("DNS-SD config must contain at least one SRV record name");
    expect(errorOf(dns, "names: [a]\ntype: TXT")).toBe("invalid DNS-SD records type TXT");
    expect(errorOf(dns, "names: [a]\ntype: mx")).toBe("a port is required in DNS-SD configs for all record types except SRV");
  });
  it("writes the interval as a Go duration", () => {
    expect(textOf(dns, "names: [a]\nrefresh_interval: 90s")).toBe('discovery.dns "x" {\n\tnames            = ["a"]\n\trefresh_interval = "1m30s"\n}\n');
  });
  it("stops on a bad duration with Prometheus's text", () => {
    expect(errorOf(dns, "names: [a]\nrefresh_interval: 5")).toBe('not a valid duration string: "5"');
  });
});

describe("docker_sd_configs and dockerswarm_sd_configs", () => {
  it("require a host", () => {
    expect(errorOf(docker, "port: 1")).toBe("host missing");
    expect(errorOf(dockerswarm, "role: nodes")).toBe("host missing");
  });
  it("require a known swarm role", () => {
    expect(errorOf(dockerswarm, "host: h")).toBe("role missing (one of: tasks, services, nodes)");
    expect(errorOf(dockerswarm, "host: h\nrole: pods")).toBe("invalid role pods, expected tasks, services, or nodes");
  });
  it("write non-default docker networking options", () => {
    expect(textOf(docker, "host: h\nhost_networking_host: n\nmatch_first_network: false")).toBe(
      'discovery.docker "x" {\n\thost                 = "h"\n\thost_networking_host = "n"\n\tmatch_first_network  = false\n}\n',
    );
  });
  it("type-check filters against moby.Filter", () => {
    expect(errorOf(docker, "host: h\nfilters:\n  - nome: x")).toBe("yaml: unmarshal errors:\n  line 3: field nome not found in type moby.Filter");
  });
});

describe("ec2_sd_configs", () => {
  it("needs a region and filter values", () => {
    expect(errorOf(ec2, "port: 1")).toBe("EC2 SD configuration requires a region");
    expect(errorOf(ec2, "region: r\nfilters:\n  - name: a")).toBe("EC2 SD configuration filter values cannot be empty");
  });
  it("writes filters as blocks", () => {
    expect(textOf(ec2, "region: r\nfilters:\n  - name: a\n    values: [b]")).toBe(
      'discovery.ec2 "x" {\n\tregion = "r"\n\n\tfilter {\n\t\tname   = "a"\n\t\tvalues = ["b"]\n\t}\n}\n',
    );
  });
});

describe("file_sd_configs", () => {
  it("needs JSON or YAML paths", () => {
    expect(errorOf(file, "refresh_interval: 1m")).toBe("file service discovery config must contain at least one path name");
    expect(errorOf(file, "files: [a.txt]")).toBe('path name "a.txt" is not valid for file discovery');
    expect(errorOf(file, "files: ['*/a.json']")).toBe('path name "*/a.json" is not valid for file discovery');
  });
});

describe("gce_sd_configs", () => {
  it("needs a project and a zone", () => {
    expect(errorOf(gce, "zone: z")).toBe("GCE SD configuration requires a project");
    expect(errorOf(gce, "project: p")).toBe("GCE SD configuration requires a zone");
  });
});

describe("http_sd_configs", () => {
  it("needs an http(s) URL with a host", () => {
    expect(errorOf(http, "refresh_interval: 1m")).toBe("URL is missing");
    expect(errorOf(http, "url: ftp://h/x")).toBe("URL scheme must be 'http' or 'https'");
    expect(errorOf(http, "url: 'http:///x'")).toBe("host is missing in URL");
  });
  it("writes Prometheus's defaults, as discovery.http compares against zero values", () => {
    expect(textOf(http, "url: https://user:pw@h/sd")).toBe(
      'discovery.http "x" {\n\tfollow_redirects = true\n\tenable_http2     = true\n\trefresh_interval = "1m0s"\n\turl              = "https://user:xxxxx@h/sd"\n}\n',
    );
  });
  it("splits scheme and host the way Go's url.Parse does", () => {
    expect(urlSchemeAndHost("HTTP://u@h:1/p?q#f")).toEqual({ scheme: "http", host: "h:1" });
    expect(urlSchemeAndHost("h/p")).toEqual({ scheme: "", host: "" });
  });
});

describe("ionos_sd_configs", () => {
  it("needs a datacenter id", () => {
    expect(errorOf(ionos, "port: 1")).toBe("datacenter id can't be empty");
  });
});
