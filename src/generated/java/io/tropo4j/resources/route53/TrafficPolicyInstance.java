// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::Route53::TrafficPolicyInstance. Applies a version of a Route 53
 * traffic policy to a DNS name in a public hosted zone, and Route 53 creates and owns the resource
 * record sets that answer queries for that name.
 *
 * <p>CloudFormation type {@code AWS::Route53::TrafficPolicyInstance}.
 */
public final class TrafficPolicyInstance extends Resource<TrafficPolicyInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::TrafficPolicyInstance")
      .required("HostedZoneId", "Name", "TTL", "TrafficPolicyId", "TrafficPolicyVersion")
      .constrain("HostedZoneId", Constraint.of().pattern("^[A-Z0-9]{1,32}$").maxLength(32))
      .constrain("Name", Constraint.of().pattern("^[^A-Z\\s]+\\.$").minLength(0).maxLength(1024))
      .constrain("TTL", Constraint.of().minimum(0).maximum(2147483647))
      .constrain("TrafficPolicyId", Constraint.of().pattern("^[0-9a-f-]{1,36}$").minLength(1).maxLength(36))
      .constrain("TrafficPolicyVersion", Constraint.of().minimum(1).maximum(1000))
      .refYields("Arn")
      .attributes("Arn", "Id", "State", "TrafficPolicyType")
      .build();

  public TrafficPolicyInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the hosted zone that Amazon Route 53 creates the resource record sets in. The bare ID
   * as Route 53 returns it, without a /hostedzone/ prefix.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 32 characters. Pattern: {@code
   * ^[A-Z0-9]{1,32}$}. CloudFormation property {@code HostedZoneId}.
   */
  public TrafficPolicyInstance hostedZoneId(String value) {
    return set("HostedZoneId", Value.of(value));
  }

  /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
  public TrafficPolicyInstance hostedZoneId(Value<String> value) {
    return set("HostedZoneId", value);
  }

  /**
   * The domain name, or subdomain name, for which Amazon Route 53 answers DNS queries by using the
   * resource record sets it creates for this traffic policy instance. Must be lower-case and end
   * with a trailing dot, which is the form Route 53 returns: Route 53 normalizes DNS names, so
   * admitting another form would neither round-trip through Read nor guarantee that a change to
   * this property changes the resource's identity.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * ^[^A-Z&#92;s]+&#92;.$}. CloudFormation property {@code Name}.
   */
  public TrafficPolicyInstance name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TrafficPolicyInstance name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The TTL that Amazon Route 53 assigns to all of the resource record sets that it creates in the
   * specified hosted zone.
   *
   * <p>Required. Range: 0 to 2147483647. CloudFormation property {@code TTL}.
   */
  public TrafficPolicyInstance ttl(int value) {
    return set("TTL", Value.of(value));
  }

  /** Sets {@code TTL} to this value; see {@link #ttl(int)}. */
  public TrafficPolicyInstance ttl(Value<Integer> value) {
    return set("TTL", value);
  }

  /**
   * The ID of the traffic policy that Amazon Route 53 uses to create resource record sets in the
   * specified hosted zone. Lower-case, as Route 53 returns it.
   *
   * <p>Required. Length: 1 to 36 characters. Pattern: {@code ^[0-9a-f-]{1,36}$}. CloudFormation
   * property {@code TrafficPolicyId}.
   */
  public TrafficPolicyInstance trafficPolicyId(String value) {
    return set("TrafficPolicyId", Value.of(value));
  }

  /** Sets {@code TrafficPolicyId} to this value; see {@link #trafficPolicyId(String)}. */
  public TrafficPolicyInstance trafficPolicyId(Value<String> value) {
    return set("TrafficPolicyId", value);
  }

  /**
   * The version of the traffic policy that Amazon Route 53 uses to create resource record sets in
   * the specified hosted zone.
   *
   * <p>Required. Range: 1 to 1000. CloudFormation property {@code TrafficPolicyVersion}.
   */
  public TrafficPolicyInstance trafficPolicyVersion(int value) {
    return set("TrafficPolicyVersion", Value.of(value));
  }

  /** Sets {@code TrafficPolicyVersion} to this value; see {@link #trafficPolicyVersion(int)}. */
  public TrafficPolicyInstance trafficPolicyVersion(Value<Integer> value) {
    return set("TrafficPolicyVersion", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the traffic policy instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID that Amazon Route 53 assigned to the traffic policy instance when it was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The current state of the traffic policy instance. A steady-state instance is Applied.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The DNS type that Amazon Route 53 assigned to all of the resource record sets that it created
   * for this traffic policy instance. Route 53 derives it from the referenced traffic policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrafficPolicyType}.
   */
  public Value<String> trafficPolicyType() {
    return getAtt("TrafficPolicyType");
  }
}
