// Every Collector component Alloy converts, found by kind and type (aliases included).
// Connectors also stand as exporters and receivers, the roles pipelines give them.

import type { AnyComponent, Kind } from "./component.js";
import { awsCloudWatchReceiverConverter } from "./receivers/awscloudwatch.js";
import { awsEcsContainerMetricsReceiverConverter } from "./receivers/awsecscontainermetrics.js";
import { awsS3ReceiverConverter } from "./receivers/awss3.js";
import { cloudflareReceiverConverter } from "./receivers/cloudflare.js";
import { datadogReceiverConverter } from "./receivers/datadog.js";
import { faroReceiverConverter } from "./receivers/faro.js";
import { filelogReceiverConverter } from "./receivers/filelog.js";
import { fileStatsReceiverConverter } from "./receivers/filestats.js";
import { fluentforwardReceiverConverter } from "./receivers/fluentforward.js";
import { googlecloudpubsubReceiverConverter } from "./receivers/googlecloudpubsub.js";
import { influxdbReceiverConverter } from "./receivers/influxdb.js";
import { jaegerReceiverConverter } from "./receivers/jaeger.js";
import { kafkaReceiverConverter } from "./receivers/kafka.js";
import { nginxReceiverConverter } from "./receivers/nginx.js";
import { otlpReceiverConverter } from "./receivers/otlp.js";
import { solaceReceiverConverter } from "./receivers/solace.js";
import { splunkhecReceiverConverter } from "./receivers/splunkhec.js";
import { syslogReceiverConverter } from "./receivers/syslog.js";
import { tcplogReceiverConverter } from "./receivers/tcplog.js";
import { vcenterReceiverConverter } from "./receivers/vcenter.js";
import { zipkinReceiverConverter } from "./receivers/zipkin.js";
import { attributesProcessorConverter } from "./processors/attributes.js";
import { batchProcessorConverter } from "./processors/batch.js";
import { cumulativetodeltaProcessorConverter } from "./processors/cumulativetodelta.js";
import { deltatocumulativeProcessorConverter } from "./processors/deltatocumulative.js";
import { filterProcessorConverter } from "./processors/filter.js";
import { groupByAttrsProcessorConverter } from "./processors/groupbyattrs.js";
import { intervalProcessorConverter } from "./processors/interval.js";
import { k8sAttributesProcessorConverter } from "./processors/k8sattributes.js";
import { memoryLimiterProcessorConverter } from "./processors/memory_limiter.js";
import { metricStartTimeProcessorConverter } from "./processors/metricstarttime.js";
import { probabilisticSamplerProcessorConverter } from "./processors/probabilistic_sampler.js";
import { redactionProcessorConverter } from "./processors/redaction.js";
import { spanProcessorConverter } from "./processors/span.js";
import { tailSamplingProcessorConverter } from "./processors/tail_sampling.js";
import { transformProcessorConverter } from "./processors/transform.js";
import { datadogExporterConverter } from "./exporters/datadog.js";
import { debugExporterConverter } from "./exporters/debug.js";
import { faroExporterConverter } from "./exporters/faro.js";
import { fileExporterConverter } from "./exporters/file.js";
import { googlecloudExporterConverter } from "./exporters/googlecloud.js";
import { googlecloudpubsubExporterConverter } from "./exporters/googlecloudpubsub.js";
import { kafkaExporterConverter } from "./exporters/kafka.js";
import { loadbalancingExporterConverter } from "./exporters/loadbalancing.js";
import { otlpExporterConverter } from "./exporters/otlp.js";
import { otlphttpExporterConverter } from "./exporters/otlphttp.js";
import { splunkhecExporterConverter } from "./exporters/splunkhec.js";
import { syslogExporterConverter } from "./exporters/syslog.js";
import { countConnectorConverter } from "./connectors/count.js";
import { servicegraphConnectorConverter } from "./connectors/servicegraph.js";
import { signaltometricsConnectorConverter } from "./connectors/signaltometrics.js";
import { spanmetricsConnectorConverter } from "./connectors/spanmetrics.js";
import { basicAuthConverter } from "./extensions/basicauth.js";
import { bearerTokenAuthConverter } from "./extensions/bearertokenauth.js";
import { fileStorageExtensionConverter } from "./extensions/file_storage.js";
import { headersSetterConverter } from "./extensions/headerssetter.js";
import { jaegerRemoteSamplingConverter } from "./extensions/jaegerremotesampling.js";
import { oauth2ClientConverter } from "./extensions/oauth2client.js";
import { sigv4AuthConverter } from "./extensions/sigv4auth.js";

const CONVERTERS: AnyComponent[] = [
  // receivers
  awsCloudWatchReceiverConverter,
  awsEcsContainerMetricsReceiverConverter,
  awsS3ReceiverConverter,
  cloudflareReceiverConverter,
  datadogReceiverConverter,
  faroReceiverConverter,
  filelogReceiverConverter,
  fileStatsReceiverConverter,
  fluentforwardReceiverConverter,
  googlecloudpubsubReceiverConverter,
  influxdbReceiverConverter,
  jaegerReceiverConverter,
  kafkaReceiverConverter,
  nginxReceiverConverter,
  otlpReceiverConverter,
  solaceReceiverConverter,
  splunkhecReceiverConverter,
  syslogReceiverConverter,
  tcplogReceiverConverter,
  vcenterReceiverConverter,
  zipkinReceiverConverter,
  // processors
  attributesProcessorConverter,
  batchProcessorConverter,
  cumulativetodeltaProcessorConverter,
  deltatocumulativeProcessorConverter,
  filterProcessorConverter,
  groupByAttrsProcessorConverter,
  intervalProcessorConverter,
  k8sAttributesProcessorConverter,
  memoryLimiterProcessorConverter,
  metricStartTimeProcessorConverter,
  probabilisticSamplerProcessorConverter,
  redactionProcessorConverter,
  spanProcessorConverter,
  tailSamplingProcessorConverter,
  transformProcessorConverter,
  // exporters
  datadogExporterConverter,
  debugExporterConverter,
  faroExporterConverter,
  fileExporterConverter,
  googlecloudExporterConverter,
  googlecloudpubsubExporterConverter,
  kafkaExporterConverter,
  loadbalancingExporterConverter,
  otlpExporterConverter,
  otlphttpExporterConverter,
  splunkhecExporterConverter,
  syslogExporterConverter,
  // connectors
  countConnectorConverter,
  servicegraphConnectorConverter,
  signaltometricsConnectorConverter,
  spanmetricsConnectorConverter,
  // extensions
  basicAuthConverter,
  bearerTokenAuthConverter,
  fileStorageExtensionConverter,
  headersSetterConverter,
  jaegerRemoteSamplingConverter,
  oauth2ClientConverter,
  sigv4AuthConverter,
];

let tables: Map<Kind, Map<string, AnyComponent>> | undefined;

function buildTables(): Map<Kind, Map<string, AnyComponent>> {
  const out = new Map<Kind, Map<string, AnyComponent>>();
  for (const kind of ["receiver", "processor", "exporter", "connector", "extension"] as Kind[]) out.set(kind, new Map());
  for (const c of CONVERTERS) {
    for (const type of [c.type, ...(c.aliases ?? [])]) out.get(c.kind)!.set(type, c);
  }
  return out;
}

/** The converters of one kind by type, as the Collector's factories for that kind. */
export function componentsOf(kind: Kind): ReadonlyMap<string, AnyComponent> {
  tables ??= buildTables();
  return tables.get(kind)!;
}
