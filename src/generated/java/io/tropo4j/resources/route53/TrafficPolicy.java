// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::Route53::TrafficPolicy. Creates a Route 53 traffic policy, a
 * JSON document that describes how Route 53 responds to DNS queries for a domain name.
 *
 * <p>CloudFormation type {@code AWS::Route53::TrafficPolicy}.
 */
public final class TrafficPolicy extends Resource<TrafficPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::TrafficPolicy")
      .required("Document", "Name")
      .constrain("Comment", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Document", Constraint.of().minLength(0).maxLength(102400))
      .constrain("Name", Constraint.of().minLength(0).maxLength(512))
      .refYields("Arn")
      .attributes("Arn", "Id", "Type", "Version")
      .build();

  public TrafficPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Any comments to include about the traffic policy.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Comment}.
   */
  public TrafficPolicy comment(String value) {
    return set("Comment", Value.of(value));
  }

  /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
  public TrafficPolicy comment(Value<String> value) {
    return set("Comment", value);
  }

  /**
   * The definition of the traffic policy in JSON format.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 102400 characters. CloudFormation
   * property {@code Document}.
   */
  public TrafficPolicy document(String value) {
    return set("Document", Value.of(value));
  }

  /** Sets {@code Document} to this value; see {@link #document(String)}. */
  public TrafficPolicy document(Value<String> value) {
    return set("Document", value);
  }

  /**
   * The name of the traffic policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 512 characters. CloudFormation
   * property {@code Name}.
   */
  public TrafficPolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TrafficPolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the traffic policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID that Amazon Route 53 assigned to the traffic policy when it was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The DNS type of the resource record sets that Amazon Route 53 creates when the traffic policy
   * is used to create a traffic policy instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * The version number that Amazon Route 53 assigned to the traffic policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }
}
