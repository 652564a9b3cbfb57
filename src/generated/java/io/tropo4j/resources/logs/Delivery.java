// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This structure contains information about one <em>delivery</em> in your account.
 *
 * <p>A delivery is a connection between a logical <em>delivery source</em> and a logical
 * <em>delivery destination</em> .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html">CreateDelivery</a>
 * .
 *
 * <p>To update an existing delivery configuration, use <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html">UpdateDeliveryConfiguration</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Logs::Delivery}.
 */
public final class Delivery extends Resource<Delivery> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::Delivery")
      .required("DeliveryDestinationArn", "DeliverySourceName")
      .constrain("DeliveryDestinationArn", Constraint.of().pattern("[\\w#+=/:,.@-]*\\*?").minLength(16).maxLength(2048))
      .constrain("DeliverySourceName", Constraint.of().pattern("[\\w-]*$").minLength(1).maxLength(60))
      .constrain("FieldDelimiter", Constraint.of().minLength(1).maxLength(5))
      .constrain("RecordFields", Constraint.of().minLength(1).maxLength(50))
      .constrain("S3SuffixPath", Constraint.of().minLength(0).maxLength(256))
      .refYields("DeliveryId")
      .attributes("Arn", "DeliveryDestinationType", "DeliveryId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Delivery(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the delivery destination that is associated with this delivery.
   *
   * <p>Required. Changing it replaces the resource. Length: 16 to 2048 characters. Pattern: {@code
   * [&#92;w#+=/:,.&#64;-]*&#92;*?}. CloudFormation property {@code DeliveryDestinationArn}.
   */
  public Delivery deliveryDestinationArn(String value) {
    return set("DeliveryDestinationArn", Value.of(value));
  }

  /**
   * Sets {@code DeliveryDestinationArn} to this value; see {@link #deliveryDestinationArn(String)}.
   */
  public Delivery deliveryDestinationArn(Value<String> value) {
    return set("DeliveryDestinationArn", value);
  }

  /**
   * The name of the delivery source that is associated with this delivery.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 60 characters. Pattern: {@code
   * [&#92;w-]*$}. CloudFormation property {@code DeliverySourceName}.
   */
  public Delivery deliverySourceName(String value) {
    return set("DeliverySourceName", Value.of(value));
  }

  /** Sets {@code DeliverySourceName} to this value; see {@link #deliverySourceName(String)}. */
  public Delivery deliverySourceName(Value<String> value) {
    return set("DeliverySourceName", value);
  }

  /**
   * The field delimiter that is used between record fields when the final output format of a
   * delivery is in <code>Plain</code> , <code>W3C</code> , or <code>Raw</code> format.
   *
   * <p>Length: 1 to 5 characters. CloudFormation property {@code FieldDelimiter}.
   */
  public Delivery fieldDelimiter(String value) {
    return set("FieldDelimiter", Value.of(value));
  }

  /** Sets {@code FieldDelimiter} to this value; see {@link #fieldDelimiter(String)}. */
  public Delivery fieldDelimiter(Value<String> value) {
    return set("FieldDelimiter", value);
  }

  /**
   * The list of record fields to be delivered to the destination, in order. If the delivery's log
   * source has mandatory fields, they must be included in this list.
   *
   * <p>Length: 1 to 50 characters. CloudFormation property {@code RecordFields}.
   */
  public Delivery recordFields(List<String> value) {
    return set("RecordFields", Value.listOf(value));
  }

  /** Sets {@code RecordFields} to this value; see {@link #recordFields(List)}. */
  public Delivery recordFields(Value<List<String>> value) {
    return set("RecordFields", value);
  }

  /**
   * Use this parameter to cause the S3 objects that contain delivered logs to use a prefix
   * structure that allows for integration with Apache Hive.
   *
   * <p>CloudFormation property {@code S3EnableHiveCompatiblePath}.
   */
  public Delivery s3EnableHiveCompatiblePath(boolean value) {
    return set("S3EnableHiveCompatiblePath", Value.of(value));
  }

  /**
   * Sets {@code S3EnableHiveCompatiblePath} to this value; see {@link
   * #s3EnableHiveCompatiblePath(boolean)}.
   */
  public Delivery s3EnableHiveCompatiblePath(Value<Boolean> value) {
    return set("S3EnableHiveCompatiblePath", value);
  }

  /**
   * Use this to reconfigure the S3 object prefix to contain either static or variable sections. The
   * valid variables to use in the suffix path will vary by each log source. To find the values
   * supported for the suffix path for each log source, use the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeConfigurationTemplates.html">DescribeConfigurationTemplates</a>
   * operation and check the <code>allowedSuffixPathFields</code> field in the response.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code S3SuffixPath}.
   */
  public Delivery s3SuffixPath(String value) {
    return set("S3SuffixPath", Value.of(value));
  }

  /** Sets {@code S3SuffixPath} to this value; see {@link #s3SuffixPath(String)}. */
  public Delivery s3SuffixPath(Value<String> value) {
    return set("S3SuffixPath", value);
  }

  /**
   * An array of key-value pairs to apply to the delivery.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Delivery tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Delivery tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Delivery tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies this delivery.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Displays whether the delivery destination associated with this delivery is CloudWatch Logs ,
   * Amazon S3 , or Firehose .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeliveryDestinationType}.
   */
  public Value<String> deliveryDestinationType() {
    return getAtt("DeliveryDestinationType");
  }

  /**
   * The unique ID that identifies this delivery in your account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeliveryId}.
   */
  public Value<String> deliveryId() {
    return getAtt("DeliveryId");
  }
}
