// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Route53::DNSSEC</code> resource is used to enable DNSSEC signing in a hosted zone.
 *
 * <p>CloudFormation type {@code AWS::Route53::DNSSEC}.
 */
public final class DNSSEC extends Resource<DNSSEC> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::DNSSEC")
      .required("HostedZoneId")
      .constrain("HostedZoneId", Constraint.of().pattern("^[A-Z0-9]{1,32}$"))
      .refYields("HostedZoneId")
      .build();

  public DNSSEC(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique string (ID) that is used to identify a hosted zone. For example:
   * <code>Z00001111A1ABCaaABC11</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[A-Z0-9]{1,32}$}.
   * CloudFormation property {@code HostedZoneId}.
   */
  public DNSSEC hostedZoneId(String value) {
    return set("HostedZoneId", Value.of(value));
  }

  /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
  public DNSSEC hostedZoneId(Value<String> value) {
    return set("HostedZoneId", value);
  }
}
