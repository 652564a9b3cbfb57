// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsguru;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * Adds a notification channel to DevOps Guru. A notification channel is used to notify you about
 * important DevOps Guru events, such as when an insight is generated.
 *
 * <p>If you use an Amazon SNS topic in another account, you must attach a policy to it that grants
 * DevOps Guru permission to send it notifications. DevOps Guru adds the required policy on your
 * behalf to send notifications using Amazon SNS in your account. DevOps Guru only supports standard
 * SNS topics. For more information, see <a
 * href="https://docs.aws.amazon.com/devops-guru/latest/userguide/sns-required-permissions.html">Permissions
 * for Amazon SNS topics</a> .
 *
 * <p>If you use an Amazon SNS topic that is encrypted by an AWS Key Management Service
 * customer-managed key (CMK), then you must add permissions to the CMK. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/devops-guru/latest/userguide/sns-kms-permissions.html">Permissions
 * for AWS KMS–encrypted Amazon SNS topics</a> .
 *
 * <p>CloudFormation type {@code AWS::DevOpsGuru::NotificationChannel}.
 */
public final class NotificationChannel extends Resource<NotificationChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsGuru::NotificationChannel")
      .required("Config")
      .refYields("Id")
      .attributes("Id")
      .build();

  public NotificationChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A <code>NotificationChannelConfig</code> object that contains information about configured
   * notification channels.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Config}.
   */
  public NotificationChannel config(Value<NotificationChannelConfig> value) {
    return set("Config", value);
  }

  /**
   * The ID of the notification channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Information about notification channels you have configured with DevOps Guru. The one supported
   * notification channel is Amazon Simple Notification Service (Amazon SNS).
   *
   * <p>Property type {@code AWS::DevOpsGuru::NotificationChannel.NotificationChannelConfig}.
   */
  public static final class NotificationChannelConfig extends Struct<NotificationChannelConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsGuru::NotificationChannel.NotificationChannelConfig");

    public NotificationChannelConfig() {
      super(SCHEMA);
    }

    /**
     * The filter configurations for the Amazon SNS notification topic you use with DevOps Guru. If
     * you do not provide filter configurations, the default configurations are to receive
     * notifications for all message types of <code>High</code> or <code>Medium</code> severity.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Filters}.
     */
    public NotificationChannelConfig filters(Value<NotificationFilterConfig> value) {
      return set("Filters", value);
    }

    /**
     * Information about a notification channel configured in DevOps Guru to send notifications when
     * insights are created.
     *
     * <p>If you use an Amazon SNS topic in another account, you must attach a policy to it that
     * grants DevOps Guru permission to send it notifications. DevOps Guru adds the required policy
     * on your behalf to send notifications using Amazon SNS in your account. DevOps Guru only
     * supports standard SNS topics. For more information, see <a
     * href="https://docs.aws.amazon.com/devops-guru/latest/userguide/sns-required-permissions.html">Permissions
     * for Amazon SNS topics</a> .
     *
     * <p>If you use an Amazon SNS topic that is encrypted by an AWS Key Management Service
     * customer-managed key (CMK), then you must add permissions to the CMK. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/devops-guru/latest/userguide/sns-kms-permissions.html">Permissions
     * for AWS KMS–encrypted Amazon SNS topics</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Sns}.
     */
    public NotificationChannelConfig sns(Value<SnsChannelConfig> value) {
      return set("Sns", value);
    }
  }

  /**
   * The filter configurations for the Amazon SNS notification topic you use with DevOps Guru. You
   * can choose to specify which events or message types to receive notifications for. You can also
   * choose to specify which severity levels to receive notifications for.
   *
   * <p>Property type {@code AWS::DevOpsGuru::NotificationChannel.NotificationFilterConfig}.
   */
  public static final class NotificationFilterConfig extends Struct<NotificationFilterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsGuru::NotificationChannel.NotificationFilterConfig")
        .allowed("MessageTypes", "NEW_INSIGHT", "CLOSED_INSIGHT", "NEW_ASSOCIATION",
            "SEVERITY_UPGRADED", "NEW_RECOMMENDATION")
        .allowed("Severities", "LOW", "MEDIUM", "HIGH")
        .build();

    public NotificationFilterConfig() {
      super(SCHEMA);
    }

    /**
     * The events that you want to receive notifications for. For example, you can choose to receive
     * notifications only when the severity level is upgraded or a new insight is created.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code NEW_INSIGHT}, {@code
     * CLOSED_INSIGHT}, {@code NEW_ASSOCIATION}, {@code SEVERITY_UPGRADED}, {@code
     * NEW_RECOMMENDATION}. CloudFormation property {@code MessageTypes}.
     */
    public NotificationFilterConfig messageTypes(List<String> value) {
      return set("MessageTypes", Value.listOf(value));
    }

    /** Sets {@code MessageTypes} to this value; see {@link #messageTypes(List)}. */
    public NotificationFilterConfig messageTypes(Value<List<String>> value) {
      return set("MessageTypes", value);
    }

    /**
     * The severity levels that you want to receive notifications for. For example, you can choose
     * to receive notifications only for insights with <code>HIGH</code> and <code>MEDIUM</code>
     * severity levels. For more information, see <a
     * href="https://docs.aws.amazon.com/devops-guru/latest/userguide/working-with-insights.html#understanding-insights-severities">Understanding
     * insight severities</a> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code LOW}, {@code MEDIUM}, {@code
     * HIGH}. CloudFormation property {@code Severities}.
     */
    public NotificationFilterConfig severities(List<String> value) {
      return set("Severities", Value.listOf(value));
    }

    /** Sets {@code Severities} to this value; see {@link #severities(List)}. */
    public NotificationFilterConfig severities(Value<List<String>> value) {
      return set("Severities", value);
    }
  }

  /**
   * Contains the Amazon Resource Name (ARN) of an Amazon Simple Notification Service topic.
   *
   * <p>If you use an Amazon SNS topic in another account, you must attach a policy to it that
   * grants DevOps Guru permission to send it notifications. DevOps Guru adds the required policy on
   * your behalf to send notifications using Amazon SNS in your account. DevOps Guru only supports
   * standard SNS topics. For more information, see <a
   * href="https://docs.aws.amazon.com/devops-guru/latest/userguide/sns-required-permissions.html">Permissions
   * for Amazon SNS topics</a> .
   *
   * <p>If you use an Amazon SNS topic that is encrypted by an AWS Key Management Service
   * customer-managed key (CMK), then you must add permissions to the CMK. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/devops-guru/latest/userguide/sns-kms-permissions.html">Permissions
   * for AWS KMS–encrypted Amazon SNS topics</a> .
   *
   * <p>Property type {@code AWS::DevOpsGuru::NotificationChannel.SnsChannelConfig}.
   */
  public static final class SnsChannelConfig extends Struct<SnsChannelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsGuru::NotificationChannel.SnsChannelConfig")
        .constrain("TopicArn", Constraint.of().pattern("^arn:aws[a-z0-9-]*:sns:[a-z0-9-]+:\\d{12}:[^:]+$").minLength(36).maxLength(1024).format("AWS::SNS::Topic.Arn"))
        .references("TopicArn", "AWS::SNS::Topic.Ref")
        .build();

    public SnsChannelConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an Amazon Simple Notification Service topic.
     *
     * <p>Changing it replaces the resource. Length: 36 to 1024 characters. Pattern: {@code
     * ^arn:aws[a-z0-9-]*:sns:[a-z0-9-]+:&#92;d{12}:[^:]+$}. Format: {@code AWS::SNS::Topic.Arn}.
     * CloudFormation property {@code TopicArn}.
     */
    public SnsChannelConfig topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public SnsChannelConfig topicArn(Value<String> value) {
      return set("TopicArn", value);
    }

    /**
     * Sets {@code TopicArn} to the Ref of {@code AWS::SNS::Topic}; see {@link #topicArn(String)}.
     */
    public SnsChannelConfig topicArn(Topic resource) {
      return set("TopicArn", resource.ref());
    }
  }
}
