// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53profiles;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The association between a Route 53 Profile and resources.
 *
 * <p>CloudFormation type {@code AWS::Route53Profiles::ProfileResourceAssociation}.
 */
public final class ProfileResourceAssociation extends Resource<ProfileResourceAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Profiles::ProfileResourceAssociation")
      .required("Name", "ProfileId", "ResourceArn")
      .refYields("Id")
      .attributes("Id", "ResourceType")
      .build();

  public ProfileResourceAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Name of the Profile resource association.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ProfileResourceAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ProfileResourceAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Profile ID of the Profile that the resources are associated with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ProfileId}.
   */
  public ProfileResourceAssociation profileId(String value) {
    return set("ProfileId", Value.of(value));
  }

  /** Sets {@code ProfileId} to this value; see {@link #profileId(String)}. */
  public ProfileResourceAssociation profileId(Value<String> value) {
    return set("ProfileId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource association.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}.
   */
  public ProfileResourceAssociation resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ProfileResourceAssociation resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * If the DNS resource is a DNS Firewall rule group, this indicates the priority.
   *
   * <p>CloudFormation property {@code ResourceProperties}.
   */
  public ProfileResourceAssociation resourceProperties(String value) {
    return set("ResourceProperties", Value.of(value));
  }

  /** Sets {@code ResourceProperties} to this value; see {@link #resourceProperties(String)}. */
  public ProfileResourceAssociation resourceProperties(Value<String> value) {
    return set("ResourceProperties", value);
  }

  /**
   * ID of the Profile resource association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Resource type, such as a private hosted zone, interface VPC endpoint, or DNS Firewall rule
   * group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }
}
