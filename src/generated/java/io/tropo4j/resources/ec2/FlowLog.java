// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Specifies a VPC flow log that captures IP traffic for a specified network interface, subnet, or
 * VPC. To view the log data, use Amazon CloudWatch Logs (CloudWatch Logs) to help troubleshoot
 * connection issues. For example, you can use a flow log to investigate why certain traffic isn't
 * reaching an instance, which can help you diagnose overly restrictive security group rules. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html">VPC Flow Logs</a> in the
 * <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::FlowLog}.
 */
public final class FlowLog extends Resource<FlowLog> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::FlowLog")
      .required("ResourceId", "ResourceType")
      .references("DeliverLogsPermissionArn", "AWS::IAM::Role.Arn")
      .references("LogDestination", "AWS::S3::Bucket.Arn", "AWS::Logs::LogGroup.Arn")
      .allowed("LogDestinationType", "cloud-watch-logs", "s3", "kinesis-data-firehose")
      .constrain("LogGroupName", Constraint.of().format("AWS::Logs::LogGroup.Name"))
      .references("LogGroupName", "AWS::Logs::LogGroup.Ref")
      .references("ResourceId", "AWS::EC2::VPC.Ref", "AWS::EC2::Subnet.Ref",
          "AWS::EC2::TransitGateway.Ref")
      .allowed("ResourceType", "NetworkInterface", "Subnet", "VPC", "TransitGateway",
          "TransitGatewayAttachment", "RegionalNatGateway")
      .allowed("TrafficType", "ACCEPT", "ALL", "REJECT")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FlowLog(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the IAM role that allows the service to publish flow logs across accounts.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeliverCrossAccountRole}.
   */
  public FlowLog deliverCrossAccountRole(String value) {
    return set("DeliverCrossAccountRole", Value.of(value));
  }

  /**
   * Sets {@code DeliverCrossAccountRole} to this value; see {@link
   * #deliverCrossAccountRole(String)}.
   */
  public FlowLog deliverCrossAccountRole(Value<String> value) {
    return set("DeliverCrossAccountRole", value);
  }

  /**
   * The ARN of the IAM role that allows Amazon EC2 to publish flow logs to the log destination.
   *
   * <p>This parameter is required if the destination type is <code>cloud-watch-logs</code> , or if
   * the destination type is <code>kinesis-data-firehose</code> and the delivery stream and the
   * resources to monitor are in different accounts.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeliverLogsPermissionArn}.
   */
  public FlowLog deliverLogsPermissionArn(String value) {
    return set("DeliverLogsPermissionArn", Value.of(value));
  }

  /**
   * Sets {@code DeliverLogsPermissionArn} to this value; see {@link
   * #deliverLogsPermissionArn(String)}.
   */
  public FlowLog deliverLogsPermissionArn(Value<String> value) {
    return set("DeliverLogsPermissionArn", value);
  }

  /**
   * Sets {@code DeliverLogsPermissionArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #deliverLogsPermissionArn(String)}.
   */
  public FlowLog deliverLogsPermissionArn(Role resource) {
    return set("DeliverLogsPermissionArn", resource.arn());
  }

  /**
   * The destination options.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DestinationOptions}.
   */
  public FlowLog destinationOptions(Value<DestinationOptions> value) {
    return set("DestinationOptions", value);
  }

  /**
   * The destination for the flow log data. The meaning of this parameter depends on the destination
   * type.
   *
   * <ul> <li>If the destination type is <code>cloud-watch-logs</code> , specify the ARN of a
   * CloudWatch Logs log group. For example: </ul>
   *
   * <p>arn:aws:logs: <em>region</em> : <em>account_id</em> :log-group: <em>my_group</em>
   *
   * <p>Alternatively, use the <code>LogGroupName</code> parameter.
   *
   * <ul> <li>If the destination type is <code>s3</code> , specify the ARN of an S3 bucket. For
   * example: </ul>
   *
   * <p>arn:aws:s3::: <em>my_bucket</em> / <em>my_subfolder</em> /
   *
   * <p>The subfolder is optional. Note that you can't use <code>AWSLogs</code> as a subfolder name.
   *
   * <ul> <li>If the destination type is <code>kinesis-data-firehose</code> , specify the ARN of a
   * Kinesis Data Firehose delivery stream. For example: </ul>
   *
   * <p>arn:aws:firehose: <em>region</em> : <em>account_id</em> :deliverystream: <em>my_stream</em>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogDestination}.
   */
  public FlowLog logDestination(String value) {
    return set("LogDestination", Value.of(value));
  }

  /** Sets {@code LogDestination} to this value; see {@link #logDestination(String)}. */
  public FlowLog logDestination(Value<String> value) {
    return set("LogDestination", value);
  }

  /**
   * Sets {@code LogDestination} to the Arn of {@code AWS::S3::Bucket}; see {@link
   * #logDestination(String)}.
   */
  public FlowLog logDestination(Bucket resource) {
    return set("LogDestination", resource.arn());
  }

  /**
   * Sets {@code LogDestination} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
   * #logDestination(String)}.
   */
  public FlowLog logDestination(LogGroup resource) {
    return set("LogDestination", resource.arn());
  }

  /**
   * The type of destination for the flow log data.
   *
   * <p>Default: <code>cloud-watch-logs</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code cloud-watch-logs}, {@code s3},
   * {@code kinesis-data-firehose}. CloudFormation property {@code LogDestinationType}.
   */
  public FlowLog logDestinationType(String value) {
    return set("LogDestinationType", Value.of(value));
  }

  /** Sets {@code LogDestinationType} to this value; see {@link #logDestinationType(String)}. */
  public FlowLog logDestinationType(Value<String> value) {
    return set("LogDestinationType", value);
  }

  /**
   * The fields to include in the flow log record, in the order in which they should appear. If you
   * omit this parameter, the flow log is created using the default format. If you specify this
   * parameter, you must include at least one field. For more information about the available
   * fields, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html#flow-log-records">Flow
   * log records</a> in the <em>Amazon VPC User Guide</em> or <a
   * href="https://docs.aws.amazon.com/vpc/latest/tgw/tgw-flow-logs.html#flow-log-records">Transit
   * Gateway Flow Log records</a> in the <em>AWS Transit Gateway Guide</em> .
   *
   * <p>Specify the fields using the <code>${field-id}</code> format, separated by spaces.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogFormat}.
   */
  public FlowLog logFormat(String value) {
    return set("LogFormat", Value.of(value));
  }

  /** Sets {@code LogFormat} to this value; see {@link #logFormat(String)}. */
  public FlowLog logFormat(Value<String> value) {
    return set("LogFormat", value);
  }

  /**
   * The name of a new or existing CloudWatch Logs log group where Amazon EC2 publishes your flow
   * logs.
   *
   * <p>This parameter is valid only if the destination type is <code>cloud-watch-logs</code> .
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation
   * property {@code LogGroupName}.
   */
  public FlowLog logGroupName(String value) {
    return set("LogGroupName", Value.of(value));
  }

  /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
  public FlowLog logGroupName(Value<String> value) {
    return set("LogGroupName", value);
  }

  /**
   * Sets {@code LogGroupName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
   * #logGroupName(String)}.
   */
  public FlowLog logGroupName(LogGroup resource) {
    return set("LogGroupName", resource.ref());
  }

  /**
   * The maximum interval of time during which a flow of packets is captured and aggregated into a
   * flow log record. The possible values are 60 seconds (1 minute) or 600 seconds (10 minutes).
   * This parameter must be 60 seconds for transit gateway resource types.
   *
   * <p>When a network interface is attached to a <a
   * href="https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html">Nitro-based
   * instance</a> , the aggregation interval is always 60 seconds or less, regardless of the value
   * that you specify.
   *
   * <p>Default: 600
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MaxAggregationInterval}.
   */
  public FlowLog maxAggregationInterval(int value) {
    return set("MaxAggregationInterval", Value.of(value));
  }

  /**
   * Sets {@code MaxAggregationInterval} to this value; see {@link #maxAggregationInterval(int)}.
   */
  public FlowLog maxAggregationInterval(Value<Integer> value) {
    return set("MaxAggregationInterval", value);
  }

  /**
   * The ID of the resource to monitor. For example, if the resource type is <code>VPC</code> ,
   * specify the ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceId}.
   */
  public FlowLog resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public FlowLog resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * Sets {@code ResourceId} to the Ref of {@code AWS::EC2::VPC}; see {@link #resourceId(String)}.
   */
  public FlowLog resourceId(VPC resource) {
    return set("ResourceId", resource.ref());
  }

  /**
   * Sets {@code ResourceId} to the Ref of {@code AWS::EC2::Subnet}; see {@link
   * #resourceId(String)}.
   */
  public FlowLog resourceId(Subnet resource) {
    return set("ResourceId", resource.ref());
  }

  /**
   * Sets {@code ResourceId} to the Ref of {@code AWS::EC2::TransitGateway}; see {@link
   * #resourceId(String)}.
   */
  public FlowLog resourceId(TransitGateway resource) {
    return set("ResourceId", resource.ref());
  }

  /**
   * The type of resource to monitor.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code NetworkInterface},
   * {@code Subnet}, {@code VPC}, {@code TransitGateway}, {@code TransitGatewayAttachment}, {@code
   * RegionalNatGateway}. CloudFormation property {@code ResourceType}.
   */
  public FlowLog resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public FlowLog resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * The resource types and associated tags for EC2 resources associated with the EC2 Tags feature
   * for log enrichment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TagFieldSpecifications}.
   */
  public FlowLog tagFieldSpecifications(List<TagFieldSpecification> value) {
    return set("TagFieldSpecifications", Value.listOf(value));
  }

  /**
   * Sets {@code TagFieldSpecifications} to this value; see {@link #tagFieldSpecifications(List)}.
   */
  public FlowLog tagFieldSpecifications(Value<List<TagFieldSpecification>> value) {
    return set("TagFieldSpecifications", value);
  }

  /**
   * Sets {@code TagFieldSpecifications} to a list of these; see {@link
   * #tagFieldSpecifications(List)}.
   */
  public FlowLog tagFieldSpecifications(TagFieldSpecification... values) {
    return set("TagFieldSpecifications", Value.list(values));
  }

  /**
   * The tags to apply to the flow logs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FlowLog tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FlowLog tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FlowLog tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of traffic to monitor (accepted traffic, rejected traffic, or all traffic). This
   * parameter is not supported for transit gateway resource types. It is required for the other
   * resource types.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ACCEPT}, {@code ALL}, {@code
   * REJECT}. CloudFormation property {@code TrafficType}.
   */
  public FlowLog trafficType(String value) {
    return set("TrafficType", Value.of(value));
  }

  /** Sets {@code TrafficType} to this value; see {@link #trafficType(String)}. */
  public FlowLog trafficType(Value<String> value) {
    return set("TrafficType", value);
  }

  /**
   * The ID of the flow log. For example, <code>fl-123456abc123abc1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes the destination options for a flow log.
   *
   * <p>Property type {@code AWS::EC2::FlowLog.DestinationOptions}.
   */
  public static final class DestinationOptions extends Struct<DestinationOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::FlowLog.DestinationOptions")
        .required("FileFormat", "HiveCompatiblePartitions", "PerHourPartition")
        .allowed("FileFormat", "plain-text", "parquet")
        .build();

    public DestinationOptions() {
      super(SCHEMA);
    }

    /**
     * The format for the flow log. The default is <code>plain-text</code> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code plain-text}, {@code
     * parquet}. CloudFormation property {@code FileFormat}.
     */
    public DestinationOptions fileFormat(String value) {
      return set("FileFormat", Value.of(value));
    }

    /** Sets {@code FileFormat} to this value; see {@link #fileFormat(String)}. */
    public DestinationOptions fileFormat(Value<String> value) {
      return set("FileFormat", value);
    }

    /**
     * Indicates whether to use Hive-compatible prefixes for flow logs stored in Amazon S3. The
     * default is <code>false</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * HiveCompatiblePartitions}.
     */
    public DestinationOptions hiveCompatiblePartitions(boolean value) {
      return set("HiveCompatiblePartitions", Value.of(value));
    }

    /**
     * Sets {@code HiveCompatiblePartitions} to this value; see {@link
     * #hiveCompatiblePartitions(boolean)}.
     */
    public DestinationOptions hiveCompatiblePartitions(Value<Boolean> value) {
      return set("HiveCompatiblePartitions", value);
    }

    /**
     * Indicates whether to partition the flow log per hour. This reduces the cost and response time
     * for queries. The default is <code>false</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * PerHourPartition}.
     */
    public DestinationOptions perHourPartition(boolean value) {
      return set("PerHourPartition", Value.of(value));
    }

    /** Sets {@code PerHourPartition} to this value; see {@link #perHourPartition(boolean)}. */
    public DestinationOptions perHourPartition(Value<Boolean> value) {
      return set("PerHourPartition", value);
    }
  }

  /** Property type {@code AWS::EC2::FlowLog.TagFieldSpecification}. */
  public static final class TagFieldSpecification extends Struct<TagFieldSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::FlowLog.TagFieldSpecification")
        .required("ResourceType", "TagKeys")
        .allowed("ResourceType", "auto-scaling-group", "instance", "network-interface")
        .constrain("TagKeys", Constraint.of().minLength(1).maxLength(128))
        .build();

    public TagFieldSpecification() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code auto-scaling-group}, {@code instance}, {@code
     * network-interface}. CloudFormation property {@code ResourceType}.
     */
    public TagFieldSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TagFieldSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code TagKeys}. */
    public TagFieldSpecification tagKeys(List<String> value) {
      return set("TagKeys", Value.listOf(value));
    }

    /** Sets {@code TagKeys} to this value; see {@link #tagKeys(List)}. */
    public TagFieldSpecification tagKeys(Value<List<String>> value) {
      return set("TagKeys", value);
    }
  }
}
