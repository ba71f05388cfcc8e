// receivers: awss3 → otelcol.receiver.awss3

import { encodeBuilderComponent } from "../../../components/builder.js";
import { awsS3Receiver } from "../../../components/otelcol/receiver/awss3.js";
import { bool, integer, list, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, idString, type OtelcolComponent } from "../component.js";

const int64 = integer("int64");

const config = struct("awss3receiver.Config", {
  s3Downloader: {
    key: "s3downloader",
    shape: struct("awss3receiver.S3DownloaderConfig", {
      region: { key: "region", shape: str },
      s3Bucket: { key: "s3_bucket", shape: str },
      s3Prefix: { key: "s3_prefix", shape: str },
      s3PartitionFormat: { key: "s3_partition_format", shape: str },
      s3PartitionTimezone: { key: "s3_partition_timezone", shape: str },
      filePrefix: { key: "file_prefix", shape: str },
      filePrefixIncludeTelemetryType: { key: "file_prefix_include_telemetry_type", shape: bool },
      endpoint: { key: "endpoint", shape: str },
      endpointPartitionId: { key: "endpoint_partition_id", shape: str },
      s3ForcePathStyle: { key: "s3_force_path_style", shape: bool },
      tagObjectAfterIngestion: { key: "tag_object_after_ingestion", shape: bool },
      skipIngestingTaggedObjects: { key: "skip_ingesting_tagged_objects", shape: bool },
    }),
  },
  startTime: { key: "starttime", shape: str },
  endTime: { key: "endtime", shape: str },
  encodings: {
    key: "encodings",
    shape: list(struct("awss3receiver.Encoding", { extension: { key: "extension", shape: str }, suffix: { key: "suffix", shape: str } })),
  },
  notifications: {
    key: "notifications",
    shape: struct("awss3receiver.Notifications", { opamp: { key: "opampextension", shape: pointer(str) } }),
  },
  sqs: {
    key: "sqs",
    shape: pointer(
      struct("awss3receiver.SQSConfig", {
        queueUrl: { key: "queue_url", shape: str },
        region: { key: "region", shape: str },
        endpoint: { key: "endpoint", shape: str },
        waitTimeSeconds: { key: "wait_time_seconds", shape: pointer(int64) },
        maxNumberOfMessages: { key: "max_number_of_messages", shape: pointer(int64) },
      }),
    ),
  },
});
type Config = Infer<typeof config>;

export const awsS3ReceiverConverter: OtelcolComponent<Config> = {
  kind: "receiver",
  type: "awss3",
  config,
  defaultConfig: () => ({
    ...config.zero(),
    s3Downloader: {
      ...config.zero().s3Downloader,
      region: "us-east-1",
      s3PartitionFormat: "year=%Y/month=%m/day=%d/hour=%H/minute=%M",
      endpointPartitionId: "aws",
    },
  }),
  inputName: "",
  convert(cfg, state) {
    if (cfg.notifications.opamp !== undefined) {
      state.diags.warning(`receiver/${idString(state.id)}: notifications.opampextension field is not supported`);
    }
    const dl = cfg.s3Downloader;
    const sqs = cfg.sqs;
    const values = {
      start_time: cfg.startTime,
      end_time: cfg.endTime,
      s3downloader: {
        region: dl.region,
        s3_bucket: dl.s3Bucket,
        s3_prefix: dl.s3Prefix,
        s3_partition_format: dl.s3PartitionFormat,
        s3_partition_timezone: dl.s3PartitionTimezone,
        file_prefix: dl.filePrefix,
        endpoint: dl.endpoint,
        endpoint_partition_id: dl.endpointPartitionId,
        s3_force_path_style: dl.s3ForcePathStyle,
      },
      sqs: sqs && {
        queue_url: sqs.queueUrl,
        region: sqs.region,
        endpoint: sqs.endpoint,
        wait_time_seconds: sqs.waitTimeSeconds,
        max_number_of_messages: sqs.maxNumberOfMessages,
      },
      output: consumerOutput(state),
    };
    state.append(encodeBuilderComponent(awsS3Receiver, state.label(), values));
  },
};
