// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Adds an inbound (ingress) rule to a security group.
 *
 * <p>An inbound rule permits instances to receive traffic from the specified IPv4 or IPv6 address
 * range, the IP addresses that are specified by a prefix list, or the instances that are associated
 * with a source security group. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">Security group
 * rules</a> .
 *
 * <p>You must specify exactly one of the following sources: an IPv4 address range, an IPv6 address
 * range, a prefix list, or a security group.
 *
 * <p>You must specify a protocol for each rule (for example, TCP). If the protocol is TCP or UDP,
 * you must also specify a port or port range. If the protocol is ICMP or ICMPv6, you must also
 * specify the ICMP/ICMPv6 type and code.
 *
 * <p>Rule changes are propagated to instances associated with the security group as quickly as
 * possible. However, a small delay might occur.
 *
 * <p>CloudFormation type {@code AWS::EC2::SecurityGroupIngress}.
 */
public final class SecurityGroupIngress extends Resource<SecurityGroupIngress> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SecurityGroupIngress")
      .required("IpProtocol")
      .constrain("CidrIp", Constraint.of().format("ipv4-network"))
      .references("CidrIp", "AWS::EC2::VPC.CidrBlock")
      .constrain("CidrIpv6", Constraint.of().format("ipv6-network"))
      .constrain("FromPort", Constraint.of().minimum(-1))
      .constrain("GroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("GroupId", "AWS::EC2::SecurityGroup.GroupId",
          "AWS::EC2::VPC.DefaultSecurityGroup")
      .references("GroupName", "AWS::EC2::SecurityGroup.Ref")
      .references("SourcePrefixListId", "AWS::EC2::PrefixList.Ref")
      .constrain("SourceSecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("SourceSecurityGroupId", "AWS::EC2::SecurityGroup.GroupId",
          "AWS::EC2::VPC.DefaultSecurityGroup")
      .constrain("SourceSecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .constrain("ToPort", Constraint.of().minimum(-1))
      .refYields("Id")
      .attributes("Id")
      .build();

  public SecurityGroupIngress(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IPv4 address range, in CIDR format.
   *
   * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code> ,
   * <code>SourcePrefixListId</code> , or <code>SourceSecurityGroupId</code> .
   *
   * <p>For examples of rules that you can add to security groups for specific access scenarios, see
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
   * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code CidrIp}.
   */
  public SecurityGroupIngress cidrIp(String value) {
    return set("CidrIp", Value.of(value));
  }

  /** Sets {@code CidrIp} to this value; see {@link #cidrIp(String)}. */
  public SecurityGroupIngress cidrIp(Value<String> value) {
    return set("CidrIp", value);
  }

  /** Sets {@code CidrIp} to the CidrBlock of {@code AWS::EC2::VPC}; see {@link #cidrIp(String)}. */
  public SecurityGroupIngress cidrIp(VPC resource) {
    return set("CidrIp", resource.cidrBlock());
  }

  /**
   * The IPv6 address range, in CIDR format.
   *
   * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code> ,
   * <code>SourcePrefixListId</code> , or <code>SourceSecurityGroupId</code> .
   *
   * <p>For examples of rules that you can add to security groups for specific access scenarios, see
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
   * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Format: {@code ipv6-network}. CloudFormation property
   * {@code CidrIpv6}.
   */
  public SecurityGroupIngress cidrIpv6(String value) {
    return set("CidrIpv6", Value.of(value));
  }

  /** Sets {@code CidrIpv6} to this value; see {@link #cidrIpv6(String)}. */
  public SecurityGroupIngress cidrIpv6(Value<String> value) {
    return set("CidrIpv6", value);
  }

  /**
   * Updates the description of an ingress (inbound) security group rule. You can replace an
   * existing description, or add a description to a rule that did not have one previously.
   *
   * <p>Constraints: Up to 255 characters in length. Allowed characters are a-z, A-Z, 0-9, spaces,
   * and ._-:/()#,&#64;[]+=;{}!$*
   *
   * <p>CloudFormation property {@code Description}.
   */
  public SecurityGroupIngress description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SecurityGroupIngress description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The start of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 type number. A value
   * of <code>-1</code> indicates all ICMP/ICMPv6 types. If you specify all ICMP/ICMPv6 types, you
   * must specify all codes.
   *
   * <p>Use this for ICMP and any protocol that uses ports.
   *
   * <p>Changing it replaces the resource. Range: at least -1. CloudFormation property {@code
   * FromPort}.
   */
  public SecurityGroupIngress fromPort(int value) {
    return set("FromPort", Value.of(value));
  }

  /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
  public SecurityGroupIngress fromPort(Value<Integer> value) {
    return set("FromPort", value);
  }

  /**
   * The ID of the security group.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code GroupId}.
   */
  public SecurityGroupIngress groupId(String value) {
    return set("GroupId", Value.of(value));
  }

  /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
  public SecurityGroupIngress groupId(Value<String> value) {
    return set("GroupId", value);
  }

  /**
   * Sets {@code GroupId} to the GroupId of {@code AWS::EC2::SecurityGroup}; see {@link
   * #groupId(String)}.
   */
  public SecurityGroupIngress groupId(SecurityGroup resource) {
    return set("GroupId", resource.groupId());
  }

  /**
   * Sets {@code GroupId} to the DefaultSecurityGroup of {@code AWS::EC2::VPC}; see {@link
   * #groupId(String)}.
   */
  public SecurityGroupIngress groupId(VPC resource) {
    return set("GroupId", resource.defaultSecurityGroup());
  }

  /**
   * [Default VPC] The name of the security group. For security groups for a default VPC you can
   * specify either the ID or the name of the security group. For security groups for a nondefault
   * VPC, you must specify the ID of the security group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code GroupName}.
   */
  public SecurityGroupIngress groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public SecurityGroupIngress groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * Sets {@code GroupName} to the Ref of {@code AWS::EC2::SecurityGroup}; see {@link
   * #groupName(String)}.
   */
  public SecurityGroupIngress groupName(SecurityGroup resource) {
    return set("GroupName", resource.ref());
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
  public SecurityGroupIngress ipProtocol(String value) {
    return set("IpProtocol", Value.of(value));
  }

  /** Sets {@code IpProtocol} to this value; see {@link #ipProtocol(String)}. */
  public SecurityGroupIngress ipProtocol(Value<String> value) {
    return set("IpProtocol", value);
  }

  /**
   * The ID of a prefix list.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourcePrefixListId}.
   */
  public SecurityGroupIngress sourcePrefixListId(String value) {
    return set("SourcePrefixListId", Value.of(value));
  }

  /** Sets {@code SourcePrefixListId} to this value; see {@link #sourcePrefixListId(String)}. */
  public SecurityGroupIngress sourcePrefixListId(Value<String> value) {
    return set("SourcePrefixListId", value);
  }

  /**
   * Sets {@code SourcePrefixListId} to the Ref of {@code AWS::EC2::PrefixList}; see {@link
   * #sourcePrefixListId(String)}.
   */
  public SecurityGroupIngress sourcePrefixListId(PrefixList resource) {
    return set("SourcePrefixListId", resource.ref());
  }

  /**
   * The ID of the security group. You must specify either the security group ID or the security
   * group name. For security groups in a nondefault VPC, you must specify the security group ID.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code SourceSecurityGroupId}.
   */
  public SecurityGroupIngress sourceSecurityGroupId(String value) {
    return set("SourceSecurityGroupId", Value.of(value));
  }

  /**
   * Sets {@code SourceSecurityGroupId} to this value; see {@link #sourceSecurityGroupId(String)}.
   */
  public SecurityGroupIngress sourceSecurityGroupId(Value<String> value) {
    return set("SourceSecurityGroupId", value);
  }

  /**
   * Sets {@code SourceSecurityGroupId} to the GroupId of {@code AWS::EC2::SecurityGroup}; see
   * {@link #sourceSecurityGroupId(String)}.
   */
  public SecurityGroupIngress sourceSecurityGroupId(SecurityGroup resource) {
    return set("SourceSecurityGroupId", resource.groupId());
  }

  /**
   * Sets {@code SourceSecurityGroupId} to the DefaultSecurityGroup of {@code AWS::EC2::VPC}; see
   * {@link #sourceSecurityGroupId(String)}.
   */
  public SecurityGroupIngress sourceSecurityGroupId(VPC resource) {
    return set("SourceSecurityGroupId", resource.defaultSecurityGroup());
  }

  /**
   * [Default VPC] The name of the source security group. You must specify either the security group
   * ID or the security group name. You can't specify the group name in combination with an IP
   * address range. Creates rules that grant full ICMP, UDP, and TCP access.
   *
   * <p>For security groups in a nondefault VPC, you must specify the group ID.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Name}.
   * CloudFormation property {@code SourceSecurityGroupName}.
   */
  public SecurityGroupIngress sourceSecurityGroupName(String value) {
    return set("SourceSecurityGroupName", Value.of(value));
  }

  /**
   * Sets {@code SourceSecurityGroupName} to this value; see {@link
   * #sourceSecurityGroupName(String)}.
   */
  public SecurityGroupIngress sourceSecurityGroupName(Value<String> value) {
    return set("SourceSecurityGroupName", value);
  }

  /**
   * [nondefault VPC] The AWS account ID for the source security group, if the source security group
   * is in a different account. You can't specify this property with an IP address range. Creates
   * rules that grant full ICMP, UDP, and TCP access.
   *
   * <p>If you specify <code>SourceSecurityGroupName</code> or <code>SourceSecurityGroupId</code>
   * and that security group is owned by a different account than the account creating the stack,
   * you must specify <code>SourceSecurityGroupOwnerId</code> ; otherwise, this property is
   * optional.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SourceSecurityGroupOwnerId}.
   */
  public SecurityGroupIngress sourceSecurityGroupOwnerId(String value) {
    return set("SourceSecurityGroupOwnerId", Value.of(value));
  }

  /**
   * Sets {@code SourceSecurityGroupOwnerId} to this value; see {@link
   * #sourceSecurityGroupOwnerId(String)}.
   */
  public SecurityGroupIngress sourceSecurityGroupOwnerId(Value<String> value) {
    return set("SourceSecurityGroupOwnerId", value);
  }

  /**
   * The end of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 code. A value of
   * <code>-1</code> indicates all ICMP/ICMPv6 codes for the specified ICMP type. If you specify all
   * ICMP/ICMPv6 types, you must specify all codes.
   *
   * <p>Use this for ICMP and any protocol that uses ports.
   *
   * <p>Changing it replaces the resource. Range: at least -1. CloudFormation property {@code
   * ToPort}.
   */
  public SecurityGroupIngress toPort(int value) {
    return set("ToPort", Value.of(value));
  }

  /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
  public SecurityGroupIngress toPort(Value<Integer> value) {
    return set("ToPort", value);
  }

  /**
   * The Security Group Rule Id
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
