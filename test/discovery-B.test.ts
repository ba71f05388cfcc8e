// Service discovery group B: each SD's discovery block, converted from the conformance
// inputs one `<name>_sd_configs` entry at a time, must equal the block in the expected
// Alloy output; each source schema applies Prometheus's defaults and refuses what
// Prometheus refuses, with its text.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kubernetes } from "../src/converters/prometheus/discovery/kubernetes.js";
import { kuma } from "../src/converters/prometheus/discovery/kuma.js";
import { lightsail } from "../src/converters/prometheus/discovery/lightsail.js";
import { linode } from "../src/converters/prometheus/discovery/linode.js";
import { marathon } from "../src/converters/prometheus/discovery/marathon.js";
import { nerve } from "../src/converters/prometheus/discovery/nerve.js";
import { openstack } from "../src/converters/prometheus/discovery/openstack.js";
import { ovhcloud } from "../src/converters/prometheus/discovery/ovhcloud.js";
import type { DiscoveryConverter } from "../src/converters/prometheus/discovery/registry.js";
import { scaleway } from "../src/converters/prometheus/discovery/scaleway.js";
import { serverset } from "../src/converters/prometheus/discovery/serverset.js";
import { triton } from "../src/converters/prometheus/discovery/triton.js";
import { parseModelDuration } from "../src/converters/shared/duration.js";
import { CORPUS, corpusAvailable } from "./support/conformance.js";
import { blocksNamed, convertEntry, entriesOf, errorOf } from "./support/discovery.js";

/** Promtail adds selectors for the host's pods itself; the SD mapping does not. */
const withoutSelectors = (block: string) => block.replace(/\n\tselectors \{\n(?:\t\t.*\n)*\t\}\n/g, "\n").replace(/\n\n\}\n$/, "\n}\n");

const CASES: [string, DiscoveryConverter][] = [
  ["prometheus/testdata/kuma", kuma],
  ["prometheus/testdata/lightsail", lightsail],
  ["prometheus/testdata/linode", linode],
  ["prometheus/testdata/marathon", marathon],
  ["prometheus/testdata/ovhcloud", ovhcloud],
  ["prometheus/testdata/scaleway", scaleway],
  ["prometheus/testdata/serverset", serverset],
  ["prometheus/testdata/triton", triton],
  ["promtail/testdata/kubernetes", kubernetes],
  ["promtail/testdata/marathon", marathon],
  ["promtail/testdata/serverset", serverset],
  ["promtail/testdata/triton", triton],
];

describe.skipIf(!corpusAvailable())("discovery blocks of the conformance cases", () => {
  for (const [path, conv] of CASES) {
    it(path, () => {
      const base = join(CORPUS, path);
      expect(existsSync(base + ".alloy")).toBe(true);
      const expected = blocksNamed(readFileSync(base + ".alloy", "utf8"), conv.component.name).map(withoutSelectors);
      const actual = entriesOf(base + ".yaml", conv.key).map((e) => convertEntry(conv, e.yaml, e.label));
      expect(actual.map((a) => a.error ?? a.diags.join("\n"))).toEqual(actual.map(() => ""));
      expect(actual.map((a) => a.text)).toEqual(expected);
    });
  }
});

describe("model.Duration", () => {
  it("parses units from largest to smallest", () => {
    expect(parseModelDuration("1d12h")).toEqual({ ms: 36 * 3_600_000 });
    expect(parseModelDuration("0")).toEqual({ ms: 0 });
    expect(parseModelDuration("")).toEqual({ error: "empty duration string" });
    expect(parseModelDuration("1m1h")).toEqual({ error: 'not a valid duration string: "1m1h"' });
    expect(parseModelDuration("1.5s")).toEqual({ error: 'unknown unit "." in duration "1.5s"' });
    expect(parseModelDuration("5x")).toEqual({ error: 'unknown unit "x" in duration "5x"' });
  });

  it("stops the load with the parse error", () => {
    expect(errorOf(linode, "refresh_interval: 10 minutes")).toBe('unknown unit " minutes" in duration "10 minutes"');
  });
});

