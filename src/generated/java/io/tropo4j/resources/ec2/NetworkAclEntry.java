// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Specifies an entry, known as a rule, in a network ACL with a rule number you specify. Each
 * network ACL has a set of numbered ingress rules and a separate set of numbered egress rules.
 *
 * <p>To create the network ACL, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkacl.html">AWS::EC2::NetworkAcl</a>
 * .
 *
 * <p>For information about the protocol value, see <a
 * href="https://docs.aws.amazon.com/https://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml">Protocol
 * Numbers</a> on the Internet Assigned Numbers Authority (IANA) website.
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkAclEntry}.
 */
public final class NetworkAclEntry extends Resource<NetworkAclEntry> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkAclEntry")
      .required("NetworkAclId", "Protocol", "RuleAction", "RuleNumber")
      .constrain("CidrBlock", Constraint.of().format("ipv4-network"))
      .constrain("Ipv6CidrBlock", Constraint.of().format("ipv6-network"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public NetworkAclEntry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IPv4 CIDR range to allow or deny, in CIDR notation (for example, 172.16.0.0/24). You must
   * specify an IPv4 CIDR block or an IPv6 CIDR block.
   *
   * <p>Format: {@code ipv4-network}. CloudFormation property {@code CidrBlock}.
   */
  public NetworkAclEntry cidrBlock(String value) {
    return set("CidrBlock", Value.of(value));
  }

  /** Sets {@code CidrBlock} to this value; see {@link #cidrBlock(String)}. */
  public NetworkAclEntry cidrBlock(Value<String> value) {
    return set("CidrBlock", value);
  }

  /**
   * Whether this rule applies to egress traffic from the subnet ( <code>true</code> ) or ingress
   * traffic to the subnet ( <code>false</code> ). By default, AWS CloudFormation specifies
   * <code>false</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Egress}.
   */
  public NetworkAclEntry egress(boolean value) {
    return set("Egress", Value.of(value));
  }

  /** Sets {@code Egress} to this value; see {@link #egress(boolean)}. */
  public NetworkAclEntry egress(Value<Boolean> value) {
    return set("Egress", value);
  }

  /**
   * The Internet Control Message Protocol (ICMP) code and type. Required if specifying 1 (ICMP) for
   * the protocol parameter.
   *
   * <p>CloudFormation property {@code Icmp}.
   */
  public NetworkAclEntry icmp(Value<Icmp> value) {
    return set("Icmp", value);
  }

  /**
   * The IPv6 network range to allow or deny, in CIDR notation. You must specify an IPv4 CIDR block
   * or an IPv6 CIDR block.
   *
   * <p>Format: {@code ipv6-network}. CloudFormation property {@code Ipv6CidrBlock}.
   */
  public NetworkAclEntry ipv6CidrBlock(String value) {
    return set("Ipv6CidrBlock", Value.of(value));
  }

  /** Sets {@code Ipv6CidrBlock} to this value; see {@link #ipv6CidrBlock(String)}. */
  public NetworkAclEntry ipv6CidrBlock(Value<String> value) {
    return set("Ipv6CidrBlock", value);
  }

  /**
   * The ID of the ACL for the entry.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code NetworkAclId}.
   */
  public NetworkAclEntry networkAclId(String value) {
    return set("NetworkAclId", Value.of(value));
  }

  /** Sets {@code NetworkAclId} to this value; see {@link #networkAclId(String)}. */
  public NetworkAclEntry networkAclId(Value<String> value) {
    return set("NetworkAclId", value);
  }

  /**
   * The range of port numbers for the UDP/TCP protocol. Required if specifying 6 (TCP) or 17 (UDP)
   * for the protocol parameter.
   *
   * <p>CloudFormation property {@code PortRange}.
   */
  public NetworkAclEntry portRange(Value<PortRange> value) {
    return set("PortRange", value);
  }

  /**
   * The IP protocol that the rule applies to. You must specify -1 or a protocol number. You can
   * specify -1 for all protocols.
   *
   * <p>If you specify -1, all ports are opened and the <code>PortRange</code> property is ignored.
   *
   * <p>Required. CloudFormation property {@code Protocol}.
   */
  public NetworkAclEntry protocol(int value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(int)}. */
  public NetworkAclEntry protocol(Value<Integer> value) {
    return set("Protocol", value);
  }

  /**
   * Whether to allow or deny traffic that matches the rule; valid values are "allow" or "deny".
   *
   * <p>Required. CloudFormation property {@code RuleAction}.
   */
  public NetworkAclEntry ruleAction(String value) {
    return set("RuleAction", Value.of(value));
  }

  /** Sets {@code RuleAction} to this value; see {@link #ruleAction(String)}. */
  public NetworkAclEntry ruleAction(Value<String> value) {
    return set("RuleAction", value);
  }

  /**
   * Rule number to assign to the entry, such as 100. ACL entries are processed in ascending order
   * by rule number. Entries can't use the same rule number unless one is an egress rule and the
   * other is an ingress rule.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RuleNumber}.
   */
  public NetworkAclEntry ruleNumber(int value) {
    return set("RuleNumber", Value.of(value));
  }

  /** Sets {@code RuleNumber} to this value; see {@link #ruleNumber(int)}. */
  public NetworkAclEntry ruleNumber(Value<Integer> value) {
    return set("RuleNumber", value);
  }

  /**
   * The ID of the network ACL entry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes the ICMP type and code.
   *
   * <p>Property type {@code AWS::EC2::NetworkAclEntry.Icmp}.
   */
  public static final class Icmp extends Struct<Icmp> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkAclEntry.Icmp");

    public Icmp() {
      super(SCHEMA);
    }

    /**
     * The Internet Control Message Protocol (ICMP) code. You can use -1 to specify all ICMP codes
     * for the given ICMP type. Required if you specify 1 (ICMP) for the protocol parameter.
     *
     * <p>CloudFormation property {@code Code}.
     */
    public Icmp code(int value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(int)}. */
    public Icmp code(Value<Integer> value) {
      return set("Code", value);
    }

    /**
     * The Internet Control Message Protocol (ICMP) type. You can use -1 to specify all ICMP types.
     * Conditional requirement: Required if you specify 1 (ICMP) for the
     * <code>CreateNetworkAclEntry</code> protocol parameter.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public Icmp type(int value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(int)}. */
    public Icmp type(Value<Integer> value) {
      return set("Type", value);
    }
  }

  /**
   * Describes a range of ports.
   *
   * <p>Property type {@code AWS::EC2::NetworkAclEntry.PortRange}.
   */
  public static final class PortRange extends Struct<PortRange> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkAclEntry.PortRange");

    public PortRange() {
      super(SCHEMA);
    }

    /**
     * The first port in the range. Required if you specify 6 (TCP) or 17 (UDP) for the protocol
     * parameter.
     *
     * <p>CloudFormation property {@code From}.
     */
    public PortRange from(int value) {
      return set("From", Value.of(value));
    }

    /** Sets {@code From} to this value; see {@link #from(int)}. */
    public PortRange from(Value<Integer> value) {
      return set("From", value);
    }

    /**
     * The last port in the range. Required if you specify 6 (TCP) or 17 (UDP) for the protocol
     * parameter.
     *
     * <p>CloudFormation property {@code To}.
     */
    public PortRange to(int value) {
      return set("To", Value.of(value));
    }

    /** Sets {@code To} to this value; see {@link #to(int)}. */
    public PortRange to(Value<Integer> value) {
      return set("To", value);
    }
  }
}
