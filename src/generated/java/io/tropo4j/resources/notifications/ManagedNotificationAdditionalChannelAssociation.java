// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a <code>Channel</code> with a
 * <code>ManagedNotificationAdditionalChannelAssociation</code> for AWS User Notifications . For
 * more information about AWS User Notifications , see the <a
 * href="https://docs.aws.amazon.com/notifications/latest/userguide/what-is-service.html">AWS User
 * Notifications User Guide</a> .
 *
 * <p>CloudFormation type {@code
 * AWS::Notifications::ManagedNotificationAdditionalChannelAssociation}.
 */
public final class ManagedNotificationAdditionalChannelAssociation extends Resource<ManagedNotificationAdditionalChannelAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Notifications::ManagedNotificationAdditionalChannelAssociation")
      .required("ChannelArn", "ManagedNotificationConfigurationArn")
      .constrain("ChannelArn", Constraint.of().pattern("^arn:[a-z-]{3,10}:(chatbot|consoleapp|notifications-contacts):[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z0-9-_.@]+/[a-zA-Z0-9/_.@:-]+$"))
      .constrain("ManagedNotificationConfigurationArn", Constraint.of().pattern("^arn:[a-z-]{3,10}:notifications::([0-9]{12}|):managed-notification-configuration/category/[a-zA-Z0-9\\-]{3,64}/sub-category/[a-zA-Z0-9\\-]{3,64}$"))
      .build();

  public ManagedNotificationAdditionalChannelAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the <code>Channel</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]{3,10}:(chatbot|consoleapp|notifications-contacts):[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z0-9-_.&#64;]+/[a-zA-Z0-9/_.&#64;:-]+$}.
   * CloudFormation property {@code ChannelArn}.
   */
  public ManagedNotificationAdditionalChannelAssociation channelArn(String value) {
    return set("ChannelArn", Value.of(value));
  }

  /** Sets {@code ChannelArn} to this value; see {@link #channelArn(String)}. */
  public ManagedNotificationAdditionalChannelAssociation channelArn(Value<String> value) {
    return set("ChannelArn", value);
  }

  /**
   * Whether the channel association is subscribed to sensitive events. Access to sensitive events
   * is gated by the SubscribeSensitiveEvents virtual IAM action.
   *
   * <p>CloudFormation property {@code IsSensitiveEventsSubscribed}.
   */
  public ManagedNotificationAdditionalChannelAssociation isSensitiveEventsSubscribed(boolean value) {
    return set("IsSensitiveEventsSubscribed", Value.of(value));
  }

  /**
   * Sets {@code IsSensitiveEventsSubscribed} to this value; see {@link
   * #isSensitiveEventsSubscribed(boolean)}.
   */
  public ManagedNotificationAdditionalChannelAssociation isSensitiveEventsSubscribed(Value<Boolean> value) {
    return set("IsSensitiveEventsSubscribed", value);
  }

  /**
   * The ARN of the <code>ManagedNotificationAdditionalChannelAssociation</code> associated with the
   * <code>Channel</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]{3,10}:notifications::([0-9]{12}|):managed-notification-configuration/category/[a-zA-Z0-9&#92;-]{3,64}/sub-category/[a-zA-Z0-9&#92;-]{3,64}$}.
   * CloudFormation property {@code ManagedNotificationConfigurationArn}.
   */
  public ManagedNotificationAdditionalChannelAssociation managedNotificationConfigurationArn(String value) {
    return set("ManagedNotificationConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code ManagedNotificationConfigurationArn} to this value; see {@link
   * #managedNotificationConfigurationArn(String)}.
   */
  public ManagedNotificationAdditionalChannelAssociation managedNotificationConfigurationArn(Value<String> value) {
    return set("ManagedNotificationConfigurationArn", value);
  }
}
