// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sso;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A structure that describes an assignment of a principal to an application.
 *
 * <p>CloudFormation type {@code AWS::SSO::ApplicationAssignment}.
 */
public final class ApplicationAssignment extends Resource<ApplicationAssignment> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSO::ApplicationAssignment")
      .required("ApplicationArn", "PrincipalId", "PrincipalType")
      .constrain("ApplicationArn", Constraint.of().pattern("arn:aws(-[a-z]{1,5}){0,3}:sso::\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}").minLength(10).maxLength(1224))
      .constrain("PrincipalId", Constraint.of().pattern("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$").minLength(1).maxLength(47))
      .allowed("PrincipalType", "USER", "GROUP")
      .build();

  public ApplicationAssignment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the application that has principals assigned.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * arn:aws(-[a-z]{1,5}){0,3}:sso::&#92;d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}}.
   * CloudFormation property {@code ApplicationArn}.
   */
  public ApplicationAssignment applicationArn(String value) {
    return set("ApplicationArn", Value.of(value));
  }

  /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
  public ApplicationAssignment applicationArn(Value<String> value) {
    return set("ApplicationArn", value);
  }

  /**
   * The unique identifier of the principal assigned to the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 47 characters. Pattern: {@code
   * ^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$}.
   * CloudFormation property {@code PrincipalId}.
   */
  public ApplicationAssignment principalId(String value) {
    return set("PrincipalId", Value.of(value));
  }

  /** Sets {@code PrincipalId} to this value; see {@link #principalId(String)}. */
  public ApplicationAssignment principalId(Value<String> value) {
    return set("PrincipalId", value);
  }

  /**
   * The type of the principal assigned to the application.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code USER}, {@code GROUP}.
   * CloudFormation property {@code PrincipalType}.
   */
  public ApplicationAssignment principalType(String value) {
    return set("PrincipalType", Value.of(value));
  }

  /** Sets {@code PrincipalType} to this value; see {@link #principalType(String)}. */
  public ApplicationAssignment principalType(Value<String> value) {
    return set("PrincipalType", value);
  }
}
