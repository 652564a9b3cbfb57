// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * VPC Block Public Access (BPA) enables you to block resources in VPCs and subnets that you own in
 * a Region from reaching or being reached from the internet through internet gateways and
 * egress-only internet gateways. To learn more about VPC BPA, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html">Block public access
 * to VPCs and subnets</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCBlockPublicAccessOptions}.
 */
public final class VPCBlockPublicAccessOptions extends Resource<VPCBlockPublicAccessOptions> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCBlockPublicAccessOptions")
      .required("InternetGatewayBlockMode")
      .allowed("InternetGatewayBlockMode", "block-bidirectional", "block-ingress")
      .refYields("AccountId")
      .attributes("AccountId", "ExclusionsAllowed")
      .build();

  public VPCBlockPublicAccessOptions(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The desired VPC Block Public Access mode for internet gateways in your account. We do not allow
   * you to create this resource type in an "off" mode since off is the default value.
   *
   * <ul> <li><code>block-bidirectional</code> : Block all traffic to and from internet gateways and
   * egress-only internet gateways in this Region (except for excluded VPCs and subnets).
   * <li><code>block-ingress</code> : Block all internet traffic to the VPCs in this Region (except
   * for VPCs or subnets which are excluded). Only traffic to and from NAT gateways and egress-only
   * internet gateways is allowed because these gateways only allow outbound connections to be
   * established. </ul>
   *
   * <p>Required. Allowed values: {@code block-bidirectional}, {@code block-ingress}. CloudFormation
   * property {@code InternetGatewayBlockMode}.
   */
  public VPCBlockPublicAccessOptions internetGatewayBlockMode(String value) {
    return set("InternetGatewayBlockMode", Value.of(value));
  }

  /**
   * Sets {@code InternetGatewayBlockMode} to this value; see {@link
   * #internetGatewayBlockMode(String)}.
   */
  public VPCBlockPublicAccessOptions internetGatewayBlockMode(Value<String> value) {
    return set("InternetGatewayBlockMode", value);
  }

  /**
   * The ID of the AWS account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * Determines if exclusions are allowed. If you have enabled VPC BPA at the Organization level,
   * exclusions may be not-allowed. Otherwise, they are allowed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExclusionsAllowed}.
   */
  public Value<String> exclusionsAllowed() {
    return getAtt("ExclusionsAllowed");
  }
}
