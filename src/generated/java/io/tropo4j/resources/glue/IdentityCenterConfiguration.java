// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new AWS Glue Identity Center configuration to enable integration between AWS Glue and
 * AWS IAM Identity Center for authentication and authorization.
 *
 * <p>CloudFormation type {@code AWS::Glue::IdentityCenterConfiguration}.
 */
public final class IdentityCenterConfiguration extends Resource<IdentityCenterConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::IdentityCenterConfiguration")
      .required("InstanceArn")
      .constrain("InstanceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(10).maxLength(1224))
      .constrain("Scopes", Constraint.of().minLength(0).maxLength(50))
      .refYields("AccountId")
      .attributes("AccountId", "ApplicationArn")
      .build();

  public IdentityCenterConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the Identity Center instance associated with the AWS Glue
   * configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}.
   * CloudFormation property {@code InstanceArn}.
   */
  public IdentityCenterConfiguration instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public IdentityCenterConfiguration instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * A list of Identity Center scopes that define the permissions and access levels for the AWS Glue
   * configuration.
   *
   * <p>Length: 0 to 50 characters. CloudFormation property {@code Scopes}.
   */
  public IdentityCenterConfiguration scopes(List<String> value) {
    return set("Scopes", Value.listOf(value));
  }

  /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
  public IdentityCenterConfiguration scopes(Value<List<String>> value) {
    return set("Scopes", value);
  }

  /**
   * Indicates whether users can run background sessions when using Identity Center authentication
   * with AWS Glue services.
   *
   * <p>CloudFormation property {@code UserBackgroundSessionsEnabled}.
   */
  public IdentityCenterConfiguration userBackgroundSessionsEnabled(boolean value) {
    return set("UserBackgroundSessionsEnabled", Value.of(value));
  }

  /**
   * Sets {@code UserBackgroundSessionsEnabled} to this value; see {@link
   * #userBackgroundSessionsEnabled(boolean)}.
   */
  public IdentityCenterConfiguration userBackgroundSessionsEnabled(Value<Boolean> value) {
    return set("UserBackgroundSessionsEnabled", value);
  }

  /**
   * The identifier for the specified AWS account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * The Amazon Resource Name (ARN) of the Identity Center application associated with the AWS Glue
   * configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }
}
