// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

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
      .build();

  public OrganizationalUnitAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * ARN identifier of the NotificationConfiguration. Example:
   * arn:aws:notifications::123456789012:configuration/a01jes88qxwkbj05xv9c967pgm1
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NotificationConfigurationArn}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
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
