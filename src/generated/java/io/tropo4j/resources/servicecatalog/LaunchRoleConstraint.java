// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a launch constraint.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::LaunchRoleConstraint}.
 */
public final class LaunchRoleConstraint extends Resource<LaunchRoleConstraint> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::LaunchRoleConstraint")
      .required("PortfolioId", "ProductId")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2000))
      .constrain("PortfolioId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .constrain("ProductId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .constrain("RoleArn", Constraint.of().pattern("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role)\\/.*").format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public LaunchRoleConstraint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code AcceptLanguage}.
   */
  public LaunchRoleConstraint acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public LaunchRoleConstraint acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The description of the constraint.
   *
   * <p>Length: 0 to 2000 characters. CloudFormation property {@code Description}.
   */
  public LaunchRoleConstraint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LaunchRoleConstraint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * You are required to specify either the <code>RoleArn</code> or the <code>LocalRoleName</code>
   * but can't use both.
   *
   * <p>If you specify the <code>LocalRoleName</code> property, when an account uses the launch
   * constraint, the IAM role with that name in the account will be used. This allows launch-role
   * constraints to be account-agnostic so the administrator can create fewer resources per shared
   * account.
   *
   * <p>The given role name must exist in the account used to create the launch constraint and the
   * account of the user who launches a product with this launch constraint.
   *
   * <p>CloudFormation property {@code LocalRoleName}.
   */
  public LaunchRoleConstraint localRoleName(String value) {
    return set("LocalRoleName", Value.of(value));
  }

  /** Sets {@code LocalRoleName} to this value; see {@link #localRoleName(String)}. */
  public LaunchRoleConstraint localRoleName(Value<String> value) {
    return set("LocalRoleName", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code PortfolioId}.
   */
  public LaunchRoleConstraint portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public LaunchRoleConstraint portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * The product identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code ProductId}.
   */
  public LaunchRoleConstraint productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public LaunchRoleConstraint productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * The ARN of the launch role.
   *
   * <p>You are required to specify <code>RoleArn</code> or <code>LocalRoleName</code> but can't use
   * both.
   *
   * <p>Pattern: {@code arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role)&#92;/.*}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public LaunchRoleConstraint roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public LaunchRoleConstraint roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The unique identifier for the launch role constraint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
