// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Lightsail::StaticIp</code> resource specifies a static IP that can be attached to
 * an Amazon Lightsail instance that is in the same AWS Region and Availability Zone.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::StaticIp}.
 */
public final class StaticIp extends Resource<StaticIp> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::StaticIp")
      .required("StaticIpName")
      .constrain("StaticIpName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .refYields("StaticIpName")
      .attributes("IpAddress", "IsAttached", "StaticIpArn")
      .build();

  public StaticIp(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The instance that the static IP is attached to.
   *
   * <p>CloudFormation property {@code AttachedTo}.
   */
  public StaticIp attachedTo(String value) {
    return set("AttachedTo", Value.of(value));
  }

  /** Sets {@code AttachedTo} to this value; see {@link #attachedTo(String)}. */
  public StaticIp attachedTo(Value<String> value) {
    return set("AttachedTo", value);
  }

  /**
   * The name of the static IP.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}.
   * CloudFormation property {@code StaticIpName}.
   */
  public StaticIp staticIpName(String value) {
    return set("StaticIpName", Value.of(value));
  }

  /** Sets {@code StaticIpName} to this value; see {@link #staticIpName(String)}. */
  public StaticIp staticIpName(Value<String> value) {
    return set("StaticIpName", value);
  }

  /**
   * The IP address of the static IP.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpAddress}.
   */
  public Value<String> ipAddress() {
    return getAtt("IpAddress");
  }

  /**
   * A Boolean value indicating whether the static IP is attached to an instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsAttached}.
   */
  public Value<Boolean> isAttached() {
    return getAtt("IsAttached");
  }

  /**
   * The Amazon Resource Name (ARN) of the static IP (for example,
   * <code>arn:aws:lightsail:us-east-2:123456789101:StaticIp/244ad76f-8aad-4741-809f-12345EXAMPLE</code>
   * ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code StaticIpArn}.
   */
  public Value<String> staticIpArn() {
    return getAtt("StaticIpArn");
  }
}
