// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Designates the IAM role and Amazon Simple Notification Service (SNS) topic to use to record SNS
 * logs.
 *
 * <p>To perform this action outside of the console, you must configure the SNS topic to allow the
 * role <code>AWSServiceRoleForFMS</code> to publish SNS logs. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/fms-api-permissions-ref.html">Firewall
 * Manager required permissions for API actions</a> in the <em>AWS Firewall Manager Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::FMS::NotificationChannel}.
 */
public final class NotificationChannel extends Resource<NotificationChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::FMS::NotificationChannel")
      .required("SnsRoleName", "SnsTopicArn")
      .constrain("SnsRoleName", Constraint.of().pattern("^([^\\s]+)$").minLength(1).maxLength(1024))
      .constrain("SnsTopicArn", Constraint.of().pattern("^([^\\s]+)$").minLength(1).maxLength(1024))
      .refYields("SnsTopicArn")
      .build();

  public NotificationChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that allows Amazon to record AWS Firewall
   * Manager activity.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^([^&#92;s]+)$}. CloudFormation
   * property {@code SnsRoleName}.
   */
  public NotificationChannel snsRoleName(String value) {
    return set("SnsRoleName", Value.of(value));
  }

  /** Sets {@code SnsRoleName} to this value; see {@link #snsRoleName(String)}. */
  public NotificationChannel snsRoleName(Value<String> value) {
    return set("SnsRoleName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the SNS topic that collects notifications from AWS Firewall
   * Manager .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^([^&#92;s]+)$}. CloudFormation property {@code SnsTopicArn}.
   */
  public NotificationChannel snsTopicArn(String value) {
    return set("SnsTopicArn", Value.of(value));
  }

  /** Sets {@code SnsTopicArn} to this value; see {@link #snsTopicArn(String)}. */
  public NotificationChannel snsTopicArn(Value<String> value) {
    return set("SnsTopicArn", value);
  }
}
