// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Adds a user to a group. A user who is in a group can present a preferred-role claim to an
 * identity pool, and populates a <code>cognito:groups</code> claim to their access and identity
 * tokens.
 *
 * <p>Amazon Cognito evaluates AWS Identity and Access Management (IAM) policies in requests for
 * this API operation. For this operation, you must use IAM credentials to authorize requests, and
 * you must grant yourself the corresponding IAM permission in a policy. <b>Learn more</b> - <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html">Signing AWS
 * API Requests</a> - <a
 * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html">Using
 * the Amazon Cognito user pools API and user pool endpoints</a>
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolUserToGroupAttachment}.
 */
public final class UserPoolUserToGroupAttachment extends Resource<UserPoolUserToGroupAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolUserToGroupAttachment")
      .required("GroupName", "UserPoolId", "Username")
      .references("GroupName", "AWS::Cognito::UserPoolGroup.Ref")
      .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
      .references("Username", "AWS::Cognito::UserPoolUser.Ref")
      .build();

  public UserPoolUserToGroupAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the group that you want to add your user to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupName}.
   */
  public UserPoolUserToGroupAttachment groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public UserPoolUserToGroupAttachment groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * Sets {@code GroupName} to the Ref of {@code AWS::Cognito::UserPoolGroup}; see {@link
   * #groupName(String)}.
   */
  public UserPoolUserToGroupAttachment groupName(UserPoolGroup resource) {
    return set("GroupName", resource.ref());
  }

  /**
   * The ID of the user pool that contains the group that you want to add the user to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolUserToGroupAttachment userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolUserToGroupAttachment userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
   * #userPoolId(String)}.
   */
  public UserPoolUserToGroupAttachment userPoolId(UserPool resource) {
    return set("UserPoolId", resource.ref());
  }

  /**
   * The user's username.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Username}.
   */
  public UserPoolUserToGroupAttachment username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public UserPoolUserToGroupAttachment username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * Sets {@code Username} to the Ref of {@code AWS::Cognito::UserPoolUser}; see {@link
   * #username(String)}.
   */
  public UserPoolUserToGroupAttachment username(UserPoolUser resource) {
    return set("Username", resource.ref());
  }
}
