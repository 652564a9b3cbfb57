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
 * Specifies a network insights analysis.
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkInsightsAnalysis}.
 */
public final class NetworkInsightsAnalysis extends Resource<NetworkInsightsAnalysis> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInsightsAnalysis")
      .required("NetworkInsightsPathId")
      .constrain("FilterInArns", Constraint.of().minLength(1).maxLength(1283))
      .constrain("FilterOutArns", Constraint.of().minLength(1).maxLength(1283))
      .refYields("NetworkInsightsAnalysisId")
      .attributes("AlternatePathHints", "Explanations", "ForwardPathComponents",
          "NetworkInsightsAnalysisArn", "NetworkInsightsAnalysisId", "NetworkPathFound",
          "ReturnPathComponents", "StartDate", "Status", "StatusMessage", "SuggestedAccounts")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkInsightsAnalysis(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The member accounts that contain resources that the path can traverse.
   *
   * <p>CloudFormation property {@code AdditionalAccounts}.
   */
  public NetworkInsightsAnalysis additionalAccounts(List<String> value) {
    return set("AdditionalAccounts", Value.listOf(value));
  }

  /** Sets {@code AdditionalAccounts} to this value; see {@link #additionalAccounts(List)}. */
  public NetworkInsightsAnalysis additionalAccounts(Value<List<String>> value) {
    return set("AdditionalAccounts", value);
  }

  /**
   * The Amazon Resource Names (ARN) of the resources that the path must traverse.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1283 characters. CloudFormation property
   * {@code FilterInArns}.
   */
  public NetworkInsightsAnalysis filterInArns(List<String> value) {
    return set("FilterInArns", Value.listOf(value));
  }

  /** Sets {@code FilterInArns} to this value; see {@link #filterInArns(List)}. */
  public NetworkInsightsAnalysis filterInArns(Value<List<String>> value) {
    return set("FilterInArns", value);
  }

  /**
   * The Amazon Resource Names (ARN) of the resources that the path must ignore.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1283 characters. CloudFormation property
   * {@code FilterOutArns}.
   */
  public NetworkInsightsAnalysis filterOutArns(List<String> value) {
    return set("FilterOutArns", Value.listOf(value));
  }

  /** Sets {@code FilterOutArns} to this value; see {@link #filterOutArns(List)}. */
  public NetworkInsightsAnalysis filterOutArns(Value<List<String>> value) {
    return set("FilterOutArns", value);
  }

  /**
   * The ID of the path.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkInsightsPathId}.
   */
  public NetworkInsightsAnalysis networkInsightsPathId(String value) {
    return set("NetworkInsightsPathId", Value.of(value));
  }

  /**
   * Sets {@code NetworkInsightsPathId} to this value; see {@link #networkInsightsPathId(String)}.
   */
  public NetworkInsightsAnalysis networkInsightsPathId(Value<String> value) {
    return set("NetworkInsightsPathId", value);
  }

  /**
   * The tags to apply.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkInsightsAnalysis tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkInsightsAnalysis tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkInsightsAnalysis tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Potential intermediate components.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AlternatePathHints}.
   */
  public Value<List<AlternatePathHint>> alternatePathHints() {
    return getAtt("AlternatePathHints");
  }

  /**
   * The explanations. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html">Reachability
   * Analyzer explanation codes</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Explanations}.
   */
  public Value<List<Explanation>> explanations() {
    return getAtt("Explanations");
  }

  /**
   * The components in the path from source to destination.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ForwardPathComponents}.
   */
  public Value<List<PathComponent>> forwardPathComponents() {
    return getAtt("ForwardPathComponents");
  }

  /**
   * The Amazon Resource Name (ARN) of the network insights analysis.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsAnalysisArn}.
   */
  public Value<String> networkInsightsAnalysisArn() {
    return getAtt("NetworkInsightsAnalysisArn");
  }

  /**
   * The ID of the network insights analysis.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsAnalysisId}.
   */
  public Value<String> networkInsightsAnalysisId() {
    return getAtt("NetworkInsightsAnalysisId");
  }

  /**
   * Indicates whether the destination is reachable from the source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkPathFound}.
   */
  public Value<Boolean> networkPathFound() {
    return getAtt("NetworkPathFound");
  }

  /**
   * The components in the path from destination to source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReturnPathComponents}.
   */
  public Value<List<PathComponent>> returnPathComponents() {
    return getAtt("ReturnPathComponents");
  }

  /**
   * The time the analysis started.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StartDate}.
   */
  public Value<String> startDate() {
    return getAtt("StartDate");
  }

  /**
   * The status of the network insights analysis.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The status message, if the status is <code>failed</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * The IDs of potential intermediate accounts.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SuggestedAccounts}.
   */
  public Value<List<String>> suggestedAccounts() {
    return getAtt("SuggestedAccounts");
  }

  /**
   * Describes an additional detail for a path analysis. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/reachability/additional-detail-codes.html">Reachability
   * Analyzer additional detail codes</a> .
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AdditionalDetail}.
   */
  public static final class AdditionalDetail extends Struct<AdditionalDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AdditionalDetail");

    public AdditionalDetail() {
      super(SCHEMA);
    }

    /**
     * The additional detail code.
     *
     * <p>CloudFormation property {@code AdditionalDetailType}.
     */
    public AdditionalDetail additionalDetailType(String value) {
      return set("AdditionalDetailType", Value.of(value));
    }

    /**
     * Sets {@code AdditionalDetailType} to this value; see {@link #additionalDetailType(String)}.
     */
    public AdditionalDetail additionalDetailType(Value<String> value) {
      return set("AdditionalDetailType", value);
    }

    /**
     * The path component.
     *
     * <p>CloudFormation property {@code Component}.
     */
    public AdditionalDetail component(Value<AnalysisComponent> value) {
      return set("Component", value);
    }

    /**
     * The load balancers.
     *
     * <p>CloudFormation property {@code LoadBalancers}.
     */
    public AdditionalDetail loadBalancers(List<AnalysisComponent> value) {
      return set("LoadBalancers", Value.listOf(value));
    }

    /** Sets {@code LoadBalancers} to this value; see {@link #loadBalancers(List)}. */
    public AdditionalDetail loadBalancers(Value<List<AnalysisComponent>> value) {
      return set("LoadBalancers", value);
    }

    /** Sets {@code LoadBalancers} to a list of these; see {@link #loadBalancers(List)}. */
    public AdditionalDetail loadBalancers(AnalysisComponent... values) {
      return set("LoadBalancers", Value.list(values));
    }

    /**
     * The name of the VPC endpoint service.
     *
     * <p>CloudFormation property {@code ServiceName}.
     */
    public AdditionalDetail serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public AdditionalDetail serviceName(Value<String> value) {
      return set("ServiceName", value);
    }
  }

  /**
   * Describes an potential intermediate component of a feasible path.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AlternatePathHint}.
   */
  public static final class AlternatePathHint extends Struct<AlternatePathHint> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AlternatePathHint");

    public AlternatePathHint() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the component.
     *
     * <p>CloudFormation property {@code ComponentArn}.
     */
    public AlternatePathHint componentArn(String value) {
      return set("ComponentArn", Value.of(value));
    }

    /** Sets {@code ComponentArn} to this value; see {@link #componentArn(String)}. */
    public AlternatePathHint componentArn(Value<String> value) {
      return set("ComponentArn", value);
    }

    /**
     * The ID of the component.
     *
     * <p>CloudFormation property {@code ComponentId}.
     */
    public AlternatePathHint componentId(String value) {
      return set("ComponentId", Value.of(value));
    }

    /** Sets {@code ComponentId} to this value; see {@link #componentId(String)}. */
    public AlternatePathHint componentId(Value<String> value) {
      return set("ComponentId", value);
    }
  }

  /**
   * Describes a network access control (ACL) rule.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisAclRule}.
   */
  public static final class AnalysisAclRule extends Struct<AnalysisAclRule> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AnalysisAclRule");

    public AnalysisAclRule() {
      super(SCHEMA);
    }

    /**
     * The IPv4 address range, in CIDR notation.
     *
     * <p>CloudFormation property {@code Cidr}.
     */
    public AnalysisAclRule cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public AnalysisAclRule cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * Indicates whether the rule is an outbound rule.
     *
     * <p>CloudFormation property {@code Egress}.
     */
    public AnalysisAclRule egress(boolean value) {
      return set("Egress", Value.of(value));
    }

    /** Sets {@code Egress} to this value; see {@link #egress(boolean)}. */
    public AnalysisAclRule egress(Value<Boolean> value) {
      return set("Egress", value);
    }

    /**
     * The range of ports.
     *
     * <p>CloudFormation property {@code PortRange}.
     */
    public AnalysisAclRule portRange(Value<PortRange> value) {
      return set("PortRange", value);
    }

    /**
     * The protocol.
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public AnalysisAclRule protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public AnalysisAclRule protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * Indicates whether to allow or deny traffic that matches the rule.
     *
     * <p>CloudFormation property {@code RuleAction}.
     */
    public AnalysisAclRule ruleAction(String value) {
      return set("RuleAction", Value.of(value));
    }

    /** Sets {@code RuleAction} to this value; see {@link #ruleAction(String)}. */
    public AnalysisAclRule ruleAction(Value<String> value) {
      return set("RuleAction", value);
    }

    /**
     * The rule number.
     *
     * <p>CloudFormation property {@code RuleNumber}.
     */
    public AnalysisAclRule ruleNumber(int value) {
      return set("RuleNumber", Value.of(value));
    }

    /** Sets {@code RuleNumber} to this value; see {@link #ruleNumber(int)}. */
    public AnalysisAclRule ruleNumber(Value<Integer> value) {
      return set("RuleNumber", value);
    }
  }

  /**
   * Describes a path component.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisComponent}.
   */
  public static final class AnalysisComponent extends Struct<AnalysisComponent> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AnalysisComponent");

    public AnalysisComponent() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the component.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public AnalysisComponent arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public AnalysisComponent arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The ID of the component.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public AnalysisComponent id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AnalysisComponent id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * Describes a load balancer listener.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerListener}.
   */
  public static final class AnalysisLoadBalancerListener extends Struct<AnalysisLoadBalancerListener> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerListener");

    public AnalysisLoadBalancerListener() {
      super(SCHEMA);
    }

    /**
     * [Classic Load Balancers] The back-end port for the listener.
     *
     * <p>CloudFormation property {@code InstancePort}.
     */
    public AnalysisLoadBalancerListener instancePort(int value) {
      return set("InstancePort", Value.of(value));
    }

    /** Sets {@code InstancePort} to this value; see {@link #instancePort(int)}. */
    public AnalysisLoadBalancerListener instancePort(Value<Integer> value) {
      return set("InstancePort", value);
    }

    /**
     * The port on which the load balancer is listening.
     *
     * <p>CloudFormation property {@code LoadBalancerPort}.
     */
    public AnalysisLoadBalancerListener loadBalancerPort(int value) {
      return set("LoadBalancerPort", Value.of(value));
    }

    /** Sets {@code LoadBalancerPort} to this value; see {@link #loadBalancerPort(int)}. */
    public AnalysisLoadBalancerListener loadBalancerPort(Value<Integer> value) {
      return set("LoadBalancerPort", value);
    }
  }

  /**
   * Describes a load balancer target.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerTarget}.
   */
  public static final class AnalysisLoadBalancerTarget extends Struct<AnalysisLoadBalancerTarget> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerTarget");

    public AnalysisLoadBalancerTarget() {
      super(SCHEMA);
    }

    /**
     * The IP address.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public AnalysisLoadBalancerTarget address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public AnalysisLoadBalancerTarget address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The Availability Zone.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public AnalysisLoadBalancerTarget availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public AnalysisLoadBalancerTarget availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * Information about the instance.
     *
     * <p>CloudFormation property {@code Instance}.
     */
    public AnalysisLoadBalancerTarget instance(Value<AnalysisComponent> value) {
      return set("Instance", value);
    }

    /**
     * The port on which the target is listening.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public AnalysisLoadBalancerTarget port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public AnalysisLoadBalancerTarget port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * Describes a header. Reflects any changes made by a component as traffic passes through. The
   * fields of an inbound header are null except for the first component of a path.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisPacketHeader}.
   */
  public static final class AnalysisPacketHeader extends Struct<AnalysisPacketHeader> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AnalysisPacketHeader");

    public AnalysisPacketHeader() {
      super(SCHEMA);
    }

    /**
     * The destination addresses.
     *
     * <p>CloudFormation property {@code DestinationAddresses}.
     */
    public AnalysisPacketHeader destinationAddresses(List<String> value) {
      return set("DestinationAddresses", Value.listOf(value));
    }

    /** Sets {@code DestinationAddresses} to this value; see {@link #destinationAddresses(List)}. */
    public AnalysisPacketHeader destinationAddresses(Value<List<String>> value) {
      return set("DestinationAddresses", value);
    }

    /**
     * The destination port ranges.
     *
     * <p>CloudFormation property {@code DestinationPortRanges}.
     */
    public AnalysisPacketHeader destinationPortRanges(List<PortRange> value) {
      return set("DestinationPortRanges", Value.listOf(value));
    }

    /**
     * Sets {@code DestinationPortRanges} to this value; see {@link #destinationPortRanges(List)}.
     */
    public AnalysisPacketHeader destinationPortRanges(Value<List<PortRange>> value) {
      return set("DestinationPortRanges", value);
    }

    /**
     * Sets {@code DestinationPortRanges} to a list of these; see {@link
     * #destinationPortRanges(List)}.
     */
    public AnalysisPacketHeader destinationPortRanges(PortRange... values) {
      return set("DestinationPortRanges", Value.list(values));
    }

    /**
     * The protocol.
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public AnalysisPacketHeader protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public AnalysisPacketHeader protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The source addresses.
     *
     * <p>CloudFormation property {@code SourceAddresses}.
     */
    public AnalysisPacketHeader sourceAddresses(List<String> value) {
      return set("SourceAddresses", Value.listOf(value));
    }

    /** Sets {@code SourceAddresses} to this value; see {@link #sourceAddresses(List)}. */
    public AnalysisPacketHeader sourceAddresses(Value<List<String>> value) {
      return set("SourceAddresses", value);
    }

    /**
     * The source port ranges.
     *
     * <p>CloudFormation property {@code SourcePortRanges}.
     */
    public AnalysisPacketHeader sourcePortRanges(List<PortRange> value) {
      return set("SourcePortRanges", Value.listOf(value));
    }

    /** Sets {@code SourcePortRanges} to this value; see {@link #sourcePortRanges(List)}. */
    public AnalysisPacketHeader sourcePortRanges(Value<List<PortRange>> value) {
      return set("SourcePortRanges", value);
    }

    /** Sets {@code SourcePortRanges} to a list of these; see {@link #sourcePortRanges(List)}. */
    public AnalysisPacketHeader sourcePortRanges(PortRange... values) {
      return set("SourcePortRanges", Value.list(values));
    }
  }

  /**
   * Describes a route table route.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisRouteTableRoute}.
   */
  public static final class AnalysisRouteTableRoute extends Struct<AnalysisRouteTableRoute> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AnalysisRouteTableRoute");

    public AnalysisRouteTableRoute() {
      super(SCHEMA);
    }

    /**
     * The ID of a NAT gateway.
     *
     * <p>CloudFormation property {@code NatGatewayId}.
     */
    public AnalysisRouteTableRoute natGatewayId(String value) {
      return set("NatGatewayId", Value.of(value));
    }

    /** Sets {@code NatGatewayId} to this value; see {@link #natGatewayId(String)}. */
    public AnalysisRouteTableRoute natGatewayId(Value<String> value) {
      return set("NatGatewayId", value);
    }

    /**
     * The ID of a network interface.
     *
     * <p>CloudFormation property {@code NetworkInterfaceId}.
     */
    public AnalysisRouteTableRoute networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public AnalysisRouteTableRoute networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /**
     * Describes how the route was created. The following are the possible values:
     *
     * <ul> <li>CreateRouteTable - The route was automatically created when the route table was
     * created. <li>CreateRoute - The route was manually added to the route table.
     * <li>EnableVgwRoutePropagation - The route was propagated by route propagation. </ul>
     *
     * <p>CloudFormation property {@code Origin}.
     */
    public AnalysisRouteTableRoute origin(String value) {
      return set("Origin", Value.of(value));
    }

    /** Sets {@code Origin} to this value; see {@link #origin(String)}. */
    public AnalysisRouteTableRoute origin(Value<String> value) {
      return set("Origin", value);
    }

    /**
     * The state. The following are the possible values:
     *
     * <ul> <li>active <li>blackhole </ul>
     *
     * <p>CloudFormation property {@code State}.
     */
    public AnalysisRouteTableRoute state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public AnalysisRouteTableRoute state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The ID of a transit gateway.
     *
     * <p>CloudFormation property {@code TransitGatewayId}.
     */
    public AnalysisRouteTableRoute transitGatewayId(String value) {
      return set("TransitGatewayId", Value.of(value));
    }

    /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
    public AnalysisRouteTableRoute transitGatewayId(Value<String> value) {
      return set("TransitGatewayId", value);
    }

    /**
     * The ID of a VPC peering connection.
     *
     * <p>CloudFormation property {@code VpcPeeringConnectionId}.
     */
    public AnalysisRouteTableRoute vpcPeeringConnectionId(String value) {
      return set("VpcPeeringConnectionId", Value.of(value));
    }

    /**
     * Sets {@code VpcPeeringConnectionId} to this value; see {@link
     * #vpcPeeringConnectionId(String)}.
     */
    public AnalysisRouteTableRoute vpcPeeringConnectionId(Value<String> value) {
      return set("VpcPeeringConnectionId", value);
    }

    /**
     * The destination IPv4 address, in CIDR notation.
     *
     * <p>CloudFormation property {@code destinationCidr}.
     */
    public AnalysisRouteTableRoute destinationCidr(String value) {
      return set("destinationCidr", Value.of(value));
    }

    /** Sets {@code destinationCidr} to this value; see {@link #destinationCidr(String)}. */
    public AnalysisRouteTableRoute destinationCidr(Value<String> value) {
      return set("destinationCidr", value);
    }

    /**
     * The prefix of the AWS service.
     *
     * <p>CloudFormation property {@code destinationPrefixListId}.
     */
    public AnalysisRouteTableRoute destinationPrefixListId(String value) {
      return set("destinationPrefixListId", Value.of(value));
    }

    /**
     * Sets {@code destinationPrefixListId} to this value; see {@link
     * #destinationPrefixListId(String)}.
     */
    public AnalysisRouteTableRoute destinationPrefixListId(Value<String> value) {
      return set("destinationPrefixListId", value);
    }

    /**
     * The ID of an egress-only internet gateway.
     *
     * <p>CloudFormation property {@code egressOnlyInternetGatewayId}.
     */
    public AnalysisRouteTableRoute egressOnlyInternetGatewayId(String value) {
      return set("egressOnlyInternetGatewayId", Value.of(value));
    }

    /**
     * Sets {@code egressOnlyInternetGatewayId} to this value; see {@link
     * #egressOnlyInternetGatewayId(String)}.
     */
    public AnalysisRouteTableRoute egressOnlyInternetGatewayId(Value<String> value) {
      return set("egressOnlyInternetGatewayId", value);
    }

    /**
     * The ID of the gateway, such as an internet gateway or virtual private gateway.
     *
     * <p>CloudFormation property {@code gatewayId}.
     */
    public AnalysisRouteTableRoute gatewayId(String value) {
      return set("gatewayId", Value.of(value));
    }

    /** Sets {@code gatewayId} to this value; see {@link #gatewayId(String)}. */
    public AnalysisRouteTableRoute gatewayId(Value<String> value) {
      return set("gatewayId", value);
    }

    /**
     * The ID of the instance, such as a NAT instance.
     *
     * <p>CloudFormation property {@code instanceId}.
     */
    public AnalysisRouteTableRoute instanceId(String value) {
      return set("instanceId", Value.of(value));
    }

    /** Sets {@code instanceId} to this value; see {@link #instanceId(String)}. */
    public AnalysisRouteTableRoute instanceId(Value<String> value) {
      return set("instanceId", value);
    }
  }

  /**
   * Describes a security group rule.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisSecurityGroupRule}.
   */
  public static final class AnalysisSecurityGroupRule extends Struct<AnalysisSecurityGroupRule> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.AnalysisSecurityGroupRule");

    public AnalysisSecurityGroupRule() {
      super(SCHEMA);
    }

    /**
     * The IPv4 address range, in CIDR notation.
     *
     * <p>CloudFormation property {@code Cidr}.
     */
    public AnalysisSecurityGroupRule cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public AnalysisSecurityGroupRule cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * The direction. The following are the possible values:
     *
     * <ul> <li>egress <li>ingress </ul>
     *
     * <p>CloudFormation property {@code Direction}.
     */
    public AnalysisSecurityGroupRule direction(String value) {
      return set("Direction", Value.of(value));
    }

    /** Sets {@code Direction} to this value; see {@link #direction(String)}. */
    public AnalysisSecurityGroupRule direction(Value<String> value) {
      return set("Direction", value);
    }

    /**
     * The port range.
     *
     * <p>CloudFormation property {@code PortRange}.
     */
    public AnalysisSecurityGroupRule portRange(Value<PortRange> value) {
      return set("PortRange", value);
    }

    /**
     * The prefix list ID.
     *
     * <p>CloudFormation property {@code PrefixListId}.
     */
    public AnalysisSecurityGroupRule prefixListId(String value) {
      return set("PrefixListId", Value.of(value));
    }

    /** Sets {@code PrefixListId} to this value; see {@link #prefixListId(String)}. */
    public AnalysisSecurityGroupRule prefixListId(Value<String> value) {
      return set("PrefixListId", value);
    }

    /**
     * The protocol name.
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public AnalysisSecurityGroupRule protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public AnalysisSecurityGroupRule protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The security group ID.
     *
     * <p>CloudFormation property {@code SecurityGroupId}.
     */
    public AnalysisSecurityGroupRule securityGroupId(String value) {
      return set("SecurityGroupId", Value.of(value));
    }

    /** Sets {@code SecurityGroupId} to this value; see {@link #securityGroupId(String)}. */
    public AnalysisSecurityGroupRule securityGroupId(Value<String> value) {
      return set("SecurityGroupId", value);
    }
  }

  /**
   * Describes an explanation code for an unreachable path. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html">Reachability
   * Analyzer explanation codes</a> .
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.Explanation}.
   */
  public static final class Explanation extends Struct<Explanation> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.Explanation");

    public Explanation() {
      super(SCHEMA);
    }

    /**
     * The network ACL.
     *
     * <p>CloudFormation property {@code Acl}.
     */
    public Explanation acl(Value<AnalysisComponent> value) {
      return set("Acl", value);
    }

    /**
     * The network ACL rule.
     *
     * <p>CloudFormation property {@code AclRule}.
     */
    public Explanation aclRule(Value<AnalysisAclRule> value) {
      return set("AclRule", value);
    }

    /**
     * The IPv4 address, in CIDR notation.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public Explanation address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Explanation address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The IPv4 addresses, in CIDR notation.
     *
     * <p>CloudFormation property {@code Addresses}.
     */
    public Explanation addresses(List<String> value) {
      return set("Addresses", Value.listOf(value));
    }

    /** Sets {@code Addresses} to this value; see {@link #addresses(List)}. */
    public Explanation addresses(Value<List<String>> value) {
      return set("Addresses", value);
    }

    /**
     * The resource to which the component is attached.
     *
     * <p>CloudFormation property {@code AttachedTo}.
     */
    public Explanation attachedTo(Value<AnalysisComponent> value) {
      return set("AttachedTo", value);
    }

    /**
     * The Availability Zones.
     *
     * <p>CloudFormation property {@code AvailabilityZones}.
     */
    public Explanation availabilityZones(List<String> value) {
      return set("AvailabilityZones", Value.listOf(value));
    }

    /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
    public Explanation availabilityZones(Value<List<String>> value) {
      return set("AvailabilityZones", value);
    }

    /**
     * The CIDR ranges.
     *
     * <p>CloudFormation property {@code Cidrs}.
     */
    public Explanation cidrs(List<String> value) {
      return set("Cidrs", Value.listOf(value));
    }

    /** Sets {@code Cidrs} to this value; see {@link #cidrs(List)}. */
    public Explanation cidrs(Value<List<String>> value) {
      return set("Cidrs", value);
    }

    /**
     * The listener for a Classic Load Balancer.
     *
     * <p>CloudFormation property {@code ClassicLoadBalancerListener}.
     */
    public Explanation classicLoadBalancerListener(Value<AnalysisLoadBalancerListener> value) {
      return set("ClassicLoadBalancerListener", value);
    }

    /**
     * The component.
     *
     * <p>CloudFormation property {@code Component}.
     */
    public Explanation component(Value<AnalysisComponent> value) {
      return set("Component", value);
    }

    /**
     * The AWS account for the component.
     *
     * <p>CloudFormation property {@code ComponentAccount}.
     */
    public Explanation componentAccount(String value) {
      return set("ComponentAccount", Value.of(value));
    }

    /** Sets {@code ComponentAccount} to this value; see {@link #componentAccount(String)}. */
    public Explanation componentAccount(Value<String> value) {
      return set("ComponentAccount", value);
    }

    /**
     * The Region for the component.
     *
     * <p>CloudFormation property {@code ComponentRegion}.
     */
    public Explanation componentRegion(String value) {
      return set("ComponentRegion", Value.of(value));
    }

    /** Sets {@code ComponentRegion} to this value; see {@link #componentRegion(String)}. */
    public Explanation componentRegion(Value<String> value) {
      return set("ComponentRegion", value);
    }

    /**
     * The customer gateway.
     *
     * <p>CloudFormation property {@code CustomerGateway}.
     */
    public Explanation customerGateway(Value<AnalysisComponent> value) {
      return set("CustomerGateway", value);
    }

    /**
     * The destination.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public Explanation destination(Value<AnalysisComponent> value) {
      return set("Destination", value);
    }

    /**
     * The destination VPC.
     *
     * <p>CloudFormation property {@code DestinationVpc}.
     */
    public Explanation destinationVpc(Value<AnalysisComponent> value) {
      return set("DestinationVpc", value);
    }

    /**
     * The direction. The following are the possible values:
     *
     * <ul> <li>egress <li>ingress </ul>
     *
     * <p>CloudFormation property {@code Direction}.
     */
    public Explanation direction(String value) {
      return set("Direction", Value.of(value));
    }

    /** Sets {@code Direction} to this value; see {@link #direction(String)}. */
    public Explanation direction(Value<String> value) {
      return set("Direction", value);
    }

    /**
     * The load balancer listener.
     *
     * <p>CloudFormation property {@code ElasticLoadBalancerListener}.
     */
    public Explanation elasticLoadBalancerListener(Value<AnalysisComponent> value) {
      return set("ElasticLoadBalancerListener", value);
    }

    /**
     * The explanation code.
     *
     * <p>CloudFormation property {@code ExplanationCode}.
     */
    public Explanation explanationCode(String value) {
      return set("ExplanationCode", Value.of(value));
    }

    /** Sets {@code ExplanationCode} to this value; see {@link #explanationCode(String)}. */
    public Explanation explanationCode(Value<String> value) {
      return set("ExplanationCode", value);
    }

    /**
     * The route table.
     *
     * <p>CloudFormation property {@code IngressRouteTable}.
     */
    public Explanation ingressRouteTable(Value<AnalysisComponent> value) {
      return set("IngressRouteTable", value);
    }

    /**
     * The internet gateway.
     *
     * <p>CloudFormation property {@code InternetGateway}.
     */
    public Explanation internetGateway(Value<AnalysisComponent> value) {
      return set("InternetGateway", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the load balancer.
     *
     * <p>CloudFormation property {@code LoadBalancerArn}.
     */
    public Explanation loadBalancerArn(String value) {
      return set("LoadBalancerArn", Value.of(value));
    }

    /** Sets {@code LoadBalancerArn} to this value; see {@link #loadBalancerArn(String)}. */
    public Explanation loadBalancerArn(Value<String> value) {
      return set("LoadBalancerArn", value);
    }

    /**
     * The listener port of the load balancer.
     *
     * <p>CloudFormation property {@code LoadBalancerListenerPort}.
     */
    public Explanation loadBalancerListenerPort(int value) {
      return set("LoadBalancerListenerPort", Value.of(value));
    }

    /**
     * Sets {@code LoadBalancerListenerPort} to this value; see {@link
     * #loadBalancerListenerPort(int)}.
     */
    public Explanation loadBalancerListenerPort(Value<Integer> value) {
      return set("LoadBalancerListenerPort", value);
    }

    /**
     * The target.
     *
     * <p>CloudFormation property {@code LoadBalancerTarget}.
     */
    public Explanation loadBalancerTarget(Value<AnalysisLoadBalancerTarget> value) {
      return set("LoadBalancerTarget", value);
    }

    /**
     * The target group.
     *
     * <p>CloudFormation property {@code LoadBalancerTargetGroup}.
     */
    public Explanation loadBalancerTargetGroup(Value<AnalysisComponent> value) {
      return set("LoadBalancerTargetGroup", value);
    }

    /**
     * The target groups.
     *
     * <p>CloudFormation property {@code LoadBalancerTargetGroups}.
     */
    public Explanation loadBalancerTargetGroups(List<AnalysisComponent> value) {
      return set("LoadBalancerTargetGroups", Value.listOf(value));
    }

    /**
     * Sets {@code LoadBalancerTargetGroups} to this value; see {@link
     * #loadBalancerTargetGroups(List)}.
     */
    public Explanation loadBalancerTargetGroups(Value<List<AnalysisComponent>> value) {
      return set("LoadBalancerTargetGroups", value);
    }

    /**
     * Sets {@code LoadBalancerTargetGroups} to a list of these; see {@link
     * #loadBalancerTargetGroups(List)}.
     */
    public Explanation loadBalancerTargetGroups(AnalysisComponent... values) {
      return set("LoadBalancerTargetGroups", Value.list(values));
    }

    /**
     * The target port.
     *
     * <p>CloudFormation property {@code LoadBalancerTargetPort}.
     */
    public Explanation loadBalancerTargetPort(int value) {
      return set("LoadBalancerTargetPort", Value.of(value));
    }

    /**
     * Sets {@code LoadBalancerTargetPort} to this value; see {@link #loadBalancerTargetPort(int)}.
     */
    public Explanation loadBalancerTargetPort(Value<Integer> value) {
      return set("LoadBalancerTargetPort", value);
    }

    /**
     * The missing component.
     *
     * <p>CloudFormation property {@code MissingComponent}.
     */
    public Explanation missingComponent(String value) {
      return set("MissingComponent", Value.of(value));
    }

    /** Sets {@code MissingComponent} to this value; see {@link #missingComponent(String)}. */
    public Explanation missingComponent(Value<String> value) {
      return set("MissingComponent", value);
    }

    /**
     * The NAT gateway.
     *
     * <p>CloudFormation property {@code NatGateway}.
     */
    public Explanation natGateway(Value<AnalysisComponent> value) {
      return set("NatGateway", value);
    }

    /**
     * The network interface.
     *
     * <p>CloudFormation property {@code NetworkInterface}.
     */
    public Explanation networkInterface(Value<AnalysisComponent> value) {
      return set("NetworkInterface", value);
    }

    /**
     * The packet field.
     *
     * <p>CloudFormation property {@code PacketField}.
     */
    public Explanation packetField(String value) {
      return set("PacketField", Value.of(value));
    }

    /** Sets {@code PacketField} to this value; see {@link #packetField(String)}. */
    public Explanation packetField(Value<String> value) {
      return set("PacketField", value);
    }

    /**
     * The port.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public Explanation port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public Explanation port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The port ranges.
     *
     * <p>CloudFormation property {@code PortRanges}.
     */
    public Explanation portRanges(List<PortRange> value) {
      return set("PortRanges", Value.listOf(value));
    }

    /** Sets {@code PortRanges} to this value; see {@link #portRanges(List)}. */
    public Explanation portRanges(Value<List<PortRange>> value) {
      return set("PortRanges", value);
    }

    /** Sets {@code PortRanges} to a list of these; see {@link #portRanges(List)}. */
    public Explanation portRanges(PortRange... values) {
      return set("PortRanges", Value.list(values));
    }

    /**
     * The prefix list.
     *
     * <p>CloudFormation property {@code PrefixList}.
     */
    public Explanation prefixList(Value<AnalysisComponent> value) {
      return set("PrefixList", value);
    }

    /**
     * The protocols.
     *
     * <p>CloudFormation property {@code Protocols}.
     */
    public Explanation protocols(List<String> value) {
      return set("Protocols", Value.listOf(value));
    }

    /** Sets {@code Protocols} to this value; see {@link #protocols(List)}. */
    public Explanation protocols(Value<List<String>> value) {
      return set("Protocols", value);
    }

    /**
     * The route table.
     *
     * <p>CloudFormation property {@code RouteTable}.
     */
    public Explanation routeTable(Value<AnalysisComponent> value) {
      return set("RouteTable", value);
    }

    /**
     * The route table route.
     *
     * <p>CloudFormation property {@code RouteTableRoute}.
     */
    public Explanation routeTableRoute(Value<AnalysisRouteTableRoute> value) {
      return set("RouteTableRoute", value);
    }

    /**
     * The security group.
     *
     * <p>CloudFormation property {@code SecurityGroup}.
     */
    public Explanation securityGroup(Value<AnalysisComponent> value) {
      return set("SecurityGroup", value);
    }

    /**
     * The security group rule.
     *
     * <p>CloudFormation property {@code SecurityGroupRule}.
     */
    public Explanation securityGroupRule(Value<AnalysisSecurityGroupRule> value) {
      return set("SecurityGroupRule", value);
    }

    /**
     * The security groups.
     *
     * <p>CloudFormation property {@code SecurityGroups}.
     */
    public Explanation securityGroups(List<AnalysisComponent> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public Explanation securityGroups(Value<List<AnalysisComponent>> value) {
      return set("SecurityGroups", value);
    }

    /** Sets {@code SecurityGroups} to a list of these; see {@link #securityGroups(List)}. */
    public Explanation securityGroups(AnalysisComponent... values) {
      return set("SecurityGroups", Value.list(values));
    }

    /**
     * The source VPC.
     *
     * <p>CloudFormation property {@code SourceVpc}.
     */
    public Explanation sourceVpc(Value<AnalysisComponent> value) {
      return set("SourceVpc", value);
    }

    /**
     * The state.
     *
     * <p>CloudFormation property {@code State}.
     */
    public Explanation state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public Explanation state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The subnet.
     *
     * <p>CloudFormation property {@code Subnet}.
     */
    public Explanation subnet(Value<AnalysisComponent> value) {
      return set("Subnet", value);
    }

    /**
     * The route table for the subnet.
     *
     * <p>CloudFormation property {@code SubnetRouteTable}.
     */
    public Explanation subnetRouteTable(Value<AnalysisComponent> value) {
      return set("SubnetRouteTable", value);
    }

    /**
     * The transit gateway.
     *
     * <p>CloudFormation property {@code TransitGateway}.
     */
    public Explanation transitGateway(Value<AnalysisComponent> value) {
      return set("TransitGateway", value);
    }

    /**
     * The transit gateway attachment.
     *
     * <p>CloudFormation property {@code TransitGatewayAttachment}.
     */
    public Explanation transitGatewayAttachment(Value<AnalysisComponent> value) {
      return set("TransitGatewayAttachment", value);
    }

    /**
     * The transit gateway route table.
     *
     * <p>CloudFormation property {@code TransitGatewayRouteTable}.
     */
    public Explanation transitGatewayRouteTable(Value<AnalysisComponent> value) {
      return set("TransitGatewayRouteTable", value);
    }

    /**
     * The transit gateway route table route.
     *
     * <p>CloudFormation property {@code TransitGatewayRouteTableRoute}.
     */
    public Explanation transitGatewayRouteTableRoute(Value<TransitGatewayRouteTableRoute> value) {
      return set("TransitGatewayRouteTableRoute", value);
    }

    /**
     * The component VPC.
     *
     * <p>CloudFormation property {@code Vpc}.
     */
    public Explanation vpc(Value<AnalysisComponent> value) {
      return set("Vpc", value);
    }

    /**
     * The VPC peering connection.
     *
     * <p>CloudFormation property {@code VpcPeeringConnection}.
     */
    public Explanation vpcPeeringConnection(Value<AnalysisComponent> value) {
      return set("VpcPeeringConnection", value);
    }

    /**
     * The VPN connection.
     *
     * <p>CloudFormation property {@code VpnConnection}.
     */
    public Explanation vpnConnection(Value<AnalysisComponent> value) {
      return set("VpnConnection", value);
    }

    /**
     * The VPN gateway.
     *
     * <p>CloudFormation property {@code VpnGateway}.
     */
    public Explanation vpnGateway(Value<AnalysisComponent> value) {
      return set("VpnGateway", value);
    }

    /**
     * The VPC endpoint.
     *
     * <p>CloudFormation property {@code vpcEndpoint}.
     */
    public Explanation vpcEndpoint(Value<AnalysisComponent> value) {
      return set("vpcEndpoint", value);
    }
  }

  /**
   * Describes a path component.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.PathComponent}.
   */
  public static final class PathComponent extends Struct<PathComponent> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.PathComponent");

    public PathComponent() {
      super(SCHEMA);
    }

    /**
     * The network ACL rule.
     *
     * <p>CloudFormation property {@code AclRule}.
     */
    public PathComponent aclRule(Value<AnalysisAclRule> value) {
      return set("AclRule", value);
    }

    /**
     * The additional details.
     *
     * <p>CloudFormation property {@code AdditionalDetails}.
     */
    public PathComponent additionalDetails(List<AdditionalDetail> value) {
      return set("AdditionalDetails", Value.listOf(value));
    }

    /** Sets {@code AdditionalDetails} to this value; see {@link #additionalDetails(List)}. */
    public PathComponent additionalDetails(Value<List<AdditionalDetail>> value) {
      return set("AdditionalDetails", value);
    }

    /** Sets {@code AdditionalDetails} to a list of these; see {@link #additionalDetails(List)}. */
    public PathComponent additionalDetails(AdditionalDetail... values) {
      return set("AdditionalDetails", Value.list(values));
    }

    /**
     * The component.
     *
     * <p>CloudFormation property {@code Component}.
     */
    public PathComponent component(Value<AnalysisComponent> value) {
      return set("Component", value);
    }

    /**
     * The destination VPC.
     *
     * <p>CloudFormation property {@code DestinationVpc}.
     */
    public PathComponent destinationVpc(Value<AnalysisComponent> value) {
      return set("DestinationVpc", value);
    }

    /**
     * The load balancer listener.
     *
     * <p>CloudFormation property {@code ElasticLoadBalancerListener}.
     */
    public PathComponent elasticLoadBalancerListener(Value<AnalysisComponent> value) {
      return set("ElasticLoadBalancerListener", value);
    }

    /**
     * The explanation codes.
     *
     * <p>CloudFormation property {@code Explanations}.
     */
    public PathComponent explanations(List<Explanation> value) {
      return set("Explanations", Value.listOf(value));
    }

    /** Sets {@code Explanations} to this value; see {@link #explanations(List)}. */
    public PathComponent explanations(Value<List<Explanation>> value) {
      return set("Explanations", value);
    }

    /** Sets {@code Explanations} to a list of these; see {@link #explanations(List)}. */
    public PathComponent explanations(Explanation... values) {
      return set("Explanations", Value.list(values));
    }

    /**
     * The inbound header.
     *
     * <p>CloudFormation property {@code InboundHeader}.
     */
    public PathComponent inboundHeader(Value<AnalysisPacketHeader> value) {
      return set("InboundHeader", value);
    }

    /**
     * The outbound header.
     *
     * <p>CloudFormation property {@code OutboundHeader}.
     */
    public PathComponent outboundHeader(Value<AnalysisPacketHeader> value) {
      return set("OutboundHeader", value);
    }

    /**
     * The route table route.
     *
     * <p>CloudFormation property {@code RouteTableRoute}.
     */
    public PathComponent routeTableRoute(Value<AnalysisRouteTableRoute> value) {
      return set("RouteTableRoute", value);
    }

    /**
     * The security group rule.
     *
     * <p>CloudFormation property {@code SecurityGroupRule}.
     */
    public PathComponent securityGroupRule(Value<AnalysisSecurityGroupRule> value) {
      return set("SecurityGroupRule", value);
    }

    /**
     * The sequence number.
     *
     * <p>CloudFormation property {@code SequenceNumber}.
     */
    public PathComponent sequenceNumber(int value) {
      return set("SequenceNumber", Value.of(value));
    }

    /** Sets {@code SequenceNumber} to this value; see {@link #sequenceNumber(int)}. */
    public PathComponent sequenceNumber(Value<Integer> value) {
      return set("SequenceNumber", value);
    }

    /**
     * The name of the VPC endpoint service.
     *
     * <p>CloudFormation property {@code ServiceName}.
     */
    public PathComponent serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public PathComponent serviceName(Value<String> value) {
      return set("ServiceName", value);
    }

    /**
     * The source VPC.
     *
     * <p>CloudFormation property {@code SourceVpc}.
     */
    public PathComponent sourceVpc(Value<AnalysisComponent> value) {
      return set("SourceVpc", value);
    }

    /**
     * The subnet.
     *
     * <p>CloudFormation property {@code Subnet}.
     */
    public PathComponent subnet(Value<AnalysisComponent> value) {
      return set("Subnet", value);
    }

    /**
     * The transit gateway.
     *
     * <p>CloudFormation property {@code TransitGateway}.
     */
    public PathComponent transitGateway(Value<AnalysisComponent> value) {
      return set("TransitGateway", value);
    }

    /**
     * The route in a transit gateway route table.
     *
     * <p>CloudFormation property {@code TransitGatewayRouteTableRoute}.
     */
    public PathComponent transitGatewayRouteTableRoute(Value<TransitGatewayRouteTableRoute> value) {
      return set("TransitGatewayRouteTableRoute", value);
    }

    /**
     * The component VPC.
     *
     * <p>CloudFormation property {@code Vpc}.
     */
    public PathComponent vpc(Value<AnalysisComponent> value) {
      return set("Vpc", value);
    }
  }

  /**
   * Describes a range of ports.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.PortRange}.
   */
  public static final class PortRange extends Struct<PortRange> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.PortRange");

    public PortRange() {
      super(SCHEMA);
    }

    /**
     * The first port in the range.
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
     * The last port in the range.
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

  /**
   * Describes a route in a transit gateway route table.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsAnalysis.TransitGatewayRouteTableRoute}.
   */
  public static final class TransitGatewayRouteTableRoute extends Struct<TransitGatewayRouteTableRoute> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInsightsAnalysis.TransitGatewayRouteTableRoute");

    public TransitGatewayRouteTableRoute() {
      super(SCHEMA);
    }

    /**
     * The ID of the route attachment.
     *
     * <p>CloudFormation property {@code AttachmentId}.
     */
    public TransitGatewayRouteTableRoute attachmentId(String value) {
      return set("AttachmentId", Value.of(value));
    }

    /** Sets {@code AttachmentId} to this value; see {@link #attachmentId(String)}. */
    public TransitGatewayRouteTableRoute attachmentId(Value<String> value) {
      return set("AttachmentId", value);
    }

    /**
     * The CIDR block used for destination matches.
     *
     * <p>CloudFormation property {@code DestinationCidr}.
     */
    public TransitGatewayRouteTableRoute destinationCidr(String value) {
      return set("DestinationCidr", Value.of(value));
    }

    /** Sets {@code DestinationCidr} to this value; see {@link #destinationCidr(String)}. */
    public TransitGatewayRouteTableRoute destinationCidr(Value<String> value) {
      return set("DestinationCidr", value);
    }

    /**
     * The ID of the prefix list.
     *
     * <p>CloudFormation property {@code PrefixListId}.
     */
    public TransitGatewayRouteTableRoute prefixListId(String value) {
      return set("PrefixListId", Value.of(value));
    }

    /** Sets {@code PrefixListId} to this value; see {@link #prefixListId(String)}. */
    public TransitGatewayRouteTableRoute prefixListId(Value<String> value) {
      return set("PrefixListId", value);
    }

    /**
     * The ID of the resource for the route attachment.
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public TransitGatewayRouteTableRoute resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public TransitGatewayRouteTableRoute resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * The resource type for the route attachment.
     *
     * <p>CloudFormation property {@code ResourceType}.
     */
    public TransitGatewayRouteTableRoute resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TransitGatewayRouteTableRoute resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The route origin. The following are the possible values:
     *
     * <ul> <li>static <li>propagated </ul>
     *
     * <p>CloudFormation property {@code RouteOrigin}.
     */
    public TransitGatewayRouteTableRoute routeOrigin(String value) {
      return set("RouteOrigin", Value.of(value));
    }

    /** Sets {@code RouteOrigin} to this value; see {@link #routeOrigin(String)}. */
    public TransitGatewayRouteTableRoute routeOrigin(Value<String> value) {
      return set("RouteOrigin", value);
    }

    /**
     * The state of the route.
     *
     * <p>CloudFormation property {@code State}.
     */
    public TransitGatewayRouteTableRoute state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public TransitGatewayRouteTableRoute state(Value<String> value) {
      return set("State", value);
    }
  }
}