describe("kubernetes_sd_configs", () => {
  it("requires a known role", () => {
    expect(errorOf(kubernetes, "api_server: http://a")).toBe("role missing (one of: pod, service, endpoints, endpointslice, node, ingress)");
    expect(errorOf(kubernetes, "role: job")).toBe('unknown Kubernetes SD role "job"');
  });

  it("refuses a custom HTTP client without api_server, or with kubeconfig_file", () => {
    expect(errorOf(kubernetes, "role: pod\nbearer_token: t")).toBe(
      "to use custom HTTP client configuration please provide the 'api_server' URL explicitly",
    );
    expect(errorOf(kubernetes, "role: pod\nkubeconfig_file: k\nfollow_redirects: false")).toBe(
      "cannot use a custom HTTP client configuration together with 'kubeconfig_file'",
    );
    expect(errorOf(kubernetes, "role: pod\nkubeconfig_file: k\napi_server: http://a")).toBe(
      "cannot use 'kubeconfig_file' and 'api_server' simultaneously",
    );
    expect(errorOf(kubernetes, "role: pod\napi_server: http://a\nnamespaces: {own_namespace: true}")).toBe(
      "cannot use 'api_server' and 'namespaces.own_namespace' simultaneously",
    );
  });

  it("checks selector roles", () => {
    // Prometheus v3.13: a pod role takes node selectors too.
    expect(errorOf(kubernetes, "role: pod\nselectors: [{role: service}]")).toBe("pod role supports only pod, node selectors");
    expect(errorOf(kubernetes, "role: endpoints\nselectors: [{role: pod}, {role: pod}]")).toBe("duplicated selector role: pod");
  });

  it("writes namespaces, selectors and attach_metadata blocks", () => {
    const yaml = "role: endpoints\nnamespaces: {names: [a, b]}\nselectors: [{role: pod, label: app=x}]\nattach_metadata: {node: true}";
    expect(convertEntry(kubernetes, yaml).text).toBe(
      'discovery.kubernetes "x" {\n\trole = "endpoints"\n\n\tnamespaces {\n\t\tnames = ["a", "b"]\n\t}\n\n' +
        '\tselectors {\n\t\trole  = "pod"\n\t\tlabel = "app=x"\n\t}\n\n\tattach_metadata {\n\t\tnode = true\n\t}\n}\n',
    );
  });

  it("reports an unsupported TLS max_version", () => {
    expect(convertEntry(kubernetes, "role: pod\napi_server: http://a\ntls_config: {max_version: TLS13}").diags).toEqual([
      "(Error) The converter does not support converting the provided HTTP Client max_version config.",
    ]);
  });
});

describe("kuma_sd_configs", () => {
  it("requires a server URL with scheme and host", () => {
    expect(errorOf(kuma, "fetch_timeout: 1m")).toBe("kuma SD server must not be empty: ");
    expect(errorOf(kuma, "server: kuma:5676")).toBe("kuma SD server must not be empty and have a scheme: kuma:5676");
  });

  it("writes Prometheus's 15s refresh interval, which Alloy's default is not", () => {
    expect(convertEntry(kuma, "server: http://k:5676").text).toContain('refresh_interval = "15s"');
  });
});

describe("lightsail_sd_configs", () => {
  it("requires a region", () => {
    expect(errorOf(lightsail, "access_key: a")).toBe("Lightsail SD configuration requires a region");
  });
});

describe("marathon_sd_configs", () => {
  it("requires servers and a single kind of authentication", () => {
    expect(errorOf(marathon, "auth_token: t")).toBe("marathon_sd: must contain at least one Marathon server");
    expect(errorOf(marathon, "servers: [a]\nauth_token: t\nauth_token_file: f")).toBe(
      "marathon_sd: at most one of auth_token & auth_token_file must be configured",
    );
    expect(errorOf(marathon, "servers: [a]\nauth_token: t\nbearer_token: b")).toBe(
      "marathon_sd: at most one of bearer_token, bearer_token_file, auth_token & auth_token_file must be configured",
    );
  });
});

describe("zookeeper SDs", () => {
  it("require servers and absolute paths", () => {
    expect(errorOf(serverset, "paths: [/a]")).toBe("serverset SD config must contain at least one Zookeeper server");
    expect(errorOf(nerve, "servers: [z]")).toBe("nerve SD config must contain at least one path");
    expect(errorOf(nerve, "servers: [z]\npaths: [a]")).toBe("nerve SD config paths must begin with '/': a");
  });

  it("names the Go type in unknown field errors", () => {
    expect(errorOf(nerve, "servers: [z]\npaths: [/a]\nport: 1")).toBe(
      "yaml: unmarshal errors:\n  line 3: field port not found in type zookeeper.plain",
    );
  });

  it("maps nerve with its timeout", () => {
    expect(convertEntry(nerve, "servers: [z]\npaths: [/a]\ntimeout: 1m").text).toBe(
      'discovery.nerve "x" {\n\tservers = ["z"]\n\tpaths   = ["/a"]\n\ttimeout = "1m0s"\n}\n',
    );
  });
});

