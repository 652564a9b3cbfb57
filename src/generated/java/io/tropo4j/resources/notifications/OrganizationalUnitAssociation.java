// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::Notifications::OrganizationalUnitAssociation
 *
 * <p>CloudFormation type {@code AWS::Notifications::OrganizationalUnitAssociation}.
 */
public final class OrganizationalUnitAssociation extends Resource<OrganizationalUnitAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Notifications::OrganizationalUnitAssociation")
      .required("NotificationConfigurationArn", "OrganizationalUnitId")
      .constrain("NotificationConfigurationArn", Constraint.of().pattern("^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$"))
      .constrain("OrganizationalUnitId", Constraint.of().pattern("^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"))
      .build();

  public OrganizationalUnitAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * ARN identifier of the NotificationConfiguration. Example:
   * arn:aws:notifications::123456789012:configuration/a01jes88qxwkbj05xv9c967pgm1
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$}. CloudFormation
   * property {@code NotificationConfigurationArn}.
   */
  public OrganizationalUnitAssociation notificationConfigurationArn(String value) {
    return set("NotificationConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code NotificationConfigurationArn} to this value; see {@link
   * #notificationConfigurationArn(String)}.
   */
  public OrganizationalUnitAssociation notificationConfigurationArn(Value<String> value) {
    return set("NotificationConfigurationArn", value);
  }

  /**
   * The ID of the organizational unit.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$}. CloudFormation property {@code
   * OrganizationalUnitId}.
   */
  public OrganizationalUnitAssociation organizationalUnitId(String value) {
    return set("OrganizationalUnitId", Value.of(value));
  }

  /** Sets {@code OrganizationalUnitId} to this value; see {@link #organizationalUnitId(String)}. */
  public OrganizationalUnitAssociation organizationalUnitId(Value<String> value) {
    return set("OrganizationalUnitId", value);
  }
}
