// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppStream::StackUserAssociation</code> resource associates the specified users
 * with the specified stacks for Amazon AppStream 2.0. Users in an AppStream 2.0 user pool cannot be
 * assigned to stacks with fleets that are joined to an Active Directory domain.
 *
 * <p>CloudFormation type {@code AWS::AppStream::StackUserAssociation}.
 */
public final class StackUserAssociation extends Resource<StackUserAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::StackUserAssociation")
      .required("AuthenticationType", "StackName", "UserName")
      .build();

  public StackUserAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The authentication type for the user who is associated with the stack. You must specify
   * USERPOOL.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AuthenticationType}.
   */
  public StackUserAssociation authenticationType(String value) {
    return set("AuthenticationType", Value.of(value));
  }

  /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
  public StackUserAssociation authenticationType(Value<String> value) {
    return set("AuthenticationType", value);
  }

  /**
   * Specifies whether a welcome email is sent to a user after the user is created in the user pool.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SendEmailNotification}.
   */
  public StackUserAssociation sendEmailNotification(boolean value) {
    return set("SendEmailNotification", Value.of(value));
  }

  /**
   * Sets {@code SendEmailNotification} to this value; see {@link #sendEmailNotification(boolean)}.
   */
  public StackUserAssociation sendEmailNotification(Value<Boolean> value) {
    return set("SendEmailNotification", value);
  }

  /**
   * The name of the stack that is associated with the user.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StackName}.
   */
  public StackUserAssociation stackName(String value) {
    return set("StackName", Value.of(value));
  }

  /** Sets {@code StackName} to this value; see {@link #stackName(String)}. */
  public StackUserAssociation stackName(Value<String> value) {
    return set("StackName", value);
  }

  /**
   * The email address of the user who is associated with the stack.
   *
   * <p>Users' email addresses are case-sensitive.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserName}.
   */
  public StackUserAssociation userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public StackUserAssociation userName(Value<String> value) {
    return set("UserName", value);
  }
}
