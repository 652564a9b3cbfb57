// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::ResourceDefaultVersion</code> resource specifies the default
 * version of a resource. The default version of a resource will be used in CloudFormation
 * operations.
 *
 * <p>For information about the CloudFormation registry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry.html">Managing
 * extensions with the CloudFormation registry</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::ResourceDefaultVersion}.
 */
public final class ResourceDefaultVersion extends Resource<ResourceDefaultVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::ResourceDefaultVersion")
      .constrain("TypeName", Constraint.of().pattern("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"))
      .constrain("TypeVersionArn", Constraint.of().pattern("^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/resource/.+$"))
      .references("TypeVersionArn", "AWS::CloudFormation::ResourceVersion.Ref")
      .constrain("VersionId", Constraint.of().pattern("^[A-Za-z0-9-]{1,128}$"))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public ResourceDefaultVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the resource.
   *
   * <p>Conditional: You must specify either <code>TypeVersionArn</code> , or <code>TypeName</code>
   * and <code>VersionId</code> .
   *
   * <p>Pattern: {@code ^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$}. CloudFormation
   * property {@code TypeName}.
   */
  public ResourceDefaultVersion typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public ResourceDefaultVersion typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource version.
   *
   * <p>Conditional: You must specify either <code>TypeVersionArn</code> , or <code>TypeName</code>
   * and <code>VersionId</code> .
   *
   * <p>Pattern: {@code
   * ^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/resource/.+$}.
   * CloudFormation property {@code TypeVersionArn}.
   */
  public ResourceDefaultVersion typeVersionArn(String value) {
    return set("TypeVersionArn", Value.of(value));
  }

  /** Sets {@code TypeVersionArn} to this value; see {@link #typeVersionArn(String)}. */
  public ResourceDefaultVersion typeVersionArn(Value<String> value) {
    return set("TypeVersionArn", value);
  }

  /**
   * Sets {@code TypeVersionArn} to the Ref of {@code AWS::CloudFormation::ResourceVersion}; see
   * {@link #typeVersionArn(String)}.
   */
  public ResourceDefaultVersion typeVersionArn(ResourceVersion resource) {
    return set("TypeVersionArn", resource.ref());
  }

  /**
   * The ID of a specific version of the resource. The version ID is the value at the end of the
   * Amazon Resource Name (ARN) assigned to the resource version when it's registered.
   *
   * <p>Conditional: You must specify either <code>TypeVersionArn</code> , or <code>TypeName</code>
   * and <code>VersionId</code> .
   *
   * <p>Pattern: {@code ^[A-Za-z0-9-]{1,128}$}. CloudFormation property {@code VersionId}.
   */
  public ResourceDefaultVersion versionId(String value) {
    return set("VersionId", Value.of(value));
  }

  /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
  public ResourceDefaultVersion versionId(Value<String> value) {
    return set("VersionId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
