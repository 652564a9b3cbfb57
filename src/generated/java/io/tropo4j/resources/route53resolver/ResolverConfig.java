// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A complex type that contains information about a Resolver configuration for a VPC.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::ResolverConfig}.
 */
public final class ResolverConfig extends Resource<ResolverConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverConfig")
      .required("AutodefinedReverseFlag", "ResourceId")
      .allowed("AutodefinedReverseFlag", "DISABLE")
      .constrain("ResourceId", Constraint.of().minLength(1).maxLength(64))
      .refYields("ResourceId")
      .attributes("AutodefinedReverse", "Id", "OwnerId")
      .build();

  public ResolverConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Represents the desired status of <code>AutodefinedReverse</code> . The only supported value on
   * creation is <code>DISABLE</code> . Deletion of this resource will return
   * <code>AutodefinedReverse</code> to its default value of <code>ENABLED</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DISABLE}. CloudFormation
   * property {@code AutodefinedReverseFlag}.
   */
  public ResolverConfig autodefinedReverseFlag(String value) {
    return set("AutodefinedReverseFlag", Value.of(value));
  }

  /**
   * Sets {@code AutodefinedReverseFlag} to this value; see {@link #autodefinedReverseFlag(String)}.
   */
  public ResolverConfig autodefinedReverseFlag(Value<String> value) {
    return set("AutodefinedReverseFlag", value);
  }

  /**
   * The ID of the Amazon Virtual Private Cloud VPC or a Route 53 Profile that you're configuring
   * Resolver for.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code ResourceId}.
   */
  public ResolverConfig resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public ResolverConfig resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * The status of whether or not the Route 53 Resolver will create autodefined rules for reverse
   * DNS lookups. This is enabled by default.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutodefinedReverse}.
   */
  public Value<String> autodefinedReverse() {
    return getAtt("AutodefinedReverse");
  }

  /**
   * ID for the Route 53 Resolver configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The owner account ID of the Amazon Virtual Private Cloud VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }
}
