// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::HookDefaultVersion</code> resource specifies the default version
 * of a Hook. The default version of the Hook is used in CloudFormation operations for this AWS
 * account and AWS Region .
 *
 * <p>For information about the CloudFormation registry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry.html">Managing
 * extensions with the CloudFormation registry</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>This resource type is not compatible with Guard and Lambda Hooks.
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::HookDefaultVersion}.
 */
public final class HookDefaultVersion extends Resource<HookDefaultVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::HookDefaultVersion")
      .constrain("TypeName", Constraint.of().pattern("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"))
      .constrain("TypeVersionArn", Constraint.of().pattern("^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/hook/.+$"))
      .constrain("VersionId", Constraint.of().pattern("^[A-Za-z0-9-]{1,128}$"))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public HookDefaultVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Hook.
   *
   * <p>You must specify either <code>TypeVersionArn</code> , or <code>TypeName</code> and
   * <code>VersionId</code> .
   *
   * <p>Pattern: {@code ^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$}. CloudFormation
   * property {@code TypeName}.
   */
  public HookDefaultVersion typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public HookDefaultVersion typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * The version ID of the type configuration.
   *
   * <p>You must specify either <code>TypeVersionArn</code> , or <code>TypeName</code> and
   * <code>VersionId</code> .
   *
   * <p>Pattern: {@code
   * ^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/hook/.+$}.
   * CloudFormation property {@code TypeVersionArn}.
   */
  public HookDefaultVersion typeVersionArn(String value) {
    return set("TypeVersionArn", Value.of(value));
  }

  /** Sets {@code TypeVersionArn} to this value; see {@link #typeVersionArn(String)}. */
  public HookDefaultVersion typeVersionArn(Value<String> value) {
    return set("TypeVersionArn", value);
  }

  /**
   * The version ID of the type specified.
   *
   * <p>You must specify either <code>TypeVersionArn</code> , or <code>TypeName</code> and
   * <code>VersionId</code> .
   *
   * <p>Pattern: {@code ^[A-Za-z0-9-]{1,128}$}. CloudFormation property {@code VersionId}.
   */
  public HookDefaultVersion versionId(String value) {
    return set("VersionId", Value.of(value));
  }

  /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
  public HookDefaultVersion versionId(Value<String> value) {
    return set("VersionId", value);
  }

  /**
   * The Amazon Resource Number (ARN) of the activated Hook in this account and Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
