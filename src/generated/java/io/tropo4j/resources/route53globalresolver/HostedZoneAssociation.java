// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53globalresolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource schema for AWS::Route53GlobalResolver::HostedZoneAssociation
 *
 * <p>CloudFormation type {@code AWS::Route53GlobalResolver::HostedZoneAssociation}.
 */
public final class HostedZoneAssociation extends Resource<HostedZoneAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53GlobalResolver::HostedZoneAssociation")
      .required("HostedZoneId", "Name", "ResourceArn")
      .constrain("HostedZoneId", Constraint.of().minLength(1).maxLength(32))
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)").minLength(1).maxLength(64))
      .constrain("ResourceArn", Constraint.of().pattern("arn:[-.a-z0-9]{1,63}:[-.a-z0-9]{1,63}:[-.a-z0-9]{0,63}:[-.a-z0-9]{0,63}:[^/].{0,1023}").minLength(1).maxLength(2048))
      .refYields("HostedZoneAssociationId")
      .attributes("CreatedAt", "HostedZoneAssociationId", "HostedZoneName", "Status", "UpdatedAt")
      .build();

  public HostedZoneAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 32 characters. CloudFormation
   * property {@code HostedZoneId}.
   */
  public HostedZoneAssociation hostedZoneId(String value) {
    return set("HostedZoneId", Value.of(value));
  }

  /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
  public HostedZoneAssociation hostedZoneId(Value<String> value) {
    return set("HostedZoneId", value);
  }

  /**
   * Required. Length: 1 to 64 characters. Pattern: {@code (?!^[0-9]+$)([a-zA-Z0-9-_' ']+)}.
   * CloudFormation property {@code Name}.
   */
  public HostedZoneAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public HostedZoneAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * arn:[-.a-z0-9]{1,63}:[-.a-z0-9]{1,63}:[-.a-z0-9]{0,63}:[-.a-z0-9]{0,63}:[^/].{0,1023}}.
   * CloudFormation property {@code ResourceArn}.
   */
  public HostedZoneAssociation resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public HostedZoneAssociation resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code HostedZoneAssociationId}. */
  public Value<String> hostedZoneAssociationId() {
    return getAtt("HostedZoneAssociationId");
  }

  /** {@code Fn::GetAtt} attribute {@code HostedZoneName}. */
  public Value<String> hostedZoneName() {
    return getAtt("HostedZoneName");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
