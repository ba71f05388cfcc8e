// discovery.ec2 (grafana/alloy internal/component/discovery/aws/ec2.go EC2Arguments).

import { httpClientFields } from "../common/http-client.js";
import { blocksOf, type ComponentSchema } from "../schema.js";
import { awsConnectionFields } from "./aws.js";
import { nameValuesFilterFields } from "./filter.js";

export const discoveryEc2: ComponentSchema = {
  name: "discovery.ec2",
  fields: [
    ...awsConnectionFields,
    blocksOf("filter", nameValuesFilterFields),
    ...httpClientFields,
  ],
};
