// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sso;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Assigns access to a Principal for a specified AWS account using a specified permission set.
 *
 * <p>The term <em>principal</em> here refers to a user or group that is defined in .
 *
 * <p>CloudFormation type {@code AWS::SSO::Assignment}.
 */
public final class Assignment extends Resource<Assignment> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSO::Assignment")
      .required("InstanceArn", "PermissionSetArn", "PrincipalId", "PrincipalType", "TargetId",
          "TargetType")
      .constrain("InstanceArn", Constraint.of().pattern("arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}").minLength(10).maxLength(1224))
      .constrain("PermissionSetArn", Constraint.of().pattern("arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}").minLength(10).maxLength(1224))
      .constrain("PrincipalId", Constraint.of().pattern("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$").minLength(1).maxLength(47))
      .allowed("PrincipalType", "USER", "GROUP")
      .constrain("TargetId", Constraint.of().pattern("\\d{12}"))
      .allowed("TargetType", "AWS_ACCOUNT")
      .build();

  public Assignment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the instance under which the operation will be executed. For more information about
   * ARNs, see <a
   * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs) and AWS Service Namespaces</a> in the <em>AWS General Reference</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}}. CloudFormation property
   * {@code InstanceArn}.
   */
  public Assignment instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Assignment instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The ARN of the permission set.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}}.
   * CloudFormation property {@code PermissionSetArn}.
   */
  public Assignment permissionSetArn(String value) {
    return set("PermissionSetArn", Value.of(value));
  }

  /** Sets {@code PermissionSetArn} to this value; see {@link #permissionSetArn(String)}. */
  public Assignment permissionSetArn(Value<String> value) {
    return set("PermissionSetArn", value);
  }

  /**
   * An identifier for an object in IAM Identity Center, such as a user or group. PrincipalIds are
   * GUIDs (For example, f81d4fae-7dec-11d0-a765-00a0c91e6bf6). For more information about
   * PrincipalIds in IAM Identity Center, see the <a
   * href="https://docs.aws.amazon.com//singlesignon/latest/IdentityStoreAPIReference/welcome.html">IAM
   * Identity Center Identity Store API Reference</a> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 47 characters. Pattern: {@code
   * ^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$}.
   * CloudFormation property {@code PrincipalId}.
   */
  public Assignment principalId(String value) {
    return set("PrincipalId", Value.of(value));
  }

  /** Sets {@code PrincipalId} to this value; see {@link #principalId(String)}. */
  public Assignment principalId(Value<String> value) {
    return set("PrincipalId", value);
  }

  /**
   * The entity type for which the assignment will be created.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code USER}, {@code GROUP}.
   * CloudFormation property {@code PrincipalType}.
   */
  public Assignment principalType(String value) {
    return set("PrincipalType", Value.of(value));
  }

  /** Sets {@code PrincipalType} to this value; see {@link #principalType(String)}. */
  public Assignment principalType(Value<String> value) {
    return set("PrincipalType", value);
  }

  /**
   * TargetID is an AWS account identifier, (For example, 123456789012).
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code &#92;d{12}}. CloudFormation
   * property {@code TargetId}.
   */
  public Assignment targetId(String value) {
    return set("TargetId", Value.of(value));
  }

  /** Sets {@code TargetId} to this value; see {@link #targetId(String)}. */
  public Assignment targetId(Value<String> value) {
    return set("TargetId", value);
  }

  /**
   * The entity type for which the assignment will be created.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code AWS_ACCOUNT}.
   * CloudFormation property {@code TargetType}.
   */
  public Assignment targetType(String value) {
    return set("TargetType", Value.of(value));
  }

  /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
  public Assignment targetType(Value<String> value) {
    return set("TargetType", value);
  }
}
