// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a security group.
 *
 * <p>You must specify ingress rules to allow inbound traffic. By default, no inbound traffic is
 * allowed.
 *
 * <p>When you create a security group, if you do not add egress rules, we add egress rules that
 * allow all outbound IPv4 and IPv6 traffic. Otherwise, we do not add them. After the security group
 * is created, if you remove all egress rules that you added, we do not add egress rules, so no
 * outbound traffic is allowed.
 *
 * <p>If you modify a rule, CloudFormation removes the existing rule and then adds a new rule. There
 * is a brief period when neither the original rule or the new rule exists, so the corresponding
 * traffic is dropped.
 *
 * <p>This type supports updates. For more information about updating stacks, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks.html">AWS
 * CloudFormation Stacks Updates</a> .
 *
 * <p>To cross-reference two security groups in the ingress and egress rules of those security
 * groups, use the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-security-group-egress.html">AWS::EC2::SecurityGroupEgress</a>
 * and <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-security-group-ingress.html">AWS::EC2::SecurityGroupIngress</a>
 * resources to define your rules. Do not use the embedded ingress and egress rules in the
 * <code>AWS::EC2::SecurityGroup</code> . Doing so creates a circular dependency, which
 * CloudFormation doesn't allow.
 *
 * <p>CloudFormation type {@code AWS::EC2::SecurityGroup}.
 */
