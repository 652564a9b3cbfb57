// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53globalresolver;

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
      .attributes("CreatedAt", "HostedZoneAssociationId", "HostedZoneName", "Status", "UpdatedAt")
      .build();

  public HostedZoneAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code HostedZoneId}. */
  public HostedZoneAssociation hostedZoneId(String value) {
    return set("HostedZoneId", Value.of(value));
  }

  /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
  public HostedZoneAssociation hostedZoneId(Value<String> value) {
    return set("HostedZoneId", value);
  }

  /** Required. CloudFormation property {@code Name}. */
  public HostedZoneAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public HostedZoneAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}. */
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
