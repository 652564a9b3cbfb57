// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Configures a <code>NotificationHub</code> for AWS User Notifications . For more information about
 * notification hub, see the <a
 * href="https://docs.aws.amazon.com/notifications/latest/userguide/notification-hubs.html">AWS User
 * Notifications User Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Notifications::NotificationHub}.
 */
public final class NotificationHub extends Resource<NotificationHub> {
  private static final Schema SCHEMA = Schema.builder("AWS::Notifications::NotificationHub")
      .required("Region")
      .constrain("Region", Constraint.of().minLength(2).maxLength(25))
      .refYields("Region")
      .attributes("CreationTime", "NotificationHubStatusSummary")
      .build();

  public NotificationHub(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>NotificationHub</code> Region.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 25 characters. CloudFormation
   * property {@code Region}.
   */
  public NotificationHub region(String value) {
    return set("Region", Value.of(value));
  }

  /** Sets {@code Region} to this value; see {@link #region(String)}. */
  public NotificationHub region(Value<String> value) {
    return set("Region", value);
  }

  /**
   * The date and time the <code>NotificationHubOverview</code> was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /** {@code Fn::GetAtt} attribute {@code NotificationHubStatusSummary}. */
  public Value<NotificationHubStatusSummary> notificationHubStatusSummary() {
    return getAtt("NotificationHubStatusSummary");
  }

  /**
   * Provides additional information about the current <code>NotificationHub</code> status.
   *
   * <p>Property type {@code AWS::Notifications::NotificationHub.NotificationHubStatusSummary}.
   */
  public static final class NotificationHubStatusSummary extends Struct<NotificationHubStatusSummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::Notifications::NotificationHub.NotificationHubStatusSummary")
        .required("NotificationHubStatus", "NotificationHubStatusReason")
        .allowed("NotificationHubStatus", "ACTIVE", "REGISTERING", "DEREGISTERING", "INACTIVE")
        .build();

    public NotificationHubStatusSummary() {
      super(SCHEMA);
    }

    /**
     * Indicates the current status of the <code>NotificationHub</code> .
     *
     * <p>Required. Allowed values: {@code ACTIVE}, {@code REGISTERING}, {@code DEREGISTERING},
     * {@code INACTIVE}. CloudFormation property {@code NotificationHubStatus}.
     */
    public NotificationHubStatusSummary notificationHubStatus(String value) {
      return set("NotificationHubStatus", Value.of(value));
    }

    /**
     * Sets {@code NotificationHubStatus} to this value; see {@link #notificationHubStatus(String)}.
     */
    public NotificationHubStatusSummary notificationHubStatus(Value<String> value) {
      return set("NotificationHubStatus", value);
    }

    /**
     * An explanation for the current status.
     *
     * <p>Required. CloudFormation property {@code NotificationHubStatusReason}.
     */
    public NotificationHubStatusSummary notificationHubStatusReason(String value) {
      return set("NotificationHubStatusReason", Value.of(value));
    }

    /**
     * Sets {@code NotificationHubStatusReason} to this value; see {@link
     * #notificationHubStatusReason(String)}.
     */
    public NotificationHubStatusSummary notificationHubStatusReason(Value<String> value) {
      return set("NotificationHubStatusReason", value);
    }
  }
}
