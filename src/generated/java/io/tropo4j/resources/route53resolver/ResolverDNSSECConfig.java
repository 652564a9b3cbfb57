// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Route53Resolver::ResolverDNSSECConfig</code> resource is a complex type that
 * contains information about a configuration for DNSSEC validation.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::ResolverDNSSECConfig}.
 */
public final class ResolverDNSSECConfig extends Resource<ResolverDNSSECConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverDNSSECConfig")
      .constrain("ResourceId", Constraint.of().minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Id", "OwnerId", "ValidationStatus")
      .build();

  public ResolverDNSSECConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the virtual private cloud (VPC) that you're configuring the DNSSEC validation status
   * for.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code ResourceId}.
   */
  public ResolverDNSSECConfig resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public ResolverDNSSECConfig resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * The primary identifier of this <code>ResolverDNSSECConfig</code> resource. For example:
   * <code>rdsc-689d45d1ae623bf3</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The AWS account of the owner. For example: <code>111122223333</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The current status of this <code>ResolverDNSSECConfig</code> resource. For example:
   * <code>Enabled</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ValidationStatus}.
   */
  public Value<String> validationStatus() {
    return getAtt("ValidationStatus");
  }
}
