// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

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
      .build();

  public ManagedNotificationAdditionalChannelAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the <code>Channel</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ChannelArn}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ManagedNotificationConfigurationArn}.
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
