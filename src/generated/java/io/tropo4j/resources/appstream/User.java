// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppStream::User</code> resource creates a new user in the AppStream 2.0 user pool.
 *
 * <p>CloudFormation type {@code AWS::AppStream::User}.
 */
public final class User extends Resource<User> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::User")
      .required("AuthenticationType", "UserName")
      .allowed("AuthenticationType", "API", "AWS_AD", "SAML", "USERPOOL")
      .constrain("FirstName", Constraint.of().pattern("^[A-Za-z0-9_\\-\\s]+$").minLength(0).maxLength(2048))
      .constrain("LastName", Constraint.of().pattern("^[A-Za-z0-9_\\-\\s]+$").minLength(0).maxLength(2048))
      .allowed("MessageAction", "RESEND", "SUPPRESS")
      .constrain("UserName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$").minLength(1).maxLength(128))
      .attributes("Arn")
      .build();

  public User(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The authentication type for the user. You must specify USERPOOL.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code API}, {@code AWS_AD},
   * {@code SAML}, {@code USERPOOL}. CloudFormation property {@code AuthenticationType}.
   */
  public User authenticationType(String value) {
    return set("AuthenticationType", Value.of(value));
  }

  /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
  public User authenticationType(Value<String> value) {
    return set("AuthenticationType", value);
  }

  /**
   * The first name, or given name, of the user.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ^[A-Za-z0-9_&#92;-&#92;s]+$}. CloudFormation property {@code FirstName}.
   */
  public User firstName(String value) {
    return set("FirstName", Value.of(value));
  }

  /** Sets {@code FirstName} to this value; see {@link #firstName(String)}. */
  public User firstName(Value<String> value) {
    return set("FirstName", value);
  }

  /**
   * The last name, or surname, of the user.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ^[A-Za-z0-9_&#92;-&#92;s]+$}. CloudFormation property {@code LastName}.
   */
  public User lastName(String value) {
    return set("LastName", Value.of(value));
  }

  /** Sets {@code LastName} to this value; see {@link #lastName(String)}. */
  public User lastName(Value<String> value) {
    return set("LastName", value);
  }

  /**
   * The action to take for the welcome email that is sent to a user after the user is created in
   * the user pool. If you specify SUPPRESS, no email is sent. If you specify RESEND, do not specify
   * the first name or last name of the user. If the value is null, the email is sent.
   *
   * <p>The temporary password in the welcome email is valid for only 7 days. If users don’t set
   * their passwords within 7 days, you must send them a new welcome email.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code RESEND}, {@code SUPPRESS}.
   * CloudFormation property {@code MessageAction}.
   */
  public User messageAction(String value) {
    return set("MessageAction", Value.of(value));
  }

  /** Sets {@code MessageAction} to this value; see {@link #messageAction(String)}. */
  public User messageAction(Value<String> value) {
    return set("MessageAction", value);
  }

  /**
   * The email address of the user.
   *
   * <p>Users' email addresses are case-sensitive. During login, if they specify an email address
   * that doesn't use the same capitalization as the email address specified when their user pool
   * account was created, a "user does not exist" error message displays.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}. CloudFormation property {@code UserName}.
   */
  public User userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public User userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the Amazon AppStream User resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
