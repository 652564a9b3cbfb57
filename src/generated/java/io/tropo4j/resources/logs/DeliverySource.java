// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates or updates one <em>delivery source</em> in your account. A delivery source is an AWS
 * resource that sends logs to an AWS destination. The destination can be CloudWatch Logs , Amazon
 * S3 , or Firehose .
 *
 * <p>Only some AWS services support being configured as a delivery source. These services are
 * listed as <em>Supported [V2 Permissions]</em> in the table at <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html">Enabling
 * logging from AWS services.</a>
 *
 * <p>To configure logs delivery between a supported AWS service and a destination, you must do the
 * following:
 *
 * <ul> <li>Create a delivery source, which is a logical object that represents the resource that is
 * actually sending the logs. <li>Create a <em>delivery destination</em> , which is a logical object
 * that represents the actual delivery destination. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-deliverydestination.html">AWS::Logs::DeliveryDestination</a>
 * or <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestination.html">PutDeliveryDestination</a>
 * . <li>Create a <em>delivery</em> by pairing exactly one delivery source and one delivery
 * destination. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-delivery.html">AWS::Logs::Delivery</a>
 * or <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html">CreateDelivery</a>
 * . </ul>
 *
 * <p>You can configure a single delivery source to send logs to multiple destinations by creating
 * multiple deliveries. You can also create multiple deliveries to configure multiple delivery
 * sources to send logs to the same delivery destination.
 *
 * <p>CloudFormation type {@code AWS::Logs::DeliverySource}.
 */
public final class DeliverySource extends Resource<DeliverySource> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::DeliverySource")
      .required("Name")
      .constrain("LogType", Constraint.of().pattern("[\\w-]*$").minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("[\\w-]*$").minLength(1).maxLength(60))
      .constrain("ResourceArn", Constraint.of().pattern("[\\w#+=/:,.@-]*\\*?").minLength(16).maxLength(2048))
      .refYields("Name")
      .attributes("Arn", "ResourceArns", "Service", "Status", "StatusReason")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DeliverySource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A map of key-value pairs to configure the delivery source. Both keys and values must be between
   * 1 and 255 characters in length.
   *
   * <p>CloudFormation property {@code DeliverySourceConfiguration}.
   */
  public DeliverySource deliverySourceConfiguration(Map<String, String> value) {
    return set("DeliverySourceConfiguration", Value.mapOf(value));
  }

  /**
   * Sets {@code DeliverySourceConfiguration} to this value; see {@link
   * #deliverySourceConfiguration(Map)}.
   */
  public DeliverySource deliverySourceConfiguration(Value<Map<String, String>> value) {
    return set("DeliverySourceConfiguration", value);
  }

  /**
   * The type of log that the source is sending. For valid values for this parameter, see the
   * documentation for the source service.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code [&#92;w-]*$}. CloudFormation property {@code
   * LogType}.
   */
  public DeliverySource logType(String value) {
    return set("LogType", Value.of(value));
  }

  /** Sets {@code LogType} to this value; see {@link #logType(String)}. */
  public DeliverySource logType(Value<String> value) {
    return set("LogType", value);
  }

  /**
   * The unique name of the delivery source.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 60 characters. Pattern: {@code
   * [&#92;w-]*$}. CloudFormation property {@code Name}.
   */
  public DeliverySource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DeliverySource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the AWS resource that is generating and sending logs. For example,
   * <code>arn:aws:workmail:us-east-1:123456789012:organization/m-1234EXAMPLEabcd1234abcd1234abcd1234</code>
   *
   * <p>Length: 16 to 2048 characters. Pattern: {@code [&#92;w#+=/:,.&#64;-]*&#92;*?}.
   * CloudFormation property {@code ResourceArn}.
   */
  public DeliverySource resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public DeliverySource resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * An array of key-value pairs to apply to the delivery source.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DeliverySource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DeliverySource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DeliverySource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies this delivery source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * This array contains the ARN of the AWS resource that sends logs and is represented by this
   * delivery source. Currently, only one ARN can be in the array.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArns}.
   */
  public Value<List<String>> resourceArns() {
    return getAtt("ResourceArns");
  }

  /**
   * The AWS service that is sending logs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Service}.
   */
  public Value<String> service() {
    return getAtt("Service");
  }

  /**
   * The status of this delivery source. The value can be ACTIVE or INACTIVE.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The reason for the status of this delivery source, such as RESOURCE_DELETED.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }
}
