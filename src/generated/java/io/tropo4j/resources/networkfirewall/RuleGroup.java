// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkfirewall;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use the <a href="https://docs.aws.amazon.com/RuleGroup"></a> to define a reusable collection of
 * stateless or stateful network traffic filtering rules. You use rule groups in an firewall policy
 * to specify the filtering behavior of an firewall.
 *
 * <p>CloudFormation type {@code AWS::NetworkFirewall::RuleGroup}.
 */
public final class RuleGroup extends Resource<RuleGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup")
      .required("Capacity", "RuleGroupName", "Type")
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(1).maxLength(512))
      .constrain("RuleGroupName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .allowed("Type", "STATELESS", "STATEFUL")
      .refYields("RuleGroupArn")
      .attributes("RuleGroupArn", "RuleGroupId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RuleGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The maximum operating resources that this rule group can use. You can't change a rule group's
   * capacity setting after you create the rule group. When you update a rule group, you are limited
   * to this capacity. When you reference a rule group from a firewall policy, Network Firewall
   * reserves this capacity for the rule group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Capacity}.
   */
  public RuleGroup capacity(int value) {
    return set("Capacity", Value.of(value));
  }

  /** Sets {@code Capacity} to this value; see {@link #capacity(int)}. */
  public RuleGroup capacity(Value<Integer> value) {
    return set("Capacity", value);
  }

  /**
   * A description of the rule group.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
   * Description}.
   */
  public RuleGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RuleGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An object that defines the rule group rules.
   *
   * <p>CloudFormation property {@code RuleGroup}.
   */
  public RuleGroup ruleGroup(Value<RuleGroupProperty> value) {
    return set("RuleGroup", value);
  }

  /**
   * The descriptive name of the rule group. You can't change the name of a rule group after you
   * create it.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code RuleGroupName}.
   */
  public RuleGroup ruleGroupName(String value) {
    return set("RuleGroupName", Value.of(value));
  }

  /** Sets {@code RuleGroupName} to this value; see {@link #ruleGroupName(String)}. */
  public RuleGroup ruleGroupName(Value<String> value) {
    return set("RuleGroupName", value);
  }

  /**
   * A complex type containing the currently selected rule option fields that will be displayed for
   * rule summarization returned by <code>DescribeRuleGroupSummary</code> .
   *
   * <ul> <li>The <code>RuleOptions</code> specified in <code>SummaryConfiguration</code> <li>Rule
   * metadata organization preferences </ul>
   *
   * <p>CloudFormation property {@code SummaryConfiguration}.
   */
  public RuleGroup summaryConfiguration(Value<SummaryConfiguration> value) {
    return set("SummaryConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RuleGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RuleGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RuleGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates whether the rule group is stateless or stateful. If the rule group is stateless, it
   * contains stateless rules. If it is stateful, it contains stateful rules.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code STATELESS}, {@code
   * STATEFUL}. CloudFormation property {@code Type}.
   */
  public RuleGroup typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public RuleGroup typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the rule group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleGroupArn}.
   */
  public Value<String> ruleGroupArn() {
    return getAtt("RuleGroupArn");
  }

  /**
   * The unique ID of the rule group resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleGroupId}.
   */
  public Value<String> ruleGroupId() {
    return getAtt("RuleGroupId");
  }

  /**
   * A custom action to use in stateless rule actions settings.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.ActionDefinition}.
   */
  public static final class ActionDefinition extends Struct<ActionDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::RuleGroup.ActionDefinition");

    public ActionDefinition() {
      super(SCHEMA);
    }

    /**
     * Stateless inspection criteria that publishes the specified metrics to Amazon CloudWatch for
     * the matching packet. This setting defines a CloudWatch dimension value to be published.
     *
     * <p>You can pair this custom action with any of the standard stateless rule actions. For
     * example, you could pair this in a rule action with the standard action that forwards the
     * packet for stateful inspection. Then, when a packet matches the rule, Network Firewall
     * publishes metrics for the packet and forwards it.
     *
     * <p>CloudFormation property {@code PublishMetricAction}.
     */
    public ActionDefinition publishMetricAction(Value<PublishMetricAction> value) {
      return set("PublishMetricAction", value);
    }
  }

  /**
   * A single IP address specification. This is used in the match attributes source and destination
   * specifications.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.Address}.
   */
  public static final class Address extends Struct<Address> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.Address")
        .required("AddressDefinition")
        .constrain("AddressDefinition", Constraint.of().pattern("^([a-fA-F\\d:\\.]+/\\d{1,3})$").minLength(1).maxLength(255))
        .build();

    public Address() {
      super(SCHEMA);
    }

    /**
     * Specify an IP address or a block of IP addresses in Classless Inter-Domain Routing (CIDR)
     * notation. Network Firewall supports all address ranges for IPv4 and IPv6.
     *
     * <p>Examples:
     *
     * <ul> <li>To configure Network Firewall to inspect for the IP address 192.0.2.44, specify
     * <code>192.0.2.44/32</code> . <li>To configure Network Firewall to inspect for IP addresses
     * from 192.0.2.0 to 192.0.2.255, specify <code>192.0.2.0/24</code> . <li>To configure Network
     * Firewall to inspect for the IP address 1111:0000:0000:0000:0000:0000:0000:0111, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0111/128</code> . <li>To configure Network Firewall
     * to inspect for IP addresses from 1111:0000:0000:0000:0000:0000:0000:0000 to
     * 1111:0000:0000:0000:ffff:ffff:ffff:ffff, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0000/64</code> . </ul>
     *
     * <p>For more information about CIDR notation, see the Wikipedia entry <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
     * Inter-Domain Routing</a> .
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^([a-fA-F&#92;d:&#92;.]+/&#92;d{1,3})$}. CloudFormation property {@code AddressDefinition}.
     */
    public Address addressDefinition(String value) {
      return set("AddressDefinition", Value.of(value));
    }

    /** Sets {@code AddressDefinition} to this value; see {@link #addressDefinition(String)}. */
    public Address addressDefinition(Value<String> value) {
      return set("AddressDefinition", value);
    }
  }

  /**
   * An optional, non-standard action to use for stateless packet handling. You can define this in
   * addition to the standard action that you must specify.
   *
   * <p>You define and name the custom actions that you want to be able to use, and then you
   * reference them by name in your actions settings.
   *
   * <p>You can use custom actions in the following places:
   *
   * <ul> <li>In a <code>StatelessRulesAndCustomActions</code> . The custom actions are available
   * for use by name inside the <code>StatelessRulesAndCustomActions</code> where you define them.
   * You can use them for your stateless rule actions to specify what to do with a packet that
   * matches the rule's match attributes. <li>In an firewall policy specification, in
   * <code>StatelessCustomActions</code> . The custom actions are available for use inside the
   * policy where you define them. You can use them for the policy's default stateless actions
   * settings to specify what to do with packets that don't match any of the policy's stateless
   * rules. </ul>
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.CustomAction}.
   */
  public static final class CustomAction extends Struct<CustomAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.CustomAction")
        .required("ActionDefinition", "ActionName")
        .constrain("ActionName", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(128))
        .build();

    public CustomAction() {
      super(SCHEMA);
    }

    /**
     * The custom action associated with the action name.
     *
     * <p>Required. CloudFormation property {@code ActionDefinition}.
     */
    public CustomAction actionDefinition(Value<ActionDefinition> value) {
      return set("ActionDefinition", value);
    }

    /**
     * The descriptive name of the custom action. You can't change the name of a custom action after
     * you create it.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code ActionName}.
     */
    public CustomAction actionName(String value) {
      return set("ActionName", Value.of(value));
    }

    /** Sets {@code ActionName} to this value; see {@link #actionName(String)}. */
    public CustomAction actionName(Value<String> value) {
      return set("ActionName", value);
    }
  }

  /**
   * The value to use in an Amazon CloudWatch custom metric dimension. This is used in the
   * <code>PublishMetrics</code> custom action. A CloudWatch custom metric dimension is a name/value
   * pair that's part of the identity of a metric.
   *
   * <p>AWS Network Firewall sets the dimension name to <code>CustomAction</code> and you provide
   * the dimension value.
   *
   * <p>For more information about CloudWatch custom metric dimensions, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html#usingDimensions">Publishing
   * Custom Metrics</a> in the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/WhatIsCloudWatch.html">Amazon
   * CloudWatch User Guide</a> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.Dimension}.
   */
  public static final class Dimension extends Struct<Dimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.Dimension")
        .required("Value")
        .constrain("Value", Constraint.of().pattern("^[a-zA-Z0-9-_ ]+$").minLength(1).maxLength(128))
        .build();

    public Dimension() {
      super(SCHEMA);
    }

    /**
     * The value to use in the custom metric dimension.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_ ]+$}. CloudFormation
     * property {@code Value}.
     */
    public Dimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Dimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The 5-tuple criteria for AWS Network Firewall to use to inspect packet headers in stateful
   * traffic flow inspection. Traffic flows that match the criteria are a match for the
   * corresponding stateful rule.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.Header}.
   */
  public static final class Header extends Struct<Header> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.Header")
        .required("Destination", "DestinationPort", "Direction", "Protocol", "Source", "SourcePort")
        .constrain("Destination", Constraint.of().pattern("^.*$").minLength(1).maxLength(1024))
        .constrain("DestinationPort", Constraint.of().pattern("^.*$").minLength(1).maxLength(1024))
        .allowed("Direction", "FORWARD", "ANY")
        .allowed("Protocol", "IP", "TCP", "UDP", "ICMP", "HTTP", "FTP", "TLS", "SMB", "DNS",
            "DCERPC", "SSH", "SMTP", "IMAP", "MSN", "KRB5", "IKEV2", "TFTP", "NTP", "DHCP")
        .constrain("Source", Constraint.of().pattern("^.*$").minLength(1).maxLength(1024))
        .constrain("SourcePort", Constraint.of().pattern("^.*$").minLength(1).maxLength(1024))
        .build();

    public Header() {
      super(SCHEMA);
    }

    /**
     * The destination IP address or address range to inspect for, in CIDR notation. To match with
     * any address, specify <code>ANY</code> .
     *
     * <p>Specify an IP address or a block of IP addresses in Classless Inter-Domain Routing (CIDR)
     * notation. Network Firewall supports all address ranges for IPv4 and IPv6.
     *
     * <p>Examples:
     *
     * <ul> <li>To configure Network Firewall to inspect for the IP address 192.0.2.44, specify
     * <code>192.0.2.44/32</code> . <li>To configure Network Firewall to inspect for IP addresses
     * from 192.0.2.0 to 192.0.2.255, specify <code>192.0.2.0/24</code> . <li>To configure Network
     * Firewall to inspect for the IP address 1111:0000:0000:0000:0000:0000:0000:0111, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0111/128</code> . <li>To configure Network Firewall
     * to inspect for IP addresses from 1111:0000:0000:0000:0000:0000:0000:0000 to
     * 1111:0000:0000:0000:ffff:ffff:ffff:ffff, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0000/64</code> . </ul>
     *
     * <p>For more information about CIDR notation, see the Wikipedia entry <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
     * Inter-Domain Routing</a> .
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code Destination}.
     */
    public Header destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public Header destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * The destination port to inspect for. You can specify an individual port, for example
     * <code>1994</code> and you can specify a port range, for example <code>1990:1994</code> . To
     * match with any port, specify <code>ANY</code> .
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code DestinationPort}.
     */
    public Header destinationPort(String value) {
      return set("DestinationPort", Value.of(value));
    }

    /** Sets {@code DestinationPort} to this value; see {@link #destinationPort(String)}. */
    public Header destinationPort(Value<String> value) {
      return set("DestinationPort", value);
    }

    /**
     * The direction of traffic flow to inspect. If set to <code>ANY</code> , the inspection matches
     * bidirectional traffic, both from the source to the destination and from the destination to
     * the source. If set to <code>FORWARD</code> , the inspection only matches traffic going from
     * the source to the destination.
     *
     * <p>Required. Allowed values: {@code FORWARD}, {@code ANY}. CloudFormation property {@code
     * Direction}.
     */
    public Header direction(String value) {
      return set("Direction", Value.of(value));
    }

    /** Sets {@code Direction} to this value; see {@link #direction(String)}. */
    public Header direction(Value<String> value) {
      return set("Direction", value);
    }

    /**
     * The protocol to inspect for. To specify all, you can use <code>IP</code> , because all
     * traffic on AWS and on the internet is IP.
     *
     * <p>Required. Allowed values: {@code IP}, {@code TCP}, {@code UDP}, {@code ICMP}, {@code
     * HTTP}, {@code FTP}, {@code TLS}, {@code SMB}, {@code DNS}, {@code DCERPC}, {@code SSH},
     * {@code SMTP}, {@code IMAP}, {@code MSN}, {@code KRB5}, {@code IKEV2}, {@code TFTP}, {@code
     * NTP}, {@code DHCP}. CloudFormation property {@code Protocol}.
     */
    public Header protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public Header protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The source IP address or address range to inspect for, in CIDR notation. To match with any
     * address, specify <code>ANY</code> .
     *
     * <p>Specify an IP address or a block of IP addresses in Classless Inter-Domain Routing (CIDR)
     * notation. Network Firewall supports all address ranges for IPv4 and IPv6.
     *
     * <p>Examples:
     *
     * <ul> <li>To configure Network Firewall to inspect for the IP address 192.0.2.44, specify
     * <code>192.0.2.44/32</code> . <li>To configure Network Firewall to inspect for IP addresses
     * from 192.0.2.0 to 192.0.2.255, specify <code>192.0.2.0/24</code> . <li>To configure Network
     * Firewall to inspect for the IP address 1111:0000:0000:0000:0000:0000:0000:0111, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0111/128</code> . <li>To configure Network Firewall
     * to inspect for IP addresses from 1111:0000:0000:0000:0000:0000:0000:0000 to
     * 1111:0000:0000:0000:ffff:ffff:ffff:ffff, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0000/64</code> . </ul>
     *
     * <p>For more information about CIDR notation, see the Wikipedia entry <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
     * Inter-Domain Routing</a> .
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code Source}.
     */
    public Header source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public Header source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The source port to inspect for. You can specify an individual port, for example
     * <code>1994</code> and you can specify a port range, for example <code>1990:1994</code> . To
     * match with any port, specify <code>ANY</code> .
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code SourcePort}.
     */
    public Header sourcePort(String value) {
      return set("SourcePort", Value.of(value));
    }

    /** Sets {@code SourcePort} to this value; see {@link #sourcePort(String)}. */
    public Header sourcePort(Value<String> value) {
      return set("SourcePort", value);
    }
  }

  /**
   * A list of IP addresses and address ranges, in CIDR notation. This is part of a
   * <code>RuleVariables</code> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.IPSet}.
   */
  public static final class IPSet extends Struct<IPSet> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::RuleGroup.IPSet");

    public IPSet() {
      super(SCHEMA);
    }

    /**
     * The list of IP addresses and address ranges, in CIDR notation.
     *
     * <p>CloudFormation property {@code Definition}.
     */
    public IPSet definition(List<String> value) {
      return set("Definition", Value.listOf(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(List)}. */
    public IPSet definition(Value<List<String>> value) {
      return set("Definition", value);
    }
  }

  /**
   * Configures one or more IP set references for a Suricata-compatible rule group. An IP set
   * reference is a rule variable that references a resource that you create and manage in another
   * AWS service, such as an Amazon VPC prefix list. Network Firewall IP set references enable you
   * to dynamically update the contents of your rules. When you create, update, or delete the IP set
   * you are referencing in your rule, Network Firewall automatically updates the rule's content
   * with the changes. For more information about IP set references in Network Firewall , see <a
   * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/rule-groups-ip-set-references.html">Using
   * IP set references</a> in the <em>Network Firewall Developer Guide</em> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.IPSetReference}.
   */
  public static final class IPSetReference extends Struct<IPSetReference> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::RuleGroup.IPSetReference");

    public IPSetReference() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the resource to include in the IP set reference.
     *
     * <p>CloudFormation property {@code ReferenceArn}.
     */
    public IPSetReference referenceArn(String value) {
      return set("ReferenceArn", Value.of(value));
    }

    /** Sets {@code ReferenceArn} to this value; see {@link #referenceArn(String)}. */
    public IPSetReference referenceArn(Value<String> value) {
      return set("ReferenceArn", value);
    }
  }

  /**
   * Criteria for Network Firewall to use to inspect an individual packet in stateless rule
   * inspection. Each match attributes set can include one or more items such as IP address, CIDR
   * range, port number, protocol, and TCP flags.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.MatchAttributes}.
   */
  public static final class MatchAttributes extends Struct<MatchAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.MatchAttributes")
        .constrain("Protocols", Constraint.of().minimum(0).maximum(255))
        .build();

    public MatchAttributes() {
      super(SCHEMA);
    }

    /**
     * The destination port to inspect for. You can specify an individual port, for example
     * <code>1994</code> and you can specify a port range, for example <code>1990:1994</code> . To
     * match with any port, specify <code>ANY</code> .
     *
     * <p>This setting is only used for protocols 6 (TCP) and 17 (UDP).
     *
     * <p>CloudFormation property {@code DestinationPorts}.
     */
    public MatchAttributes destinationPorts(List<PortRange> value) {
      return set("DestinationPorts", Value.listOf(value));
    }

    /** Sets {@code DestinationPorts} to this value; see {@link #destinationPorts(List)}. */
    public MatchAttributes destinationPorts(Value<List<PortRange>> value) {
      return set("DestinationPorts", value);
    }

    /** Sets {@code DestinationPorts} to a list of these; see {@link #destinationPorts(List)}. */
    public MatchAttributes destinationPorts(PortRange... values) {
      return set("DestinationPorts", Value.list(values));
    }

    /**
     * The destination IP addresses and address ranges to inspect for, in CIDR notation. If not
     * specified, this matches with any destination address.
     *
     * <p>CloudFormation property {@code Destinations}.
     */
    public MatchAttributes destinations(List<Address> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public MatchAttributes destinations(Value<List<Address>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public MatchAttributes destinations(Address... values) {
      return set("Destinations", Value.list(values));
    }

    /**
     * The protocols to inspect for, specified using the assigned internet protocol number (IANA)
     * for each protocol. If not specified, this matches with any protocol.
     *
     * <p>Range: 0 to 255. CloudFormation property {@code Protocols}.
     */
    public MatchAttributes protocols(List<Integer> value) {
      return set("Protocols", Value.listOf(value));
    }

    /** Sets {@code Protocols} to this value; see {@link #protocols(List)}. */
    public MatchAttributes protocols(Value<List<Integer>> value) {
      return set("Protocols", value);
    }

    /**
     * The source port to inspect for. You can specify an individual port, for example
     * <code>1994</code> and you can specify a port range, for example <code>1990:1994</code> . To
     * match with any port, specify <code>ANY</code> .
     *
     * <p>If not specified, this matches with any source port.
     *
     * <p>This setting is only used for protocols 6 (TCP) and 17 (UDP).
     *
     * <p>CloudFormation property {@code SourcePorts}.
     */
    public MatchAttributes sourcePorts(List<PortRange> value) {
      return set("SourcePorts", Value.listOf(value));
    }

    /** Sets {@code SourcePorts} to this value; see {@link #sourcePorts(List)}. */
    public MatchAttributes sourcePorts(Value<List<PortRange>> value) {
      return set("SourcePorts", value);
    }

    /** Sets {@code SourcePorts} to a list of these; see {@link #sourcePorts(List)}. */
    public MatchAttributes sourcePorts(PortRange... values) {
      return set("SourcePorts", Value.list(values));
    }

    /**
     * The source IP addresses and address ranges to inspect for, in CIDR notation. If not
     * specified, this matches with any source address.
     *
     * <p>CloudFormation property {@code Sources}.
     */
    public MatchAttributes sources(List<Address> value) {
      return set("Sources", Value.listOf(value));
    }

    /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
    public MatchAttributes sources(Value<List<Address>> value) {
      return set("Sources", value);
    }

    /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
    public MatchAttributes sources(Address... values) {
      return set("Sources", Value.list(values));
    }

    /**
     * The TCP flags and masks to inspect for. If not specified, this matches with any settings.
     * This setting is only used for protocol 6 (TCP).
     *
     * <p>CloudFormation property {@code TCPFlags}.
     */
    public MatchAttributes tcpFlags(List<TCPFlagField> value) {
      return set("TCPFlags", Value.listOf(value));
    }

    /** Sets {@code TCPFlags} to this value; see {@link #tcpFlags(List)}. */
    public MatchAttributes tcpFlags(Value<List<TCPFlagField>> value) {
      return set("TCPFlags", value);
    }

    /** Sets {@code TCPFlags} to a list of these; see {@link #tcpFlags(List)}. */
    public MatchAttributes tcpFlags(TCPFlagField... values) {
      return set("TCPFlags", Value.list(values));
    }
  }

  /**
   * A single port range specification. This is used for source and destination port ranges in the
   * stateless match attributes.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.PortRange}.
   */
  public static final class PortRange extends Struct<PortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.PortRange")
        .required("FromPort", "ToPort")
        .constrain("FromPort", Constraint.of().minimum(0).maximum(65535))
        .constrain("ToPort", Constraint.of().minimum(0).maximum(65535))
        .build();

    public PortRange() {
      super(SCHEMA);
    }

    /**
     * The lower limit of the port range. This must be less than or equal to the <code>ToPort</code>
     * specification.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code FromPort}.
     */
    public PortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public PortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The upper limit of the port range. This must be greater than or equal to the
     * <code>FromPort</code> specification.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code ToPort}.
     */
    public PortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public PortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * A set of port ranges for use in the rules in a rule group.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.PortSet}.
   */
  public static final class PortSet extends Struct<PortSet> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::RuleGroup.PortSet");

    public PortSet() {
      super(SCHEMA);
    }

    /**
     * The set of port ranges.
     *
     * <p>CloudFormation property {@code Definition}.
     */
    public PortSet definition(List<String> value) {
      return set("Definition", Value.listOf(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(List)}. */
    public PortSet definition(Value<List<String>> value) {
      return set("Definition", value);
    }
  }

  /**
   * Stateless inspection criteria that publishes the specified metrics to Amazon CloudWatch for the
   * matching packet. This setting defines a CloudWatch dimension value to be published.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.PublishMetricAction}.
   */
  public static final class PublishMetricAction extends Struct<PublishMetricAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.PublishMetricAction")
        .required("Dimensions")
        .build();

    public PublishMetricAction() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Dimensions}. */
    public PublishMetricAction dimensions(List<Dimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public PublishMetricAction dimensions(Value<List<Dimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public PublishMetricAction dimensions(Dimension... values) {
      return set("Dimensions", Value.list(values));
    }
  }

  /**
   * Configures the reference sets for a stateful rule group. For more information, see the <a
   * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/rule-groups-ip-set-references.html">Using
   * IP set references in Suricata compatible rule groups</a> in the <em>Network Firewall User
   * Guide</em> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.ReferenceSets}.
   */
  public static final class ReferenceSets extends Struct<ReferenceSets> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::RuleGroup.ReferenceSets");

    public ReferenceSets() {
      super(SCHEMA);
    }

    /**
     * The IP set references to use in the stateful rule group.
     *
     * <p>CloudFormation property {@code IPSetReferences}.
     */
    public ReferenceSets ipSetReferences(Map<String, IPSetReference> value) {
      return set("IPSetReferences", Value.mapOf(value));
    }

    /** Sets {@code IPSetReferences} to this value; see {@link #ipSetReferences(Map)}. */
    public ReferenceSets ipSetReferences(Value<Map<String, IPSetReference>> value) {
      return set("IPSetReferences", value);
    }
  }

  /**
   * The inspection criteria and action for a single stateless rule. AWS Network Firewall inspects
   * each packet for the specified matching criteria. When a packet matches the criteria, Network
   * Firewall performs the rule's actions on the packet.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.RuleDefinition}.
   */
  public static final class RuleDefinition extends Struct<RuleDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.RuleDefinition")
        .required("Actions", "MatchAttributes")
        .build();

    public RuleDefinition() {
      super(SCHEMA);
    }

    /**
     * The actions to take on a packet that matches one of the stateless rule definition's match
     * attributes. You must specify a standard action and you can add custom actions.
     *
     * <p>Network Firewall only forwards a packet for stateful rule inspection if you specify
     * <code>aws:forward_to_sfe</code> for a rule that the packet matches, or if the packet doesn't
     * match any stateless rule and you specify <code>aws:forward_to_sfe</code> for the
     * <code>StatelessDefaultActions</code> setting for the firewall policy.
     *
     * <p>For every rule, you must specify exactly one of the following standard actions.
     *
     * <ul> <li><em>aws:pass</em> - Discontinues all inspection of the packet and permits it to go
     * to its intended destination. <li><em>aws:drop</em> - Discontinues all inspection of the
     * packet and blocks it from going to its intended destination. <li><em>aws:forward_to_sfe</em>
     * - Discontinues stateless inspection of the packet and forwards it to the stateful rule engine
     * for inspection. </ul>
     *
     * <p>Additionally, you can specify a custom action. To do this, you define a custom action by
     * name and type, then provide the name you've assigned to the action in this
     * <code>Actions</code> setting.
     *
     * <p>To provide more than one action in this setting, separate the settings with a comma. For
     * example, if you have a publish metrics custom action that you've named
     * <code>MyMetricsAction</code> , then you could specify the standard action
     * <code>aws:pass</code> combined with the custom action using <code>[“aws:pass”,
     * “MyMetricsAction”]</code> .
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public RuleDefinition actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public RuleDefinition actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * Criteria for Network Firewall to use to inspect an individual packet in stateless rule
     * inspection. Each match attributes set can include one or more items such as IP address, CIDR
     * range, port number, protocol, and TCP flags.
     *
     * <p>Required. CloudFormation property {@code MatchAttributes}.
     */
    public RuleDefinition matchAttributes(Value<MatchAttributes> value) {
      return set("MatchAttributes", value);
    }
  }

  /**
   * The object that defines the rules in a rule group.
   *
   * <p>AWS Network Firewall uses a rule group to inspect and control network traffic. You define
   * stateless rule groups to inspect individual packets and you define stateful rule groups to
   * inspect packets in the context of their traffic flow.
   *
   * <p>To use a rule group, you include it by reference in an Network Firewall firewall policy,
   * then you use the policy in a firewall. You can reference a rule group from more than one
   * firewall policy, and you can use a firewall policy in more than one firewall.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.RuleGroup}.
   */
  public static final class RuleGroupProperty extends Struct<RuleGroupProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.RuleGroup")
        .required("RulesSource")
        .build();

    public RuleGroupProperty() {
      super(SCHEMA);
    }

    /**
     * The reference sets for the stateful rule group.
     *
     * <p>CloudFormation property {@code ReferenceSets}.
     */
    public RuleGroupProperty referenceSets(Value<ReferenceSets> value) {
      return set("ReferenceSets", value);
    }

    /**
     * Settings that are available for use in the rules in the rule group. You can only use these
     * for stateful rule groups.
     *
     * <p>CloudFormation property {@code RuleVariables}.
     */
    public RuleGroupProperty ruleVariables(Value<RuleVariables> value) {
      return set("RuleVariables", value);
    }

    /**
     * The stateful rules or stateless rules for the rule group.
     *
     * <p>Required. CloudFormation property {@code RulesSource}.
     */
    public RuleGroupProperty rulesSource(Value<RulesSource> value) {
      return set("RulesSource", value);
    }

    /**
     * Additional options governing how Network Firewall handles stateful rules. The policies where
     * you use your stateful rule group must have stateful rule options settings that are compatible
     * with these settings. Some limitations apply; for more information, see <a
     * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-limitations-caveats.html">Strict
     * evaluation order</a> in the <em>AWS Network Firewall Developer Guide</em> .
     *
     * <p>CloudFormation property {@code StatefulRuleOptions}.
     */
    public RuleGroupProperty statefulRuleOptions(Value<StatefulRuleOptions> value) {
      return set("StatefulRuleOptions", value);
    }
  }

  /**
   * Additional settings for a stateful rule.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.RuleOption}.
   */
  public static final class RuleOption extends Struct<RuleOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.RuleOption")
        .required("Keyword")
        .constrain("Keyword", Constraint.of().pattern("^.*$").minLength(1).maxLength(128))
        .constrain("Settings", Constraint.of().pattern("^.*$").minLength(1).maxLength(8192))
        .build();

    public RuleOption() {
      super(SCHEMA);
    }

    /**
     * The Suricata rule option keywords. For Network Firewall , the keyword signature ID (sid) is
     * required in the format <code>sid:112233</code> . The sid must be unique within the rule
     * group. For information about Suricata rule option keywords, see <a
     * href="https://docs.aws.amazon.com/https://suricata.readthedocs.io/en/suricata-6.0.9/rules/intro.html#rule-options">Rule
     * options</a> .
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code Keyword}.
     */
    public RuleOption keyword(String value) {
      return set("Keyword", Value.of(value));
    }

    /** Sets {@code Keyword} to this value; see {@link #keyword(String)}. */
    public RuleOption keyword(Value<String> value) {
      return set("Keyword", value);
    }

    /**
     * The Suricata rule option settings. Settings have zero or more values, and the number of
     * possible settings and required settings depends on the keyword. The format for Settings is
     * <code>number</code> . For information about Suricata rule option settings, see <a
     * href="https://docs.aws.amazon.com/https://suricata.readthedocs.io/en/suricata-6.0.9/rules/intro.html#rule-options">Rule
     * options</a> .
     *
     * <p>Length: 1 to 8192 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
     * Settings}.
     */
    public RuleOption settings(List<String> value) {
      return set("Settings", Value.listOf(value));
    }

    /** Sets {@code Settings} to this value; see {@link #settings(List)}. */
    public RuleOption settings(Value<List<String>> value) {
      return set("Settings", value);
    }
  }

  /**
   * Settings that are available for use in the rules in the rule group where this is defined.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.RuleVariables}.
   */
  public static final class RuleVariables extends Struct<RuleVariables> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::RuleGroup.RuleVariables");

    public RuleVariables() {
      super(SCHEMA);
    }

    /**
     * A list of IP addresses and address ranges, in CIDR notation.
     *
     * <p>CloudFormation property {@code IPSets}.
     */
    public RuleVariables ipSets(Map<String, IPSet> value) {
      return set("IPSets", Value.mapOf(value));
    }

    /** Sets {@code IPSets} to this value; see {@link #ipSets(Map)}. */
    public RuleVariables ipSets(Value<Map<String, IPSet>> value) {
      return set("IPSets", value);
    }

    /**
     * A list of port ranges.
     *
     * <p>CloudFormation property {@code PortSets}.
     */
    public RuleVariables portSets(Map<String, PortSet> value) {
      return set("PortSets", Value.mapOf(value));
    }

    /** Sets {@code PortSets} to this value; see {@link #portSets(Map)}. */
    public RuleVariables portSets(Value<Map<String, PortSet>> value) {
      return set("PortSets", value);
    }
  }

  /**
   * The stateless or stateful rules definitions for use in a single rule group. Each rule group
   * requires a single <code>RulesSource</code> . You can use an instance of this for either
   * stateless rules or stateful rules.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.RulesSource}.
   */
  public static final class RulesSource extends Struct<RulesSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.RulesSource")
        .constrain("RulesString", Constraint.of().minLength(0).maxLength(1000000))
        .build();

    public RulesSource() {
      super(SCHEMA);
    }

    /**
     * Stateful inspection criteria for a domain list rule group.
     *
     * <p>CloudFormation property {@code RulesSourceList}.
     */
    public RulesSource rulesSourceList(Value<RulesSourceList> value) {
      return set("RulesSourceList", value);
    }

    /**
     * Stateful inspection criteria, provided in Suricata compatible rules. Suricata is an
     * open-source threat detection framework that includes a standard rule-based language for
     * network traffic inspection.
     *
     * <p>These rules contain the inspection criteria and the action to take for traffic that
     * matches the criteria, so this type of rule group doesn't have a separate action setting.
     *
     * <p>You can't use the <code>priority</code> keyword if the <code>RuleOrder</code> option in
     * StatefulRuleOptions is set to <code>STRICT_ORDER</code> .
     *
     * <p>Length: 0 to 1000000 characters. CloudFormation property {@code RulesString}.
     */
    public RulesSource rulesString(String value) {
      return set("RulesString", Value.of(value));
    }

    /** Sets {@code RulesString} to this value; see {@link #rulesString(String)}. */
    public RulesSource rulesString(Value<String> value) {
      return set("RulesString", value);
    }

    /**
     * An array of individual stateful rules inspection criteria to be used together in a stateful
     * rule group. Use this option to specify simple Suricata rules with protocol, source and
     * destination, ports, direction, and rule options. For information about the Suricata
     * <code>Rules</code> format, see <a
     * href="https://docs.aws.amazon.com/https://suricata.readthedocs.io/en/suricata-7.0.3/rules/intro.html">Rules
     * Format</a> .
     *
     * <p>CloudFormation property {@code StatefulRules}.
     */
    public RulesSource statefulRules(List<StatefulRule> value) {
      return set("StatefulRules", Value.listOf(value));
    }

    /** Sets {@code StatefulRules} to this value; see {@link #statefulRules(List)}. */
    public RulesSource statefulRules(Value<List<StatefulRule>> value) {
      return set("StatefulRules", value);
    }

    /** Sets {@code StatefulRules} to a list of these; see {@link #statefulRules(List)}. */
    public RulesSource statefulRules(StatefulRule... values) {
      return set("StatefulRules", Value.list(values));
    }

    /**
     * Stateless inspection criteria to be used in a stateless rule group.
     *
     * <p>CloudFormation property {@code StatelessRulesAndCustomActions}.
     */
    public RulesSource statelessRulesAndCustomActions(Value<StatelessRulesAndCustomActions> value) {
      return set("StatelessRulesAndCustomActions", value);
    }
  }

  /**
   * Stateful inspection criteria for a domain list rule group.
   *
   * <p>For HTTPS traffic, domain filtering is SNI-based. It uses the server name indicator
   * extension of the TLS handshake.
   *
   * <p>By default, Network Firewall domain list inspection only includes traffic coming from the
   * VPC where you deploy the firewall. To inspect traffic from IP addresses outside of the
   * deployment VPC, you set the <code>HOME_NET</code> rule variable to include the CIDR range of
   * the deployment VPC plus the other CIDR ranges. For more information, see
   * <code>RuleVariables</code> in this guide and <a
   * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/stateful-rule-groups-domain-names.html">Stateful
   * domain list rule groups in AWS Network Firewall</a> in the <em>Network Firewall Developer
   * Guide</em>
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.RulesSourceList}.
   */
  public static final class RulesSourceList extends Struct<RulesSourceList> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.RulesSourceList")
        .required("GeneratedRulesType", "TargetTypes", "Targets")
        .allowed("GeneratedRulesType", "ALLOWLIST", "DENYLIST", "ALERTLIST", "REJECTLIST")
        .allowed("TargetTypes", "TLS_SNI", "HTTP_HOST")
        .build();

    public RulesSourceList() {
      super(SCHEMA);
    }

    /**
     * Whether you want to apply allow, reject, alert, or drop behavior to the domains in your
     * target list.
     *
     * <p>When logging is enabled and you choose Alert, traffic that matches the domain
     * specifications generates an alert in the firewall's logs. Then, traffic either passes, is
     * rejected, or drops based on other rules in the firewall policy.
     *
     * <p>Required. Allowed values: {@code ALLOWLIST}, {@code DENYLIST}, {@code ALERTLIST}, {@code
     * REJECTLIST}. CloudFormation property {@code GeneratedRulesType}.
     */
    public RulesSourceList generatedRulesType(String value) {
      return set("GeneratedRulesType", Value.of(value));
    }

    /** Sets {@code GeneratedRulesType} to this value; see {@link #generatedRulesType(String)}. */
    public RulesSourceList generatedRulesType(Value<String> value) {
      return set("GeneratedRulesType", value);
    }

    /**
     * The types of targets to inspect for. Valid values are <code>TLS_SNI</code> and
     * <code>HTTP_HOST</code> .
     *
     * <p>Required. Allowed values: {@code TLS_SNI}, {@code HTTP_HOST}. CloudFormation property
     * {@code TargetTypes}.
     */
    public RulesSourceList targetTypes(List<String> value) {
      return set("TargetTypes", Value.listOf(value));
    }

    /** Sets {@code TargetTypes} to this value; see {@link #targetTypes(List)}. */
    public RulesSourceList targetTypes(Value<List<String>> value) {
      return set("TargetTypes", value);
    }

    /**
     * The domains that you want to inspect for in your traffic flows. Valid domain specifications
     * are the following:
     *
     * <ul> <li>Explicit names. For example, <code>abc.example.com</code> matches only the domain
     * <code>abc.example.com</code> . <li>Names that use a domain wildcard, which you indicate with
     * an initial ' <code>.</code> '. For example, <code>.example.com</code> matches
     * <code>example.com</code> and matches all subdomains of <code>example.com</code> , such as
     * <code>abc.example.com</code> and <code>www.example.com</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code Targets}.
     */
    public RulesSourceList targets(List<String> value) {
      return set("Targets", Value.listOf(value));
    }

    /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
    public RulesSourceList targets(Value<List<String>> value) {
      return set("Targets", value);
    }
  }

  /**
   * A single Suricata rules specification, for use in a stateful rule group. Use this option to
   * specify a simple Suricata rule with protocol, source and destination, ports, direction, and
   * rule options. For information about the Suricata <code>Rules</code> format, see <a
   * href="https://docs.aws.amazon.com/https://suricata.readthedocs.io/en/suricata-7.0.3/rules/intro.html">Rules
   * Format</a> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.StatefulRule}.
   */
  public static final class StatefulRule extends Struct<StatefulRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.StatefulRule")
        .required("Action", "Header", "RuleOptions")
        .allowed("Action", "PASS", "DROP", "ALERT", "REJECT")
        .build();

    public StatefulRule() {
      super(SCHEMA);
    }

    /**
     * Defines what Network Firewall should do with the packets in a traffic flow when the flow
     * matches the stateful rule criteria. For all actions, Network Firewall performs the specified
     * action and discontinues stateful inspection of the traffic flow.
     *
     * <p>The actions for a stateful rule are defined as follows:
     *
     * <ul> <li><em>PASS</em> - Permits the packets to go to the intended destination.
     * <li><em>DROP</em> - Blocks the packets from going to the intended destination and sends an
     * alert log message, if alert logging is configured in the firewall logging configuration.
     * <li><em>REJECT</em> - Drops traffic that matches the conditions of the stateful rule and
     * sends a TCP reset packet back to sender of the packet. A TCP reset packet is a packet with no
     * payload and a <code>RST</code> bit contained in the TCP header flags. <code>REJECT</code> is
     * available only for TCP traffic. <li><em>ALERT</em> - Permits the packets to go to the
     * intended destination and sends an alert log message, if alert logging is configured in the
     * firewall logging configuration. </ul>
     *
     * <p>You can use this action to test a rule that you intend to use to drop traffic. You can
     * enable the rule with <code>ALERT</code> action, verify in the logs that the rule is filtering
     * as you want, then change the action to <code>DROP</code> .
     *
     * <ul> <li><em>REJECT</em> - Drops TCP traffic that matches the conditions of the stateful
     * rule, and sends a TCP reset packet back to sender of the packet. A TCP reset packet is a
     * packet with no payload and a <code>RST</code> bit contained in the TCP header flags. Also
     * sends an alert log mesage if alert logging is configured in the firewall logging
     * configuration. </ul>
     *
     * <p><code>REJECT</code> isn't currently available for use with IMAP and FTP protocols.
     *
     * <p>Required. Allowed values: {@code PASS}, {@code DROP}, {@code ALERT}, {@code REJECT}.
     * CloudFormation property {@code Action}.
     */
    public StatefulRule action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public StatefulRule action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The stateful inspection criteria for this rule, used to inspect traffic flows.
     *
     * <p>Required. CloudFormation property {@code Header}.
     */
    public StatefulRule header(Value<Header> value) {
      return set("Header", value);
    }

    /**
     * Additional settings for a stateful rule, provided as keywords and settings.
     *
     * <p>Required. CloudFormation property {@code RuleOptions}.
     */
    public StatefulRule ruleOptions(List<RuleOption> value) {
      return set("RuleOptions", Value.listOf(value));
    }

    /** Sets {@code RuleOptions} to this value; see {@link #ruleOptions(List)}. */
    public StatefulRule ruleOptions(Value<List<RuleOption>> value) {
      return set("RuleOptions", value);
    }

    /** Sets {@code RuleOptions} to a list of these; see {@link #ruleOptions(List)}. */
    public StatefulRule ruleOptions(RuleOption... values) {
      return set("RuleOptions", Value.list(values));
    }
  }

  /**
   * Additional options governing how Network Firewall handles the rule group. You can only use
   * these for stateful rule groups.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.StatefulRuleOptions}.
   */
  public static final class StatefulRuleOptions extends Struct<StatefulRuleOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.StatefulRuleOptions")
        .allowed("RuleOrder", "DEFAULT_ACTION_ORDER", "STRICT_ORDER")
        .build();

    public StatefulRuleOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates how to manage the order of the rule evaluation for the rule group.
     * <code>DEFAULT_ACTION_ORDER</code> is the default behavior. Stateful rules are provided to the
     * rule engine as Suricata compatible strings, and Suricata evaluates them based on certain
     * settings. For more information, see <a
     * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-rule-evaluation-order.html">Evaluation
     * order for stateful rules</a> in the <em>AWS Network Firewall Developer Guide</em> .
     *
     * <p>Allowed values: {@code DEFAULT_ACTION_ORDER}, {@code STRICT_ORDER}. CloudFormation
     * property {@code RuleOrder}.
     */
    public StatefulRuleOptions ruleOrder(String value) {
      return set("RuleOrder", Value.of(value));
    }

    /** Sets {@code RuleOrder} to this value; see {@link #ruleOrder(String)}. */
    public StatefulRuleOptions ruleOrder(Value<String> value) {
      return set("RuleOrder", value);
    }
  }

  /**
   * A single stateless rule. This is used in <code>StatelessRulesAndCustomActions</code> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.StatelessRule}.
   */
  public static final class StatelessRule extends Struct<StatelessRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.StatelessRule")
        .required("Priority", "RuleDefinition")
        .constrain("Priority", Constraint.of().minimum(1).maximum(65535))
        .build();

    public StatelessRule() {
      super(SCHEMA);
    }

    /**
     * Indicates the order in which to run this rule relative to all of the rules that are defined
     * for a stateless rule group. Network Firewall evaluates the rules in a rule group starting
     * with the lowest priority setting. You must ensure that the priority settings are unique for
     * the rule group.
     *
     * <p>Each stateless rule group uses exactly one <code>StatelessRulesAndCustomActions</code>
     * object, and each <code>StatelessRulesAndCustomActions</code> contains exactly one
     * <code>StatelessRules</code> object. To ensure unique priority settings for your rule groups,
     * set unique priorities for the stateless rules that you define inside any single
     * <code>StatelessRules</code> object.
     *
     * <p>You can change the priority settings of your rules at any time. To make it easier to
     * insert rules later, number them so there's a wide range in between, for example use 100, 200,
     * and so on.
     *
     * <p>Required. Range: 1 to 65535. CloudFormation property {@code Priority}.
     */
    public StatelessRule priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public StatelessRule priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * Defines the stateless 5-tuple packet inspection criteria and the action to take on a packet
     * that matches the criteria.
     *
     * <p>Required. CloudFormation property {@code RuleDefinition}.
     */
    public StatelessRule ruleDefinition(Value<RuleDefinition> value) {
      return set("RuleDefinition", value);
    }
  }

  /**
   * Stateless inspection criteria. Each stateless rule group uses exactly one of these data types
   * to define its stateless rules.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.StatelessRulesAndCustomActions}.
   */
  public static final class StatelessRulesAndCustomActions extends Struct<StatelessRulesAndCustomActions> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.StatelessRulesAndCustomActions")
        .required("StatelessRules")
        .build();

    public StatelessRulesAndCustomActions() {
      super(SCHEMA);
    }

    /**
     * Defines an array of individual custom action definitions that are available for use by the
     * stateless rules in this <code>StatelessRulesAndCustomActions</code> specification. You name
     * each custom action that you define, and then you can use it by name in your stateless rule
     * definition <code>Actions</code> specification.
     *
     * <p>CloudFormation property {@code CustomActions}.
     */
    public StatelessRulesAndCustomActions customActions(List<CustomAction> value) {
      return set("CustomActions", Value.listOf(value));
    }

    /** Sets {@code CustomActions} to this value; see {@link #customActions(List)}. */
    public StatelessRulesAndCustomActions customActions(Value<List<CustomAction>> value) {
      return set("CustomActions", value);
    }

    /** Sets {@code CustomActions} to a list of these; see {@link #customActions(List)}. */
    public StatelessRulesAndCustomActions customActions(CustomAction... values) {
      return set("CustomActions", Value.list(values));
    }

    /**
     * Defines the set of stateless rules for use in a stateless rule group.
     *
     * <p>Required. CloudFormation property {@code StatelessRules}.
     */
    public StatelessRulesAndCustomActions statelessRules(List<StatelessRule> value) {
      return set("StatelessRules", Value.listOf(value));
    }

    /** Sets {@code StatelessRules} to this value; see {@link #statelessRules(List)}. */
    public StatelessRulesAndCustomActions statelessRules(Value<List<StatelessRule>> value) {
      return set("StatelessRules", value);
    }

    /** Sets {@code StatelessRules} to a list of these; see {@link #statelessRules(List)}. */
    public StatelessRulesAndCustomActions statelessRules(StatelessRule... values) {
      return set("StatelessRules", Value.list(values));
    }
  }

  /**
   * A complex type that specifies which Suricata rule metadata fields to use when displaying threat
   * information. Contains:
   *
   * <ul> <li><code>RuleOptions</code> - The Suricata rule options fields to extract and display
   * </ul>
   *
   * <p>These settings affect how threat information appears in both the console and API responses.
   * Summaries are available for rule groups you manage and for active threat defense AWS managed
   * rule groups.
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.SummaryConfiguration}.
   */
  public static final class SummaryConfiguration extends Struct<SummaryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.SummaryConfiguration")
        .allowed("RuleOptions", "SID", "MSG", "METADATA")
        .build();

    public SummaryConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the selected rule options returned by <code>DescribeRuleGroupSummary</code> .
     *
     * <p>Allowed values: {@code SID}, {@code MSG}, {@code METADATA}. CloudFormation property {@code
     * RuleOptions}.
     */
    public SummaryConfiguration ruleOptions(List<String> value) {
      return set("RuleOptions", Value.listOf(value));
    }

    /** Sets {@code RuleOptions} to this value; see {@link #ruleOptions(List)}. */
    public SummaryConfiguration ruleOptions(Value<List<String>> value) {
      return set("RuleOptions", value);
    }
  }

  /**
   * TCP flags and masks to inspect packets for. This is used in the match attributes specification.
   *
   * <p>For example:
   *
   * <p><code>"TCPFlags": [ { "Flags": [ "ECE", "SYN" ], "Masks": [ "SYN", "ECE" ] } ]</code>
   *
   * <p>Property type {@code AWS::NetworkFirewall::RuleGroup.TCPFlagField}.
   */
  public static final class TCPFlagField extends Struct<TCPFlagField> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::RuleGroup.TCPFlagField")
        .required("Flags")
        .allowed("Flags", "FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR")
        .allowed("Masks", "FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR")
        .build();

    public TCPFlagField() {
      super(SCHEMA);
    }

    /**
     * Used in conjunction with the <code>Masks</code> setting to define the flags that must be set
     * and flags that must not be set in order for the packet to match. This setting can only
     * specify values that are also specified in the <code>Masks</code> setting.
     *
     * <p>For the flags that are specified in the masks setting, the following must be true for the
     * packet to match:
     *
     * <ul> <li>The ones that are set in this flags setting must be set in the packet. <li>The ones
     * that are not set in this flags setting must also not be set in the packet. </ul>
     *
     * <p>Required. Allowed values: {@code FIN}, {@code SYN}, {@code RST}, {@code PSH}, {@code ACK},
     * {@code URG}, {@code ECE}, {@code CWR}. CloudFormation property {@code Flags}.
     */
    public TCPFlagField flags(List<String> value) {
      return set("Flags", Value.listOf(value));
    }

    /** Sets {@code Flags} to this value; see {@link #flags(List)}. */
    public TCPFlagField flags(Value<List<String>> value) {
      return set("Flags", value);
    }

    /**
     * The set of flags to consider in the inspection. To inspect all flags in the valid values
     * list, leave this with no setting.
     *
     * <p>Allowed values: {@code FIN}, {@code SYN}, {@code RST}, {@code PSH}, {@code ACK}, {@code
     * URG}, {@code ECE}, {@code CWR}. CloudFormation property {@code Masks}.
     */
    public TCPFlagField masks(List<String> value) {
      return set("Masks", Value.listOf(value));
    }

    /** Sets {@code Masks} to this value; see {@link #masks(List)}. */
    public TCPFlagField masks(Value<List<String>> value) {
      return set("Masks", value);
    }
  }
}
