// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Adds the specified outbound (egress) rule to a security group.
 *
 * <p>An outbound rule permits instances to send traffic to the specified IPv4 or IPv6 address
 * range, the IP addresses that are specified by a prefix list, or the instances that are associated
 * with a destination security group. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">Security group
 * rules</a> .
 *
 * <p>You must specify exactly one of the following destinations: an IPv4 address range, an IPv6
 * address range, a prefix list, or a security group.
 *
 * <p>You must specify a protocol for each rule (for example, TCP). If the protocol is TCP or UDP,
 * you must also specify a port or port range. If the protocol is ICMP or ICMPv6, you must also
 * specify the ICMP/ICMPv6 type and code. To specify all types or all codes, use -1.
 *
 * <p>Rule changes are propagated to instances associated with the security group as quickly as
 * possible. However, a small delay might occur.
 *
 * <p>CloudFormation type {@code AWS::EC2::SecurityGroupEgress}.
 */
public final class SecurityGroupEgress extends Resource<SecurityGroupEgress> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SecurityGroupEgress")
      .required("GroupId", "IpProtocol")
      .constrain("CidrIp", Constraint.of().format("ipv4-network"))
      .constrain("CidrIpv6", Constraint.of().format("ipv6-network"))
      .constrain("DestinationSecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("DestinationSecurityGroupId", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("FromPort", Constraint.of().minimum(-1))
      .constrain("GroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("GroupId", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("ToPort", Constraint.of().minimum(-1))
      .refYields("Id")
      .attributes("Id")
      .build();

  public SecurityGroupEgress(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IPv4 address range, in CIDR format.
   *
   * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code> ,
   * <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
   *
   * <p>For examples of rules that you can add to security groups for specific access scenarios, see
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
   * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code CidrIp}.
   */
  public SecurityGroupEgress cidrIp(String value) {
    return set("CidrIp", Value.of(value));
  }

  /** Sets {@code CidrIp} to this value; see {@link #cidrIp(String)}. */
  public SecurityGroupEgress cidrIp(Value<String> value) {
    return set("CidrIp", value);
  }

  /**
   * The IPv6 address range, in CIDR format.
   *
   * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code> ,
   * <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
   *
   * <p>For examples of rules that you can add to security groups for specific access scenarios, see
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
   * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Format: {@code ipv6-network}. CloudFormation property
   * {@code CidrIpv6}.
   */
  public SecurityGroupEgress cidrIpv6(String value) {
    return set("CidrIpv6", Value.of(value));
  }

  /** Sets {@code CidrIpv6} to this value; see {@link #cidrIpv6(String)}. */
  public SecurityGroupEgress cidrIpv6(Value<String> value) {
    return set("CidrIpv6", value);
  }

  /**
   * The description of an egress (outbound) security group rule.
   *
   * <p>Constraints: Up to 255 characters in length. Allowed characters are a-z, A-Z, 0-9, spaces,
   * and ._-:/()#,&#64;[]+=;{}!$*
   *
   * <p>CloudFormation property {@code Description}.
   */
  public SecurityGroupEgress description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SecurityGroupEgress description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The prefix list IDs for an AWS service. This is the AWS service to access through a VPC
   * endpoint from instances associated with the security group.
   *
   * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code> ,
   * <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DestinationPrefixListId}.
   */
  public SecurityGroupEgress destinationPrefixListId(String value) {
    return set("DestinationPrefixListId", Value.of(value));
  }

  /**
   * Sets {@code DestinationPrefixListId} to this value; see {@link
   * #destinationPrefixListId(String)}.
   */
  public SecurityGroupEgress destinationPrefixListId(Value<String> value) {
    return set("DestinationPrefixListId", value);
  }

  /**
   * The ID of the security group.
   *
   * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code> ,
   * <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code DestinationSecurityGroupId}.
   */
  public SecurityGroupEgress destinationSecurityGroupId(String value) {
    return set("DestinationSecurityGroupId", Value.of(value));
  }

  /**
   * Sets {@code DestinationSecurityGroupId} to this value; see {@link
   * #destinationSecurityGroupId(String)}.
   */
  public SecurityGroupEgress destinationSecurityGroupId(Value<String> value) {
    return set("DestinationSecurityGroupId", value);
  }

  /**
   * Sets {@code DestinationSecurityGroupId} to the GroupId of {@code AWS::EC2::SecurityGroup}; see
   * {@link #destinationSecurityGroupId(String)}.
   */
  public SecurityGroupEgress destinationSecurityGroupId(SecurityGroup resource) {
    return set("DestinationSecurityGroupId", resource.groupId());
  }

  /**
   * If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP or
   * ICMPv6, this is the ICMP type or -1 (all ICMP types).
   *
   * <p>Changing it replaces the resource. Range: at least -1. CloudFormation property {@code
   * FromPort}.
   */
  public SecurityGroupEgress fromPort(int value) {
    return set("FromPort", Value.of(value));
  }

  /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
  public SecurityGroupEgress fromPort(Value<Integer> value) {
    return set("FromPort", value);
  }

  /**
   * The ID of the security group. You must specify either the security group ID or the security
   * group name in the request. For security groups in a nondefault VPC, you must specify the
   * security group ID.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code GroupId}.
   */
  public SecurityGroupEgress groupId(String value) {
    return set("GroupId", Value.of(value));
  }

  /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
  public SecurityGroupEgress groupId(Value<String> value) {
    return set("GroupId", value);
  }

  /**
   * Sets {@code GroupId} to the GroupId of {@code AWS::EC2::SecurityGroup}; see {@link
   * #groupId(String)}.
   */
  public SecurityGroupEgress groupId(SecurityGroup resource) {
    return set("GroupId", resource.groupId());
  }

  /**
   * The IP protocol name ( <code>tcp</code> , <code>udp</code> , <code>icmp</code> ,
   * <code>icmpv6</code> ) or number (see <a
   * href="https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml">Protocol
   * Numbers</a> ).
   *
   * <p>Use <code>-1</code> to specify all protocols. When authorizing security group rules,
   * specifying <code>-1</code> or a protocol number other than <code>tcp</code> , <code>udp</code>
   * , <code>icmp</code> , or <code>icmpv6</code> allows traffic on all ports, regardless of any
   * port range you specify. For <code>tcp</code> , <code>udp</code> , and <code>icmp</code> , you
   * must specify a port range. For <code>icmpv6</code> , the port range is optional; if you omit
   * the port range, traffic for all types and codes is allowed.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpProtocol}.
   */
  public SecurityGroupEgress ipProtocol(String value) {
    return set("IpProtocol", Value.of(value));
  }

  /** Sets {@code IpProtocol} to this value; see {@link #ipProtocol(String)}. */
  public SecurityGroupEgress ipProtocol(Value<String> value) {
    return set("IpProtocol", value);
  }

  /**
   * If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or
   * ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP types),
   * then the end port must be -1 (all ICMP codes).
   *
   * <p>Changing it replaces the resource. Range: at least -1. CloudFormation property {@code
   * ToPort}.
   */
  public SecurityGroupEgress toPort(int value) {
    return set("ToPort", Value.of(value));
  }

  /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
  public SecurityGroupEgress toPort(Value<Integer> value) {
    return set("ToPort", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
