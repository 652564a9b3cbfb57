// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This structure contains information about one <em>delivery destination</em> in your account. A
 * delivery destination is an AWS resource that represents an AWS service that logs can be sent to.
 * CloudWatch Logs, Amazon S3, Firehose, and X-Ray are supported as delivery destinations.
 *
 * <p>To configure logs delivery between a supported AWS service and a destination, you must do the
 * following:
 *
 * <ul> <li>Create a delivery source, which is a logical object that represents the resource that is
 * actually sending the logs. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html">PutDeliverySource</a>
 * . <li>Create a <em>delivery destination</em> , which is a logical object that represents the
 * actual delivery destination. <li>If you are delivering logs cross-account, you must use <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html">PutDeliveryDestinationPolicy</a>
 * in the destination account to assign an IAM policy to the destination. This policy allows
 * delivery to that destination. <li>Create a <em>delivery</em> by pairing exactly one delivery
 * source and one delivery destination. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html">CreateDelivery</a>
 * . </ul>
 *
 * <p>You can configure a single delivery source to send logs to multiple destinations by creating
 * multiple deliveries. You can also create multiple deliveries to configure multiple delivery
 * sources to send logs to the same delivery destination.
 *
 * <p>CloudFormation type {@code AWS::Logs::DeliveryDestination}.
 */
public final class DeliveryDestination extends Resource<DeliveryDestination> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::DeliveryDestination")
      .required("Name")
      .constrain("DeliveryDestinationPolicy", Constraint.of().minLength(1).maxLength(51200))
      .constrain("DeliveryDestinationType", Constraint.of().pattern("^[0-9A-Za-z]+$").minLength(1).maxLength(12))
      .constrain("DestinationResourceArn", Constraint.of().pattern("[\\w#+=/:,.@-]*\\*?").minLength(16).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("[\\w-]*$").minLength(1).maxLength(60))
      .constrain("OutputFormat", Constraint.of().pattern("^[0-9A-Za-z]+$").minLength(1).maxLength(12))
      .refYields("Name")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DeliveryDestination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a
   * specified destination in this account. For examples of this policy, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html#API_PutDeliveryDestinationPolicy_Examples">Examples</a>
   * in the CloudWatch Logs API Reference.
   *
   * <p>Length: 1 to 51200 characters. CloudFormation property {@code DeliveryDestinationPolicy}.
   */
  public DeliveryDestination deliveryDestinationPolicy(Value<DestinationPolicy> value) {
    return set("DeliveryDestinationPolicy", value);
  }

  /**
   * Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
   *
   * <p>Changing it replaces the resource. Length: 1 to 12 characters. Pattern: {@code
   * ^[0-9A-Za-z]+$}. CloudFormation property {@code DeliveryDestinationType}.
   */
  public DeliveryDestination deliveryDestinationType(String value) {
    return set("DeliveryDestinationType", Value.of(value));
  }

  /**
   * Sets {@code DeliveryDestinationType} to this value; see {@link
   * #deliveryDestinationType(String)}.
   */
  public DeliveryDestination deliveryDestinationType(Value<String> value) {
    return set("DeliveryDestinationType", value);
  }

  /**
   * The ARN of the AWS destination that this delivery destination represents. That AWS destination
   * can be a log group in CloudWatch Logs , an Amazon S3 bucket, or a Firehose stream.
   *
   * <p>Changing it replaces the resource. Length: 16 to 2048 characters. Pattern: {@code
   * [&#92;w#+=/:,.&#64;-]*&#92;*?}. CloudFormation property {@code DestinationResourceArn}.
   */
  public DeliveryDestination destinationResourceArn(String value) {
    return set("DestinationResourceArn", Value.of(value));
  }

  /**
   * Sets {@code DestinationResourceArn} to this value; see {@link #destinationResourceArn(String)}.
   */
  public DeliveryDestination destinationResourceArn(Value<String> value) {
    return set("DestinationResourceArn", value);
  }

  /**
   * The name of this delivery destination.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 60 characters. Pattern: {@code
   * [&#92;w-]*$}. CloudFormation property {@code Name}.
   */
  public DeliveryDestination name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DeliveryDestination name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The format of the logs that are sent to this delivery destination.
   *
   * <p>Changing it replaces the resource. Length: 1 to 12 characters. Pattern: {@code
   * ^[0-9A-Za-z]+$}. CloudFormation property {@code OutputFormat}.
   */
  public DeliveryDestination outputFormat(String value) {
    return set("OutputFormat", Value.of(value));
  }

  /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
  public DeliveryDestination outputFormat(Value<String> value) {
    return set("OutputFormat", value);
  }

  /**
   * An array of key-value pairs to apply to the delivery destination.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DeliveryDestination tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DeliveryDestination tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DeliveryDestination tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies this delivery destination.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a
   * specified destination in this account.
   *
   * <p>Property type {@code AWS::Logs::DeliveryDestination.DestinationPolicy}.
   */
  public static final class DestinationPolicy extends Struct<DestinationPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::DeliveryDestination.DestinationPolicy")
        .constrain("DeliveryDestinationName", Constraint.of().minLength(1).maxLength(60))
        .build();

    public DestinationPolicy() {
      super(SCHEMA);
    }

    /**
     * A name for an existing destination.
     *
     * <p>Length: 1 to 60 characters. CloudFormation property {@code DeliveryDestinationName}.
     */
    public DestinationPolicy deliveryDestinationName(String value) {
      return set("DeliveryDestinationName", Value.of(value));
    }

    /**
     * Sets {@code DeliveryDestinationName} to this value; see {@link
     * #deliveryDestinationName(String)}.
     */
    public DestinationPolicy deliveryDestinationName(Value<String> value) {
      return set("DeliveryDestinationName", value);
    }

    /**
     * Creates or updates an access policy associated with an existing destination. An access policy
     * is an <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies_overview.html">IAM
     * policy document</a> that is used to authorize claims to register a subscription filter
     * against a given destination.
     *
     * <p>CloudFormation property {@code DeliveryDestinationPolicy}.
     */
    public DestinationPolicy deliveryDestinationPolicy(Value<Json> value) {
      return set("DeliveryDestinationPolicy", value);
    }
  }
}
