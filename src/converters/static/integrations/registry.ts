// Every exporter integration the static converter knows, v1 and v2 alike.

import { agentIntegration } from "./agent.js";
import { apacheHttpIntegration } from "./apache_http.js";
import { azureExporterIntegration } from "./azure_exporter.js";
import { blackboxIntegration } from "./blackbox.js";
import { cadvisorIntegration } from "./cadvisor.js";
import { cloudwatchExporterIntegration } from "./cloudwatch_exporter.js";
import { consulExporterIntegration } from "./consul_exporter.js";
import { dnsmasqExporterIntegration } from "./dnsmasq_exporter.js";
import { elasticsearchExporterIntegration } from "./elasticsearch_exporter.js";
import type { ExporterIntegration } from "./exporter.js";
import { gcpExporterIntegration } from "./gcp_exporter.js";
import { githubExporterIntegration } from "./github_exporter.js";
import { kafkaExporterIntegration } from "./kafka_exporter.js";
import { memcachedExporterIntegration } from "./memcached_exporter.js";
import { mongodbExporterIntegration } from "./mongodb_exporter.js";
import { mssqlIntegration } from "./mssql.js";
import { mysqldIntegration } from "./mysqld_exporter.js";
import { nodeIntegration } from "./node_exporter.js";
import { oracledbIntegration } from "./oracledb.js";
import { postgresIntegration } from "./postgres_exporter.js";
import { processIntegration } from "./process_exporter.js";
import { redisIntegration } from "./redis_exporter.js";
import { snmpIntegration } from "./snmp.js";
import { snowflakeIntegration } from "./snowflake.js";
import { squidIntegration } from "./squid.js";
import { statsdIntegration } from "./statsd_exporter.js";
import { windowsIntegration } from "./windows_exporter.js";

export const EXPORTER_INTEGRATIONS: ExporterIntegration[] = [
  agentIntegration,
  apacheHttpIntegration,
  azureExporterIntegration,
  blackboxIntegration,
  cadvisorIntegration,
  cloudwatchExporterIntegration,
  consulExporterIntegration,
  dnsmasqExporterIntegration,
  elasticsearchExporterIntegration,
  gcpExporterIntegration,
  githubExporterIntegration,
  kafkaExporterIntegration,
  memcachedExporterIntegration,
  mongodbExporterIntegration,
  mssqlIntegration,
  mysqldIntegration,
  nodeIntegration,
  oracledbIntegration,
  postgresIntegration,
  processIntegration,
  redisIntegration,
  snmpIntegration,
  snowflakeIntegration,
  squidIntegration,
  statsdIntegration,
  windowsIntegration,
];
