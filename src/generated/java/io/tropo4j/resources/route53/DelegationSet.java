// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Route53::DelegationSet. Creates a reusable delegation set (a
 * group of four name servers) that can be associated with multiple hosted zones.
 *
 * <p>CloudFormation type {@code AWS::Route53::DelegationSet}.
 */
public final class DelegationSet extends Resource<DelegationSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::DelegationSet")
      .refYields("Arn")
      .attributes("Arn", "CallerReference", "Id", "NameServers")
      .build();

  public DelegationSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the delegation set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A unique string that identifies the request and allows retrying failed
   * CreateReusableDelegationSet requests without risk of executing the operation twice.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CallerReference}.
   */
  public Value<String> callerReference() {
    return getAtt("CallerReference");
  }

  /**
   * The ID that Amazon Route 53 assigns to a reusable delegation set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A list of the authoritative name servers for the delegation set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NameServers}.
   */
  public Value<List<String>> nameServers() {
    return getAtt("NameServers");
  }
}
