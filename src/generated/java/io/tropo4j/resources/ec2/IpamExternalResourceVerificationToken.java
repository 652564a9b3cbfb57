// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A verification token is an AWS-generated random value that you can use to prove ownership of an
 * external resource. For example, you can use a verification token to validate that you control a
 * public IP address range when you bring an IP address range to AWS (BYOIP).
 *
 * <p>CloudFormation type {@code AWS::EC2::IpamExternalResourceVerificationToken}.
 */
public final class IpamExternalResourceVerificationToken extends Resource<IpamExternalResourceVerificationToken> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IpamExternalResourceVerificationToken")
      .required("IpamId")
      .refYields("IpamExternalResourceVerificationTokenArn")
      .attributes("IpamArn", "IpamExternalResourceVerificationTokenArn",
          "IpamExternalResourceVerificationTokenId", "IpamRegion", "NotAfter", "State", "Status",
          "TokenName", "TokenValue")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IpamExternalResourceVerificationToken(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the IPAM that will create the token.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpamId}.
   */
  public IpamExternalResourceVerificationToken ipamId(String value) {
    return set("IpamId", Value.of(value));
  }

  /** Sets {@code IpamId} to this value; see {@link #ipamId(String)}. */
  public IpamExternalResourceVerificationToken ipamId(Value<String> value) {
    return set("IpamId", value);
  }

  /**
   * The tags for the token.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IpamExternalResourceVerificationToken tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IpamExternalResourceVerificationToken tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IpamExternalResourceVerificationToken tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the IPAM that created the token.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamArn}.
   */
  public Value<String> ipamArn() {
    return getAtt("IpamArn");
  }

  /**
   * The ARN of the IPAM external resource verification token.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamExternalResourceVerificationTokenArn}.
   */
  public Value<String> ipamExternalResourceVerificationTokenArn() {
    return getAtt("IpamExternalResourceVerificationTokenArn");
  }

  /**
   * The ID of the token.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamExternalResourceVerificationTokenId}.
   */
  public Value<String> ipamExternalResourceVerificationTokenId() {
    return getAtt("IpamExternalResourceVerificationTokenId");
  }

  /**
   * The Region of the IPAM that created the token.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamRegion}.
   */
  public Value<String> ipamRegion() {
    return getAtt("IpamRegion");
  }

  /**
   * The token expiration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NotAfter}.
   */
  public Value<String> notAfter() {
    return getAtt("NotAfter");
  }

  /**
   * The token state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The token status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The token name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TokenName}.
   */
  public Value<String> tokenName() {
    return getAtt("TokenName");
  }

  /**
   * The token value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TokenValue}.
   */
  public Value<String> tokenValue() {
    return getAtt("TokenValue");
  }
}
