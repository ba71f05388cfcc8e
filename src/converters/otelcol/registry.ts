// Every Collector component Alloy converts, found by kind and type (aliases included).
// Connectors also stand as exporters and receivers, the roles pipelines give them.

import type { AnyComponent, Kind } from "./component.js";
import { jaegerReceiverConverter } from "./receivers/jaeger.js";
import { zipkinReceiverConverter } from "./receivers/zipkin.js";
import { kafkaReceiverConverter } from "./receivers/kafka.js";
import { kafkaExporterConverter } from "./exporters/kafka.js";
import { fluentforwardReceiverConverter } from "./receivers/fluentforward.js";
import { otlpExporterConverter } from "./exporters/otlp.js";
import { batchProcessorConverter } from "./processors/batch.js";
import { otlpReceiverConverter } from "./receivers/otlp.js";
import { solaceReceiverConverter } from "./receivers/solace.js";
import { splunkhecReceiverConverter } from "./receivers/splunkhec.js";
import { splunkhecExporterConverter } from "./exporters/splunkhec.js";
import { vcenterReceiverConverter } from "./receivers/vcenter.js";
import { otlphttpExporterConverter } from "./exporters/otlphttp.js";
import { debugExporterConverter } from "./exporters/debug.js";
import { basicAuthConverter } from "./extensions/basicauth.js";
import { bearerTokenAuthConverter } from "./extensions/bearertokenauth.js";
import { headersSetterConverter } from "./extensions/headerssetter.js";
import { oauth2ClientConverter } from "./extensions/oauth2client.js";
import { sigv4AuthConverter } from "./extensions/sigv4auth.js";
import { jaegerRemoteSamplingConverter } from "./extensions/jaegerremotesampling.js";

import { awsCloudWatchReceiverConverter } from "./receivers/awscloudwatch.js";
import { awsEcsContainerMetricsReceiverConverter } from "./receivers/awsecscontainermetrics.js";
import { awsS3ReceiverConverter } from "./receivers/awss3.js";
import { cloudflareReceiverConverter } from "./receivers/cloudflare.js";
import { fileStatsReceiverConverter } from "./receivers/filestats.js";
import { influxdbReceiverConverter } from "./receivers/influxdb.js";
import { nginxReceiverConverter } from "./receivers/nginx.js";
import { faroReceiverConverter } from "./receivers/faro.js";
import { faroExporterConverter } from "./exporters/faro.js";
import { filelogReceiverConverter } from "./receivers/filelog.js";
import { syslogReceiverConverter } from "./receivers/syslog.js";
import { tcplogReceiverConverter } from "./receivers/tcplog.js";
import { syslogExporterConverter } from "./exporters/syslog.js";
import { fileExporterConverter } from "./exporters/file.js";
import { tailSamplingProcessorConverter } from "./processors/tail_sampling.js";
import { cumulativetodeltaProcessorConverter } from "./processors/cumulativetodelta.js";
import { deltatocumulativeProcessorConverter } from "./processors/deltatocumulative.js";
import { intervalProcessorConverter } from "./processors/interval.js";
import { metricStartTimeProcessorConverter } from "./processors/metricstarttime.js";
import { loadbalancingExporterConverter } from "./exporters/loadbalancing.js";
import { fileStorageExtensionConverter } from "./extensions/file_storage.js";
import { spanmetricsConnectorConverter } from "./connectors/spanmetrics.js";
import { servicegraphConnectorConverter } from "./connectors/servicegraph.js";
import { countConnectorConverter } from "./connectors/count.js";
import { signaltometricsConnectorConverter } from "./connectors/signaltometrics.js";
import { attributesProcessorConverter } from "./processors/attributes.js";
import { filterProcessorConverter } from "./processors/filter.js";
import { transformProcessorConverter } from "./processors/transform.js";
import { spanProcessorConverter } from "./processors/span.js";
import { probabilisticSamplerProcessorConverter } from "./processors/probabilistic_sampler.js";
import { groupByAttrsProcessorConverter } from "./processors/groupbyattrs.js";
import { memoryLimiterProcessorConverter } from "./processors/memory_limiter.js";
import { k8sAttributesProcessorConverter } from "./processors/k8sattributes.js";
import { redactionProcessorConverter } from "./processors/redaction.js";
import { googlecloudpubsubReceiverConverter } from "./receivers/googlecloudpubsub.js";
import { googlecloudExporterConverter } from "./exporters/googlecloud.js";
import { googlecloudpubsubExporterConverter } from "./exporters/googlecloudpubsub.js";
import { datadogReceiverConverter } from "./receivers/datadog.js";
import { datadogExporterConverter } from "./exporters/datadog.js";

const CONVERTERS: AnyComponent[] = [jaegerReceiverConverter, zipkinReceiverConverter, kafkaReceiverConverter, kafkaExporterConverter, fluentforwardReceiverConverter, otlpReceiverConverter, batchProcessorConverter, otlpExporterConverter, solaceReceiverConverter, splunkhecReceiverConverter, splunkhecExporterConverter, vcenterReceiverConverter, otlphttpExporterConverter, debugExporterConverter, basicAuthConverter, bearerTokenAuthConverter, headersSetterConverter, oauth2ClientConverter, sigv4AuthConverter, jaegerRemoteSamplingConverter, awsCloudWatchReceiverConverter, awsEcsContainerMetricsReceiverConverter, awsS3ReceiverConverter, cloudflareReceiverConverter, fileStatsReceiverConverter, influxdbReceiverConverter, nginxReceiverConverter, faroReceiverConverter, faroExporterConverter, filelogReceiverConverter, syslogReceiverConverter, tcplogReceiverConverter, syslogExporterConverter, fileExporterConverter, tailSamplingProcessorConverter, cumulativetodeltaProcessorConverter, deltatocumulativeProcessorConverter, intervalProcessorConverter, metricStartTimeProcessorConverter, loadbalancingExporterConverter, fileStorageExtensionConverter, spanmetricsConnectorConverter, servicegraphConnectorConverter, countConnectorConverter, signaltometricsConnectorConverter, attributesProcessorConverter, filterProcessorConverter, transformProcessorConverter, spanProcessorConverter, probabilisticSamplerProcessorConverter, groupByAttrsProcessorConverter, memoryLimiterProcessorConverter, k8sAttributesProcessorConverter, redactionProcessorConverter, googlecloudpubsubReceiverConverter, googlecloudExporterConverter, googlecloudpubsubExporterConverter, datadogReceiverConverter, datadogExporterConverter];

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
