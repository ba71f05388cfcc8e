// Every exporter integration the static converter knows, v1 and v2 alike.

import type { ExporterIntegration } from "./exporter.js";
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

export const EXPORTER_INTEGRATIONS: ExporterIntegration[] = [
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
];
