// otelcol.receiver.awss3 (component/otelcol/receiver/awss3). The s3downloader block is
// required, and its struct has no defaults of its own, so every non-zero field in it is
// written (the Collector's partition format and partition id included).

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { outputBlock } from "../config.js";

export const awsS3Receiver: ComponentSchema = {
  name: "otelcol.receiver.awss3",
  fields: [
    arg("start_time", "string"),
    arg("end_time", "string"),
    blockOf("s3downloader", [
      arg("region", "string"),
      requiredArg("s3_bucket", "string"),
      requiredArg("s3_prefix", "string"),
      arg("s3_partition_format", "string"),
      arg("s3_partition_timezone", "string"),
      arg("file_prefix", "string"),
      arg("endpoint", "string"),
      arg("endpoint_partition_id", "string"),
      arg("s3_force_path_style", "bool"),
    ]),
    blockOf("sqs", [
      arg("queue_url", "string"),
      arg("region", "string"),
      arg("endpoint", "string"),
      // *int64 fields: nil is their zero, so an explicit 0 is still written.
      arg("wait_time_seconds", "expr"),
      arg("max_number_of_messages", "expr"),
    ]),
    outputBlock,
  ],
};
