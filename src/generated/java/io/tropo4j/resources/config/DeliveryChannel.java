// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Specifies a delivery channel object to deliver configuration information to an Amazon S3 bucket
 * and Amazon topic.
 *
 * <p>Before you can create a delivery channel, you must create a configuration recorder. You can
 * use this action to change the Amazon S3 bucket or an Amazon topic of the existing delivery
 * channel. To change the Amazon S3 bucket or an Amazon topic, call this action and specify the
 * changed values for the S3 bucket and the SNS topic. If you specify a different value for either
 * the S3 bucket or the SNS topic, this action will keep the existing value for the parameter that
 * is not changed.
 *
 * <p>In the China (Beijing) Region, when you call this action, the Amazon S3 bucket must also be in
 * the China (Beijing) Region. In all the other regions, AWS Config supports cross-region and
 * cross-account delivery channels.
 *
 * <p>You can have only one delivery channel per region per AWS account, and the delivery channel is
 * required to use AWS Config .
 *
 * <p>AWS Config does not support the delivery channel to an Amazon S3 bucket bucket where object
 * lock is enabled. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html">How S3
 * Object Lock works</a> .
 *
 * <p>When you create the delivery channel, you can specify; how often AWS Config delivers
 * configuration snapshots to your Amazon S3 bucket (for example, 24 hours), the S3 bucket to which
 * AWS Config sends configuration snapshots and configuration history files, and the Amazon topic to
 * which AWS Config sends notifications about configuration changes, such as updated resources, AWS
 * Config rule evaluations, and when AWS Config delivers the configuration snapshot to your S3
 * bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/config/latest/developerguide/how-does-config-work.html#delivery-channel">Deliver
 * Configuration Items</a> in the AWS Config Developer Guide.
 *
 * <p>To enable AWS Config , you must create a configuration recorder and a delivery channel. If you
 * want to create the resources separately, you must create a configuration recorder before you can
 * create a delivery channel. AWS Config uses the configuration recorder to capture configuration
 * changes to your resources. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-config-configurationrecorder.html">AWS::Config::ConfigurationRecorder</a>
 * .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/config/latest/developerguide/manage-delivery-channel.html">Managing
 * the Delivery Channel</a> in the AWS Config Developer Guide.
 *
 * <p>CloudFormation type {@code AWS::Config::DeliveryChannel}.
 */
