// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;

/**
 * A user pool group. Contains details about the group and the way that it contributes to IAM role
 * decisions with identity pools. Identity pools can make decisions about the IAM role to assign
 * based on groups: users get credentials for the role associated with their highest-priority group.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolGroup}.
 */
public final class UserPoolGroup extends Resource<UserPoolGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolGroup")
      .required("UserPoolId")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("GroupName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$").minLength(1).maxLength(128))
      .constrain("Precedence", Constraint.of().minimum(0))
      .constrain("RoleArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
      .refYields("GroupName")
      .build();

  public UserPoolGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the group that you're creating.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public UserPoolGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public UserPoolGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the group. This name must be unique in your user pool.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}. CloudFormation property {@code GroupName}.
   */
  public UserPoolGroup groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public UserPoolGroup groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * A non-negative integer value that specifies the precedence of this group relative to the other
   * groups that a user can belong to in the user pool. Zero is the highest precedence value. Groups
   * with lower <code>Precedence</code> values take precedence over groups with higher or null
   * <code>Precedence</code> values. If a user belongs to two or more groups, it is the group with
   * the lowest precedence value whose role ARN is given in the user's tokens for the
   * <code>cognito:roles</code> and <code>cognito:preferred_role</code> claims.
   *
   * <p>Two groups can have the same <code>Precedence</code> value. If this happens, neither group
   * takes precedence over the other. If two groups with the same <code>Precedence</code> have the
   * same role ARN, that role is used in the <code>cognito:preferred_role</code> claim in tokens for
   * users in each group. If the two groups have different role ARNs, the
   * <code>cognito:preferred_role</code> claim isn't set in users' tokens.
   *
   * <p>The default <code>Precedence</code> value is null. The maximum <code>Precedence</code> value
   * is <code>2^31-1</code> .
   *
   * <p>Range: at least 0. CloudFormation property {@code Precedence}.
   */
  public UserPoolGroup precedence(int value) {
    return set("Precedence", Value.of(value));
  }

  /** Sets {@code Precedence} to this value; see {@link #precedence(int)}. */
  public UserPoolGroup precedence(Value<Integer> value) {
    return set("Precedence", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the IAM role that you want to associate with the group. A
   * group role primarily declares a preferred role for the credentials that you get from an
   * identity pool. Amazon Cognito ID tokens have a <code>cognito:preferred_role</code> claim that
   * presents the highest-precedence group that a user belongs to. Both ID and access tokens also
   * contain a <code>cognito:groups</code> claim that list all the groups that a user is a member
   * of.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public UserPoolGroup roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public UserPoolGroup roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public UserPoolGroup roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The ID of the user pool where you want to create a user group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolGroup userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolGroup userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
   * #userPoolId(String)}.
   */
  public UserPoolGroup userPoolId(UserPool resource) {
    return set("UserPoolId", resource.ref());
  }
}