public final class SecurityGroup extends Resource<SecurityGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SecurityGroup")
      .required("GroupDescription")
      .constrain("GroupDescription", Constraint.of().minLength(0).maxLength(255))
      .constrain("GroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("GroupId", "Id", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SecurityGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the security group.
   *
   * <p>Constraints: Up to 255 characters in length
   *
   * <p>Valid characters: a-z, A-Z, 0-9, spaces, and ._-:/()#,&#64;[]+=&amp;;{}!$*
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation
   * property {@code GroupDescription}.
   */
  public SecurityGroup groupDescription(String value) {
    return set("GroupDescription", Value.of(value));
  }

  /** Sets {@code GroupDescription} to this value; see {@link #groupDescription(String)}. */
  public SecurityGroup groupDescription(Value<String> value) {
    return set("GroupDescription", value);
  }

  /**
   * The name of the security group. Names are case-insensitive and must be unique within the VPC.
   *
   * <p>Constraints: Up to 255 characters in length. Can't start with <code>sg-</code> .
   *
   * <p>Valid characters: a-z, A-Z, 0-9, spaces, and ._-:/()#,&#64;[]+=&amp;;{}!$*
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Name}.
   * CloudFormation property {@code GroupName}.
   */
  public SecurityGroup groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public SecurityGroup groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * The outbound rules associated with the security group.
   *
   * <p>CloudFormation property {@code SecurityGroupEgress}.
   */
  public SecurityGroup securityGroupEgress(List<Egress> value) {
    return set("SecurityGroupEgress", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupEgress} to this value; see {@link #securityGroupEgress(List)}. */
  public SecurityGroup securityGroupEgress(Value<List<Egress>> value) {
    return set("SecurityGroupEgress", value);
  }

  /**
   * Sets {@code SecurityGroupEgress} to a list of these; see {@link #securityGroupEgress(List)}.
   */
  public SecurityGroup securityGroupEgress(Egress... values) {
    return set("SecurityGroupEgress", Value.list(values));
  }

  /**
   * The inbound rules associated with the security group.
   *
   * <p>CloudFormation property {@code SecurityGroupIngress}.
   */
  public SecurityGroup securityGroupIngress(List<Ingress> value) {
    return set("SecurityGroupIngress", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIngress} to this value; see {@link #securityGroupIngress(List)}. */
  public SecurityGroup securityGroupIngress(Value<List<Ingress>> value) {
    return set("SecurityGroupIngress", value);
  }

  /**
   * Sets {@code SecurityGroupIngress} to a list of these; see {@link #securityGroupIngress(List)}.
   */
  public SecurityGroup securityGroupIngress(Ingress... values) {
    return set("SecurityGroupIngress", Value.list(values));
  }

  /**
   * Any tags assigned to the security group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SecurityGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SecurityGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SecurityGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC for the security group. If you do not specify a VPC, the default is to use
   * the default VPC for the Region. If there's no specified VPC and no default VPC, security group
   * creation fails.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public SecurityGroup vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public SecurityGroup vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public SecurityGroup vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the security group, such as <code>sg-94b3a1f6</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupId}.
   */
  public Value<String> groupId() {
    return getAtt("GroupId");
  }

  /**
   * The group name or group ID depending on whether the SG is created in default or specific VPC
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ID of the VPC, such as <code>vpc-0669f8f9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * Adds the specified outbound (egress) rule to a security group.
   *
   * <p>An outbound rule permits instances to send traffic to the specified IPv4 or IPv6 address
   * range, the IP address ranges that are specified by a prefix list, or the instances that are
   * associated with a destination security group. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">Security
   * group rules</a> .
   *
   * <p>You must specify exactly one of the following destinations: an IPv4 address range, an IPv6
   * address range, a prefix list, or a security group.
   *
   * <p>You must specify a protocol for each rule (for example, TCP). If the protocol is TCP or UDP,
   * you must also specify a port or port range. If the protocol is ICMP or ICMPv6, you must also
   * specify the ICMP/ICMPv6 type and code.
   *
   * <p>Rule changes are propagated to instances associated with the security group as quickly as
   * possible. However, a small delay might occur.
   *
   * <p>Property type {@code AWS::EC2::SecurityGroup.Egress}.
   */
  public static final class Egress extends Struct<Egress> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SecurityGroup.Egress")
        .required("IpProtocol")
        .constrain("CidrIp", Constraint.of().format("ipv4-network"))
        .constrain("CidrIpv6", Constraint.of().format("ipv6-network"))
        .constrain("DestinationSecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("DestinationSecurityGroupId", "AWS::EC2::SecurityGroup.GroupId")
        .constrain("FromPort", Constraint.of().minimum(-1))
        .constrain("ToPort", Constraint.of().minimum(-1))
        .build();

    public Egress() {
      super(SCHEMA);
    }

    /**
     * The IPv4 address range, in CIDR format.
     *
     * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code>
     * , <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
     *
     * <p>For examples of rules that you can add to security groups for specific access scenarios,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
     * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code CidrIp}.
     */
    public Egress cidrIp(String value) {
      return set("CidrIp", Value.of(value));
    }

    /** Sets {@code CidrIp} to this value; see {@link #cidrIp(String)}. */
    public Egress cidrIp(Value<String> value) {
      return set("CidrIp", value);
    }

    /**
     * The IPv6 address range, in CIDR format.
     *
     * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code>
     * , <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
     *
     * <p>For examples of rules that you can add to security groups for specific access scenarios,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
     * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Format: {@code ipv6-network}. CloudFormation property {@code CidrIpv6}.
     */
    public Egress cidrIpv6(String value) {
      return set("CidrIpv6", Value.of(value));
    }

    /** Sets {@code CidrIpv6} to this value; see {@link #cidrIpv6(String)}. */
    public Egress cidrIpv6(Value<String> value) {
      return set("CidrIpv6", value);
    }

    /**
     * A description for the security group rule.
     *
     * <p>Constraints: Up to 255 characters in length. Allowed characters are a-z, A-Z, 0-9, spaces,
     * and ._-:/()#,&#64;[]+=;{}!$*
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Egress description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Egress description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The prefix list IDs for the destination AWS service. This is the AWS service that you want to
     * access through a VPC endpoint from instances associated with the security group.
     *
     * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code>
     * , <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
     *
     * <p>CloudFormation property {@code DestinationPrefixListId}.
     */
    public Egress destinationPrefixListId(String value) {
      return set("DestinationPrefixListId", Value.of(value));
    }

    /**
     * Sets {@code DestinationPrefixListId} to this value; see {@link
     * #destinationPrefixListId(String)}.
     */
    public Egress destinationPrefixListId(Value<String> value) {
      return set("DestinationPrefixListId", value);
    }

    /**
     * The ID of the destination VPC security group.
     *
     * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code>
     * , <code>DestinationPrefixListId</code> , or <code>DestinationSecurityGroupId</code> .
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * DestinationSecurityGroupId}.
     */
    public Egress destinationSecurityGroupId(String value) {
      return set("DestinationSecurityGroupId", Value.of(value));
    }

    /**
     * Sets {@code DestinationSecurityGroupId} to this value; see {@link
     * #destinationSecurityGroupId(String)}.
     */
    public Egress destinationSecurityGroupId(Value<String> value) {
      return set("DestinationSecurityGroupId", value);
    }

    /**
     * Sets {@code DestinationSecurityGroupId} to the GroupId of {@code AWS::EC2::SecurityGroup};
     * see {@link #destinationSecurityGroupId(String)}.
     */
    public Egress destinationSecurityGroupId(SecurityGroup resource) {
      return set("DestinationSecurityGroupId", resource.groupId());
    }

    /**
     * If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP
     * or ICMPv6, this is the ICMP type or -1 (all ICMP types).
     *
     * <p>Range: at least -1. CloudFormation property {@code FromPort}.
     */
    public Egress fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public Egress fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The IP protocol name ( <code>tcp</code> , <code>udp</code> , <code>icmp</code> ,
     * <code>icmpv6</code> ) or number (see <a
     * href="https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml">Protocol
     * Numbers</a> ).
     *
     * <p>Use <code>-1</code> to specify all protocols. When authorizing security group rules,
     * specifying <code>-1</code> or a protocol number other than <code>tcp</code> ,
     * <code>udp</code> , <code>icmp</code> , or <code>icmpv6</code> allows traffic on all ports,
     * regardless of any port range you specify. For <code>tcp</code> , <code>udp</code> , and
     * <code>icmp</code> , you must specify a port range. For <code>icmpv6</code> , the port range
     * is optional; if you omit the port range, traffic for all types and codes is allowed.
     *
     * <p>Required. CloudFormation property {@code IpProtocol}.
     */
    public Egress ipProtocol(String value) {
      return set("IpProtocol", Value.of(value));
    }

    /** Sets {@code IpProtocol} to this value; see {@link #ipProtocol(String)}. */
    public Egress ipProtocol(Value<String> value) {
      return set("IpProtocol", value);
    }

    /**
     * If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or
     * ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP
     * types), then the end port must be -1 (all ICMP codes).
     *
     * <p>Range: at least -1. CloudFormation property {@code ToPort}.
     */
    public Egress toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public Egress toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * Adds an inbound (ingress) rule to a security group.
   *
   * <p>An inbound rule permits instances to receive traffic from the specified IPv4 or IPv6 address
   * range, the IP address ranges that are specified by a prefix list, or the instances that are
   * associated with a source security group. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html">Security
   * group rules</a> .
   *
   * <p>You must specify exactly one of the following sources: an IPv4 address range, an IPv6
   * address range, a prefix list, or a security group.
   *
   * <p>You must specify a protocol for each rule (for example, TCP). If the protocol is TCP or UDP,
   * you must also specify a port or port range. If the protocol is ICMP or ICMPv6, you must also
   * specify the ICMP/ICMPv6 type and code.
   *
   * <p>Rule changes are propagated to instances associated with the security group as quickly as
   * possible. However, a small delay might occur.
   *
   * <p>Property type {@code AWS::EC2::SecurityGroup.Ingress}.
   */
  public static final class Ingress extends Struct<Ingress> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::SecurityGroup.Ingress")
        .required("IpProtocol")
        .constrain("CidrIp", Constraint.of().format("ipv4-network"))
        .constrain("CidrIpv6", Constraint.of().format("ipv6-network"))
        .constrain("FromPort", Constraint.of().minimum(-1))
        .constrain("SourceSecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SourceSecurityGroupId", "AWS::EC2::SecurityGroup.GroupId")
        .constrain("SourceSecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
        .references("SourceSecurityGroupName", "AWS::EC2::SecurityGroup.Ref")
        .constrain("ToPort", Constraint.of().minimum(-1))
        .build();

    public Ingress() {
      super(SCHEMA);
    }

    /**
     * The IPv4 address range, in CIDR format.
     *
     * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code>
     * , <code>SourcePrefixListId</code> , or <code>SourceSecurityGroupId</code> .
     *
     * <p>For examples of rules that you can add to security groups for specific access scenarios,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
     * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code CidrIp}.
     */
    public Ingress cidrIp(String value) {
      return set("CidrIp", Value.of(value));
    }

    /** Sets {@code CidrIp} to this value; see {@link #cidrIp(String)}. */
    public Ingress cidrIp(Value<String> value) {
      return set("CidrIp", value);
    }

    /**
     * The IPv6 address range, in CIDR format.
     *
     * <p>You must specify exactly one of the following: <code>CidrIp</code> , <code>CidrIpv6</code>
     * , <code>SourcePrefixListId</code> , or <code>SourceSecurityGroupId</code> .
     *
     * <p>For examples of rules that you can add to security groups for specific access scenarios,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html">Security
     * group rules for different use cases</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Format: {@code ipv6-network}. CloudFormation property {@code CidrIpv6}.
     */
    public Ingress cidrIpv6(String value) {
      return set("CidrIpv6", Value.of(value));
    }

    /** Sets {@code CidrIpv6} to this value; see {@link #cidrIpv6(String)}. */
    public Ingress cidrIpv6(Value<String> value) {
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
    public Ingress description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Ingress description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP
     * or ICMPv6, this is the ICMP type or -1 (all ICMP types).
     *
     * <p>Range: at least -1. CloudFormation property {@code FromPort}.
     */
    public Ingress fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public Ingress fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The IP protocol name ( <code>tcp</code> , <code>udp</code> , <code>icmp</code> ,
     * <code>icmpv6</code> ) or number (see <a
     * href="https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml">Protocol
     * Numbers</a> ).
     *
     * <p>Use <code>-1</code> to specify all protocols. When authorizing security group rules,
     * specifying <code>-1</code> or a protocol number other than <code>tcp</code> ,
     * <code>udp</code> , <code>icmp</code> , or <code>icmpv6</code> allows traffic on all ports,
     * regardless of any port range you specify. For <code>tcp</code> , <code>udp</code> , and
     * <code>icmp</code> , you must specify a port range. For <code>icmpv6</code> , the port range
     * is optional; if you omit the port range, traffic for all types and codes is allowed.
     *
     * <p>Required. CloudFormation property {@code IpProtocol}.
     */
    public Ingress ipProtocol(String value) {
      return set("IpProtocol", Value.of(value));
    }

    /** Sets {@code IpProtocol} to this value; see {@link #ipProtocol(String)}. */
    public Ingress ipProtocol(Value<String> value) {
      return set("IpProtocol", value);
    }

    /**
     * The ID of a prefix list.
     *
     * <p>CloudFormation property {@code SourcePrefixListId}.
     */
    public Ingress sourcePrefixListId(String value) {
      return set("SourcePrefixListId", Value.of(value));
    }

    /** Sets {@code SourcePrefixListId} to this value; see {@link #sourcePrefixListId(String)}. */
    public Ingress sourcePrefixListId(Value<String> value) {
      return set("SourcePrefixListId", value);
    }

    /**
     * The ID of the security group.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SourceSecurityGroupId}.
     */
    public Ingress sourceSecurityGroupId(String value) {
      return set("SourceSecurityGroupId", Value.of(value));
    }

    /**
     * Sets {@code SourceSecurityGroupId} to this value; see {@link #sourceSecurityGroupId(String)}.
     */
    public Ingress sourceSecurityGroupId(Value<String> value) {
      return set("SourceSecurityGroupId", value);
    }

    /**
     * Sets {@code SourceSecurityGroupId} to the GroupId of {@code AWS::EC2::SecurityGroup}; see
     * {@link #sourceSecurityGroupId(String)}.
     */
    public Ingress sourceSecurityGroupId(SecurityGroup resource) {
      return set("SourceSecurityGroupId", resource.groupId());
    }

    /**
     * [Default VPC] The name of the source security group. You must specify either the security
     * group ID or the security group name. You can't specify the group name in combination with an
     * IP address range. Creates rules that grant full ICMP, UDP, and TCP access.
     *
     * <p>For security groups in a nondefault VPC, you must specify the group ID.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Name}. CloudFormation property {@code
     * SourceSecurityGroupName}.
     */
    public Ingress sourceSecurityGroupName(String value) {
      return set("SourceSecurityGroupName", Value.of(value));
    }

    /**
     * Sets {@code SourceSecurityGroupName} to this value; see {@link
     * #sourceSecurityGroupName(String)}.
     */
    public Ingress sourceSecurityGroupName(Value<String> value) {
      return set("SourceSecurityGroupName", value);
    }

    /**
     * Sets {@code SourceSecurityGroupName} to the Ref of {@code AWS::EC2::SecurityGroup}; see
     * {@link #sourceSecurityGroupName(String)}.
     */
    public Ingress sourceSecurityGroupName(SecurityGroup resource) {
      return set("SourceSecurityGroupName", resource.ref());
    }

    /**
     * [nondefault VPC] The AWS account ID for the source security group, if the source security
     * group is in a different account. You can't specify this property with an IP address range.
     * Creates rules that grant full ICMP, UDP, and TCP access.
     *
     * <p>If you specify <code>SourceSecurityGroupName</code> or <code>SourceSecurityGroupId</code>
     * and that security group is owned by a different account than the account creating the stack,
     * you must specify the <code>SourceSecurityGroupOwnerId</code> ; otherwise, this property is
     * optional.
     *
     * <p>CloudFormation property {@code SourceSecurityGroupOwnerId}.
     */
    public Ingress sourceSecurityGroupOwnerId(String value) {
      return set("SourceSecurityGroupOwnerId", Value.of(value));
    }

    /**
     * Sets {@code SourceSecurityGroupOwnerId} to this value; see {@link
     * #sourceSecurityGroupOwnerId(String)}.
     */
    public Ingress sourceSecurityGroupOwnerId(Value<String> value) {
      return set("SourceSecurityGroupOwnerId", value);
    }

    /**
     * If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or
     * ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP
     * types), then the end port must be -1 (all ICMP codes).
     *
     * <p>Range: at least -1. CloudFormation property {@code ToPort}.
     */
    public Ingress toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public Ingress toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }
}