public final class DeliveryChannel extends Resource<DeliveryChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::DeliveryChannel")
      .required("S3BucketName")
      .constrain("S3BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
      .constrain("SnsTopicARN", Constraint.of().format("AWS::SNS::Topic.Arn"))
      .refYields("Name")
      .build();

  public DeliveryChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The options for how often AWS Config delivers configuration snapshots to the Amazon S3 bucket.
   *
   * <p>CloudFormation property {@code ConfigSnapshotDeliveryProperties}.
   */
  public DeliveryChannel configSnapshotDeliveryProperties(Value<ConfigSnapshotDeliveryProperties> value) {
    return set("ConfigSnapshotDeliveryProperties", value);
  }

  /**
   * A name for the delivery channel. If you don't specify a name, CloudFormation generates a unique
   * physical ID and uses that ID for the delivery channel name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>Updates are not supported. To change the name, you must run two separate updates. In the
   * first update, delete this resource, and then recreate it with a new name in the second update.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public DeliveryChannel name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DeliveryChannel name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The name of the Amazon S3 bucket to which AWS Config delivers configuration snapshots and
   * configuration history files.
   *
   * <p>If you specify a bucket that belongs to another AWS account , that bucket must have policies
   * that grant access permissions to AWS Config . For more information, see <a
   * href="https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html">Permissions
   * for the Amazon S3 Bucket</a> in the <em>AWS Config Developer Guide</em> .
   *
   * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
   * S3BucketName}.
   */
  public DeliveryChannel s3BucketName(String value) {
    return set("S3BucketName", Value.of(value));
  }

  /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
  public DeliveryChannel s3BucketName(Value<String> value) {
    return set("S3BucketName", value);
  }

  /**
   * The prefix for the specified Amazon S3 bucket.
   *
   * <p>CloudFormation property {@code S3KeyPrefix}.
   */
  public DeliveryChannel s3KeyPrefix(String value) {
    return set("S3KeyPrefix", Value.of(value));
  }

  /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
  public DeliveryChannel s3KeyPrefix(Value<String> value) {
    return set("S3KeyPrefix", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Key Management Service ( AWS ) AWS KMS key (KMS key)
   * used to encrypt objects delivered by AWS Config . Must belong to the same Region as the
   * destination S3 bucket.
   *
   * <p>CloudFormation property {@code S3KmsKeyArn}.
   */
  public DeliveryChannel s3KmsKeyArn(String value) {
    return set("S3KmsKeyArn", Value.of(value));
  }

  /** Sets {@code S3KmsKeyArn} to this value; see {@link #s3KmsKeyArn(String)}. */
  public DeliveryChannel s3KmsKeyArn(Value<String> value) {
    return set("S3KmsKeyArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon SNS topic to which AWS Config sends notifications
   * about configuration changes.
   *
   * <p>If you choose a topic from another account, the topic must have policies that grant access
   * permissions to AWS Config . For more information, see <a
   * href="https://docs.aws.amazon.com/config/latest/developerguide/sns-topic-policy.html">Permissions
   * for the Amazon SNS Topic</a> in the <em>AWS Config Developer Guide</em> .
   *
   * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code SnsTopicARN}.
   */
  public DeliveryChannel snsTopicARN(String value) {
    return set("SnsTopicARN", Value.of(value));
  }

  /** Sets {@code SnsTopicARN} to this value; see {@link #snsTopicARN(String)}. */
  public DeliveryChannel snsTopicARN(Value<String> value) {
    return set("SnsTopicARN", value);
  }

  /**
   * Provides options for how often AWS Config delivers configuration snapshots to the Amazon S3
   * bucket in your delivery channel.
   *
   * <p>If you want to create a rule that triggers evaluations for your resources when AWS Config
   * delivers the configuration snapshot, see the following:
   *
   * <p>The frequency for a rule that triggers evaluations for your resources when AWS Config
   * delivers the configuration snapshot is set by one of two values, depending on which is less
   * frequent:
   *
   * <ul> <li>The value for the <code>deliveryFrequency</code> parameter within the delivery channel
   * configuration, which sets how often AWS Config delivers configuration snapshots. This value
   * also sets how often AWS Config invokes evaluations for AWS Config rules. <li>The value for the
   * <code>MaximumExecutionFrequency</code> parameter, which sets the maximum frequency with which
   * AWS Config invokes evaluations for the rule. For more information, see <a
   * href="https://docs.aws.amazon.com/config/latest/APIReference/API_ConfigRule.html">ConfigRule</a>
   * . </ul>
   *
   * <p>If the <code>deliveryFrequency</code> value is less frequent than the
   * <code>MaximumExecutionFrequency</code> value for a rule, AWS Config invokes the rule only as
   * often as the <code>deliveryFrequency</code> value.
   *
   * <ul> <li>For example, you want your rule to run evaluations when AWS Config delivers the
   * configuration snapshot. <li>You specify the <code>MaximumExecutionFrequency</code> value for
   * <code>Six_Hours</code> . <li>You then specify the delivery channel
   * <code>deliveryFrequency</code> value for <code>TwentyFour_Hours</code> . <li>Because the value
   * for <code>deliveryFrequency</code> is less frequent than <code>MaximumExecutionFrequency</code>
   * , AWS Config invokes evaluations for the rule every 24 hours. </ul>
   *
   * <p>You should set the <code>MaximumExecutionFrequency</code> value to be at least as frequent
   * as the <code>deliveryFrequency</code> value. You can view the <code>deliveryFrequency</code>
   * value by using the <code>DescribeDeliveryChannnels</code> action.
   *
   * <p>To update the <code>deliveryFrequency</code> with which AWS Config delivers your
   * configuration snapshots, use the <code>PutDeliveryChannel</code> action.
   *
   * <p>Property type {@code AWS::Config::DeliveryChannel.ConfigSnapshotDeliveryProperties}.
   */
  public static final class ConfigSnapshotDeliveryProperties extends Struct<ConfigSnapshotDeliveryProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::DeliveryChannel.ConfigSnapshotDeliveryProperties")
        .allowed("DeliveryFrequency", "One_Hour", "Three_Hours", "Six_Hours", "Twelve_Hours",
            "TwentyFour_Hours")
        .build();

    public ConfigSnapshotDeliveryProperties() {
      super(SCHEMA);
    }

    /**
     * The frequency with which AWS Config delivers configuration snapshots.
     *
     * <p>Allowed values: {@code One_Hour}, {@code Three_Hours}, {@code Six_Hours}, {@code
     * Twelve_Hours}, {@code TwentyFour_Hours}. CloudFormation property {@code DeliveryFrequency}.
     */
    public ConfigSnapshotDeliveryProperties deliveryFrequency(String value) {
      return set("DeliveryFrequency", Value.of(value));
    }

    /** Sets {@code DeliveryFrequency} to this value; see {@link #deliveryFrequency(String)}. */
    public ConfigSnapshotDeliveryProperties deliveryFrequency(Value<String> value) {
      return set("DeliveryFrequency", value);
    }
  }
}
