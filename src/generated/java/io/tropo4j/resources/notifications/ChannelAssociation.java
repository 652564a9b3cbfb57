// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Notifications::ChannelAssociation</code> resource associates a
 * <code>Channel</code> with a <code>NotificationConfiguration</code> for AWS User Notifications .
 * For more information about AWS User Notifications , see the <a
 * href="https://docs.aws.amazon.com/notifications/latest/userguide/what-is-service.html">AWS User
 * Notifications User Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Notifications::ChannelAssociation}.
 */
public final class ChannelAssociation extends Resource<ChannelAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Notifications::ChannelAssociation")
      .required("Arn", "NotificationConfigurationArn")
      .constrain("Arn", Constraint.of().pattern("^arn:[a-z-]{3,10}:(chatbot|consoleapp|notifications-contacts):[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z0-9-_.@]+/[a-zA-Z0-9/_.@:-]+$"))
      .constrain("NotificationConfigurationArn", Constraint.of().pattern("^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$"))
      .build();

  public ChannelAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>Channel</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]{3,10}:(chatbot|consoleapp|notifications-contacts):[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z0-9-_.&#64;]+/[a-zA-Z0-9/_.&#64;:-]+$}.
   * CloudFormation property {@code Arn}.
   */
  public ChannelAssociation arn(String value) {
    return set("Arn", Value.of(value));
  }

  /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
  public ChannelAssociation arn(Value<String> value) {
    return set("Arn", value);
  }

  /**
   * The ARN of the <code>NotificationConfiguration</code> associated with the <code>Channel</code>
   * .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$}. CloudFormation
   * property {@code NotificationConfigurationArn}.
   */
  public ChannelAssociation notificationConfigurationArn(String value) {
    return set("NotificationConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code NotificationConfigurationArn} to this value; see {@link
   * #notificationConfigurationArn(String)}.
   */
  public ChannelAssociation notificationConfigurationArn(Value<String> value) {
    return set("NotificationConfigurationArn", value);
  }
}
