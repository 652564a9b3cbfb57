// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates an Account Management Contact with a <code>ManagedNotificationConfiguration</code> for
 * AWS User Notifications . For more information about AWS User Notifications , see the <a
 * href="https://docs.aws.amazon.com/notifications/latest/userguide/what-is-service.html">AWS User
 * Notifications User Guide</a> . For more information about Account Management Contacts, see the <a
 * href="https://docs.aws.amazon.com/accounts/latest/reference/API_AlternateContact.html">Account
 * Management Reference Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Notifications::ManagedNotificationAccountContactAssociation}.
 */
public final class ManagedNotificationAccountContactAssociation extends Resource<ManagedNotificationAccountContactAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Notifications::ManagedNotificationAccountContactAssociation")
      .required("ContactIdentifier", "ManagedNotificationConfigurationArn")
      .allowed("ContactIdentifier", "ACCOUNT_PRIMARY", "ACCOUNT_ALTERNATE_SECURITY",
          "ACCOUNT_ALTERNATE_OPERATIONS", "ACCOUNT_ALTERNATE_BILLING")
      .constrain("ManagedNotificationConfigurationArn", Constraint.of().pattern("^arn:[a-z-]{3,10}:notifications::([0-9]{12}|):managed-notification-configuration/category/[a-zA-Z0-9\\-]{3,64}/sub-category/[a-zA-Z0-9\\-]{3,64}$"))
      .build();

  public ManagedNotificationAccountContactAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the notification contact associated with the AWS account. For more
   * information about the contact types associated with an account, see the <a
   * href="https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html#manage-acct-update-contact-alternate-orgs">Account
   * Management Reference Guide</a> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ACCOUNT_PRIMARY}, {@code
   * ACCOUNT_ALTERNATE_SECURITY}, {@code ACCOUNT_ALTERNATE_OPERATIONS}, {@code
   * ACCOUNT_ALTERNATE_BILLING}. CloudFormation property {@code ContactIdentifier}.
   */
  public ManagedNotificationAccountContactAssociation contactIdentifier(String value) {
    return set("ContactIdentifier", Value.of(value));
  }

  /** Sets {@code ContactIdentifier} to this value; see {@link #contactIdentifier(String)}. */
  public ManagedNotificationAccountContactAssociation contactIdentifier(Value<String> value) {
    return set("ContactIdentifier", value);
  }

  /**
   * Whether the account contact association is subscribed to sensitive events. Access to sensitive
   * events is gated by the SubscribeSensitiveEvents virtual IAM action.
   *
   * <p>CloudFormation property {@code IsSensitiveEventsSubscribed}.
   */
  public ManagedNotificationAccountContactAssociation isSensitiveEventsSubscribed(boolean value) {
    return set("IsSensitiveEventsSubscribed", Value.of(value));
  }

  /**
   * Sets {@code IsSensitiveEventsSubscribed} to this value; see {@link
   * #isSensitiveEventsSubscribed(boolean)}.
   */
  public ManagedNotificationAccountContactAssociation isSensitiveEventsSubscribed(Value<Boolean> value) {
    return set("IsSensitiveEventsSubscribed", value);
  }

  /**
   * The ARN of the <code>ManagedNotificationConfiguration</code> to be associated with the
   * <code>Channel</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]{3,10}:notifications::([0-9]{12}|):managed-notification-configuration/category/[a-zA-Z0-9&#92;-]{3,64}/sub-category/[a-zA-Z0-9&#92;-]{3,64}$}.
   * CloudFormation property {@code ManagedNotificationConfigurationArn}.
   */
  public ManagedNotificationAccountContactAssociation managedNotificationConfigurationArn(String value) {
    return set("ManagedNotificationConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code ManagedNotificationConfigurationArn} to this value; see {@link
   * #managedNotificationConfigurationArn(String)}.
   */
  public ManagedNotificationAccountContactAssociation managedNotificationConfigurationArn(Value<String> value) {
    return set("ManagedNotificationConfigurationArn", value);
  }
}
