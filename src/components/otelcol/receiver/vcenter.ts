// otelcol.receiver.vcenter (component/otelcol/receiver/vcenter): connection settings, the
// per-metric and per-resource-attribute `enabled` switches, and the scraper controller.

import { arg, blockOf, requiredArg, type BlockField, type ComponentSchema } from "../../schema.js";
import type { Values } from "../../values.js";
import { debugMetricsBlock, outputBlock, tlsClientFields } from "../config.js";
import { controllerFields } from "../scraper.js";

/** Alloy's metrics, in its struct order, with the `enabled` default of each. */
export const VCENTER_METRICS: ReadonlyArray<readonly [string, boolean]> = [
  ["vcenter.cluster.cpu.effective", true],
  ["vcenter.cluster.cpu.limit", true],
  ["vcenter.cluster.host.count", true],
  ["vcenter.cluster.memory.effective", true],
  ["vcenter.cluster.memory.limit", true],
  ["vcenter.cluster.vm.count", true],
  ["vcenter.cluster.vm_template.count", true],
  ["vcenter.cluster.vsan.congestions", true],
  ["vcenter.cluster.vsan.latency.avg", true],
  ["vcenter.cluster.vsan.operations", true],
  ["vcenter.cluster.vsan.throughput", true],
  ["vcenter.datacenter.cluster.count", true],
  ["vcenter.datacenter.cpu.limit", true],
  ["vcenter.datacenter.datastore.count", true],
  ["vcenter.datacenter.disk.space", true],
  ["vcenter.datacenter.host.count", true],
  ["vcenter.datacenter.memory.limit", true],
  ["vcenter.datacenter.vm.count", true],
  ["vcenter.datastore.disk.usage", true],
  ["vcenter.datastore.disk.utilization", true],
  ["vcenter.host.cpu.capacity", true],
  ["vcenter.host.cpu.reserved", true],
  ["vcenter.host.cpu.usage", true],
  ["vcenter.host.cpu.utilization", true],
  ["vcenter.host.disk.latency.avg", true],
  ["vcenter.host.disk.latency.max", true],
  ["vcenter.host.disk.throughput", true],
  ["vcenter.host.memory.capacity", false],
  ["vcenter.host.memory.usage", true],
  ["vcenter.host.memory.utilization", true],
  ["vcenter.host.network.packet.rate", true],
  ["vcenter.host.network.packet.error.rate", true],
  ["vcenter.host.network.packet.drop.rate", true],
  ["vcenter.host.network.throughput", true],
  ["vcenter.host.network.usage", true],
  ["vcenter.host.vsan.cache.hit_rate", true],
  ["vcenter.host.vsan.congestions", true],
  ["vcenter.host.vsan.latency.avg", true],
  ["vcenter.host.vsan.operations", true],
  ["vcenter.host.vsan.throughput", true],
  ["vcenter.resource_pool.cpu.shares", true],
  ["vcenter.resource_pool.cpu.usage", true],
  ["vcenter.resource_pool.memory.ballooned", true],
  ["vcenter.resource_pool.memory.granted", true],
  ["vcenter.resource_pool.memory.shares", true],
  ["vcenter.resource_pool.memory.swapped", true],
  ["vcenter.resource_pool.memory.usage", true],
  ["vcenter.vm.cpu.readiness", true],
  ["vcenter.vm.cpu.usage", true],
  ["vcenter.vm.cpu.utilization", true],
  ["vcenter.vm.disk.latency.avg", true],
  ["vcenter.vm.disk.latency.max", true],
  ["vcenter.vm.disk.throughput", true],
  ["vcenter.vm.disk.usage", true],
  ["vcenter.vm.disk.utilization", true],
  ["vcenter.vm.memory.ballooned", true],
  ["vcenter.vm.memory.granted", false],
  ["vcenter.vm.memory.swapped", true],
  ["vcenter.vm.memory.swapped_ssd", true],
  ["vcenter.vm.memory.usage", true],
  ["vcenter.vm.memory.utilization", true],
  ["vcenter.vm.network.packet.rate", true],
  ["vcenter.vm.network.packet.drop.rate", true],
  ["vcenter.vm.network.throughput", true],
  ["vcenter.vm.network.usage", true],
  ["vcenter.vm.vsan.latency.avg", true],
  ["vcenter.vm.vsan.operations", true],
  ["vcenter.vm.vsan.throughput", true],
];

/** Alloy's resource attributes, in its struct order; all enabled by default. */
export const VCENTER_RESOURCE_ATTRIBUTES: ReadonlyArray<readonly [string, boolean]> = [
  "vcenter.datacenter.name",
  "vcenter.cluster.name",
  "vcenter.datastore.name",
  "vcenter.host.name",
  "vcenter.resource_pool.inventory_path",
  "vcenter.resource_pool.name",
  "vcenter.virtual_app.inventory_path",
  "vcenter.virtual_app.name",
  "vcenter.vm.id",
  "vcenter.vm.name",
  "vcenter.vm_template.id",
  "vcenter.vm_template.name",
].map((name) => [name, true] as const);

/** A block of `<name> { enabled = … }` value blocks, each defaulting to its own switch. */
function switchesBlock(name: string, table: ReadonlyArray<readonly [string, boolean]>): BlockField {
  const defaults: Values = {};
  for (const [key, enabled] of table) defaults[key] = { enabled };
  const fields = table.map(([key, enabled]) => blockOf(key, [requiredArg("enabled", "bool")], { omitWhenEmpty: true, defaultValue: { enabled } }));
  return blockOf(name, fields, { omitWhenEmpty: true, defaultValue: defaults });
}

export const vcenterReceiver: ComponentSchema = {
  name: "otelcol.receiver.vcenter",
  fields: [
    requiredArg("endpoint", "string"),
    requiredArg("username", "string"),
    requiredArg("password", "string"),
    switchesBlock("metrics", VCENTER_METRICS),
    switchesBlock("resource_attributes", VCENTER_RESOURCE_ATTRIBUTES),
    // Placed from the corpus (printed right after resource_attributes); its Alloy default is not zero.
    arg("max_query_metrics", "number", 256),
    ...controllerFields(),
    blockOf("tls", tlsClientFields, { omitWhenEmpty: true }),
    debugMetricsBlock,
    outputBlock,
  ],
};