describe("openstack_sd_configs", () => {
  it("checks availability, role and region in Prometheus's order", () => {
    expect(errorOf(openstack, "role: instance\nregion: r\navailability: private")).toBe(
      "unknown availability private, must be one of admin, internal or public",
    );
    expect(errorOf(openstack, "region: r")).toBe("role missing (one of: instance, hypervisor, loadbalancer)");
    expect(errorOf(openstack, "role: instance")).toBe("openstack SD configuration requires a region");
    expect(errorOf(openstack, "role: vm")).toBe('unknown OpenStack SD role "vm"');
  });

  it("maps credentials and TLS settings", () => {
    const yaml = "role: hypervisor\nregion: RegionOne\nidentity_endpoint: http://id\npassword: p\ntls_config: {insecure_skip_verify: true}";
    expect(convertEntry(openstack, yaml).text).toBe(
      'discovery.openstack "x" {\n\tidentity_endpoint = "http://id"\n\tpassword          = "p"\n\trole              = "hypervisor"\n' +
        '\tregion            = "RegionOne"\n\n\ttls_config {\n\t\tinsecure_skip_verify = true\n\t}\n}\n',
    );
  });
});

describe("ovhcloud_sd_configs", () => {
  it("requires keys and a known service", () => {
    expect(errorOf(ovhcloud, "application_secret: s")).toBe("application key can not be empty");
    expect(errorOf(ovhcloud, "application_key: k\napplication_secret: s\nconsumer_key: c\nservice: cloud")).toBe(
      "unknown service: cloud",
    );
  });
});

describe("scaleway_sd_configs", () => {
  const valid = "role: instance\nproject_id: 00000000-0000-0000-0000-000000000001\naccess_key: SCWXXXXXXXXXXXXXXXXX\n";

  it("requires role, project, one secret and an access key", () => {
    expect(errorOf(scaleway, "project_id: p")).toBe("role missing (one of: instance, baremetal)");
    expect(errorOf(scaleway, "role: instance")).toBe("project_id is mandatory");
    expect(errorOf(scaleway, "role: instance\nproject_id: p")).toBe("one of secret_key & secret_key_file must be configured");
    expect(errorOf(scaleway, "role: gpu")).toBe('unknown role "gpu"');
  });

  it("refuses credentials the Scaleway SDK refuses", () => {
    expect(errorOf(scaleway, "role: instance\nproject_id: p\naccess_key: k\nsecret_key: s")).toBe(
      "scaleway-sdk-go: invalid access key format 'k', expected SCWXXXXXXXXXXXXXXXXX format",
    );
    expect(errorOf(scaleway, valid + "secret_key: s")).toBe(
      "scaleway-sdk-go: invalid secret key format 's', expected a UUID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    );
  });

  it("carries over only the proxy, TLS, redirect and HTTP/2 settings", () => {
    const yaml = valid + "secret_key_file: /s\nproxy_url: http://proxy\nfollow_redirects: false\nbasic_auth: {username: u}";
    expect(convertEntry(scaleway, yaml).text).toBe(
      'discovery.scaleway "x" {\n\tproject_id       = "00000000-0000-0000-0000-000000000001"\n\trole             = "instance"\n' +
        '\taccess_key       = "SCWXXXXXXXXXXXXXXXXX"\n\tsecret_key_file  = "/s"\n\tproxy_url        = "http://proxy"\n' +
        "\tfollow_redirects = false\n}\n",
    );
  });
});

describe("triton_sd_configs", () => {
  it("requires a known role, account, dns_suffix and endpoint", () => {
    expect(errorOf(triton, "role: vm")).toBe("triton SD configuration requires role to be 'container' or 'cn'");
    expect(errorOf(triton, "dns_suffix: d\nendpoint: e")).toBe("triton SD configuration requires an account");
    expect(errorOf(triton, "account: a\nendpoint: e")).toBe("triton SD configuration requires a dns_suffix");
    expect(errorOf(triton, "account: a\ndns_suffix: d\nendpoint: e\nrefresh_interval: 0")).toBe(
      "triton SD configuration requires RefreshInterval to be a positive integer",
    );
  });
});
