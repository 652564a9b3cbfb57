// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an Elastic IP (EIP) address and can, optionally, associate it with an Amazon EC2
 * instance.
 *
 * <p>You can allocate an Elastic IP address from an address pool owned by AWS or from an address
 * pool created from a public IPv4 address range that you have brought to AWS for use with your AWS
 * resources using bring your own IP addresses (BYOIP). For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-byoip.html">Bring Your Own IP
 * Addresses (BYOIP)</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html">Elastic
 * IP Addresses</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::EIP}.
 */
public final class EIP extends Resource<EIP> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::EIP")
      .references("InstanceId", "AWS::EC2::Instance.Ref")
      .refYields("PublicIp")
      .attributes("AllocationId", "PublicIp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EIP(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An Elastic IP address or a carrier IP address in a Wavelength Zone.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Address}.
   */
  public EIP address(String value) {
    return set("Address", Value.of(value));
  }

  /** Sets {@code Address} to this value; see {@link #address(String)}. */
  public EIP address(Value<String> value) {
    return set("Address", value);
  }

  /**
   * The network ( <code>vpc</code> ).
   *
   * <p>If you define an Elastic IP address and associate it with a VPC that is defined in the same
   * template, you must declare a dependency on the VPC-gateway attachment by using the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
   * Attribute</a> on this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Domain}.
   */
  public EIP domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public EIP domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * The ID of the instance.
   *
   * <p>Updates to the <code>InstanceId</code> property may require <em>some interruptions</em> .
   * Updates on an EIP reassociates the address on its associated resource.
   *
   * <p>CloudFormation property {@code InstanceId}.
   */
  public EIP instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public EIP instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Sets {@code InstanceId} to the Ref of {@code AWS::EC2::Instance}; see {@link
   * #instanceId(String)}.
   */
  public EIP instanceId(Instance resource) {
    return set("InstanceId", resource.ref());
  }

  /**
   * The ID of an IPAM pool which has an Amazon-provided or BYOIP public IPv4 CIDR provisioned to
   * it. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-eip-pool.html">Allocate sequential
   * Elastic IP addresses from an IPAM pool</a> in the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IpamPoolId}.
   */
  public EIP ipamPoolId(String value) {
    return set("IpamPoolId", Value.of(value));
  }

  /** Sets {@code IpamPoolId} to this value; see {@link #ipamPoolId(String)}. */
  public EIP ipamPoolId(Value<String> value) {
    return set("IpamPoolId", value);
  }

  /**
   * A unique set of Availability Zones, Local Zones, or Wavelength Zones from which AWS advertises
   * IP addresses. Use this parameter to limit the IP address to this location. IP addresses cannot
   * move between network border groups.
   *
   * <p>Use <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAvailabilityZones.html">DescribeAvailabilityZones</a>
   * to view the network border groups.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkBorderGroup}.
   */
  public EIP networkBorderGroup(String value) {
    return set("NetworkBorderGroup", Value.of(value));
  }

  /** Sets {@code NetworkBorderGroup} to this value; see {@link #networkBorderGroup(String)}. */
  public EIP networkBorderGroup(Value<String> value) {
    return set("NetworkBorderGroup", value);
  }

  /**
   * The ID of an address pool that you own. Use this parameter to let Amazon EC2 select an address
   * from the address pool.
   *
   * <p>Updates to the <code>PublicIpv4Pool</code> property may require <em>some interruptions</em>
   * . Updates on an EIP reassociates the address on its associated resource.
   *
   * <p>CloudFormation property {@code PublicIpv4Pool}.
   */
  public EIP publicIpv4Pool(String value) {
    return set("PublicIpv4Pool", Value.of(value));
  }

  /** Sets {@code PublicIpv4Pool} to this value; see {@link #publicIpv4Pool(String)}. */
  public EIP publicIpv4Pool(Value<String> value) {
    return set("PublicIpv4Pool", value);
  }

  /**
   * Any tags assigned to the Elastic IP address.
   *
   * <p>Updates to the <code>Tags</code> property may require <em>some interruptions</em> . Updates
   * on an EIP reassociates the address on its associated resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EIP tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EIP tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EIP tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Elastic IP address you are accepting for transfer. You can only accept one transferred
   * address. For more information on Elastic IP address transfers, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#transfer-EIPs-intro">Transfer
   * Elastic IP addresses</a> in the <em>Amazon Virtual Private Cloud User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TransferAddress}.
   */
  public EIP transferAddress(String value) {
    return set("TransferAddress", Value.of(value));
  }

  /** Sets {@code TransferAddress} to this value; see {@link #transferAddress(String)}. */
  public EIP transferAddress(Value<String> value) {
    return set("TransferAddress", value);
  }

  /**
   * The ID that AWS assigns to represent the allocation of the address for use with Amazon VPC.
   * This is returned only for VPC elastic IP addresses. For example, <code>eipalloc-5723d13e</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AllocationId}.
   */
  public Value<String> allocationId() {
    return getAtt("AllocationId");
  }

  /**
   * The Elastic IP address.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicIp}.
   */
  public Value<String> publicIp() {
    return getAtt("PublicIp");
  }
}
