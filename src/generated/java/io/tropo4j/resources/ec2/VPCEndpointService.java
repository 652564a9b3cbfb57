// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import java.util.List;

/**
 * Creates a VPC endpoint service configuration to which service consumers ( AWS accounts, users,
 * and IAM roles) can connect.
 *
 * <p>To create an endpoint service configuration, you must first create one of the following for
 * your service:
 *
 * <ul> <li>A <a
 * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/introduction.html">Network
 * Load Balancer</a> . Service consumers connect to your service using an interface endpoint. <li>A
 * <a
 * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html">Gateway
 * Load Balancer</a> . Service consumers connect to your service using a Gateway Load Balancer
 * endpoint. </ul>
 *
 * <p>For more information, see the <a
 * href="https://docs.aws.amazon.com/vpc/latest/privatelink/">AWS PrivateLink User Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCEndpointService}.
 */
public final class VPCEndpointService extends Resource<VPCEndpointService> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCEndpointService")
      .references("NetworkLoadBalancerArns", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref")
      .allowed("SupportedIpAddressTypes", "ipv4", "ipv6")
      .refYields("ServiceId")
      .attributes("PrivateDnsNameConfiguration.Name", "PrivateDnsNameConfiguration.State",
          "PrivateDnsNameConfiguration.Type", "PrivateDnsNameConfiguration.Value", "ServiceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPCEndpointService(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether requests from service consumers to create an endpoint to your service must be
   * accepted.
   *
   * <p>CloudFormation property {@code AcceptanceRequired}.
   */
  public VPCEndpointService acceptanceRequired(boolean value) {
    return set("AcceptanceRequired", Value.of(value));
  }

  /** Sets {@code AcceptanceRequired} to this value; see {@link #acceptanceRequired(boolean)}. */
  public VPCEndpointService acceptanceRequired(Value<Boolean> value) {
    return set("AcceptanceRequired", value);
  }

  /**
   * Indicates whether to enable the built-in Contributor Insights rules provided by AWS PrivateLink
   * .
   *
   * <p>CloudFormation property {@code ContributorInsightsEnabled}.
   */
  public VPCEndpointService contributorInsightsEnabled(boolean value) {
    return set("ContributorInsightsEnabled", Value.of(value));
  }

  /**
   * Sets {@code ContributorInsightsEnabled} to this value; see {@link
   * #contributorInsightsEnabled(boolean)}.
   */
  public VPCEndpointService contributorInsightsEnabled(Value<Boolean> value) {
    return set("ContributorInsightsEnabled", value);
  }

  /**
   * The Amazon Resource Names (ARNs) of the Gateway Load Balancers.
   *
   * <p>CloudFormation property {@code GatewayLoadBalancerArns}.
   */
  public VPCEndpointService gatewayLoadBalancerArns(List<String> value) {
    return set("GatewayLoadBalancerArns", Value.listOf(value));
  }

  /**
   * Sets {@code GatewayLoadBalancerArns} to this value; see {@link #gatewayLoadBalancerArns(List)}.
   */
  public VPCEndpointService gatewayLoadBalancerArns(Value<List<String>> value) {
    return set("GatewayLoadBalancerArns", value);
  }

  /**
   * The Amazon Resource Names (ARNs) of the Network Load Balancers.
   *
   * <p>CloudFormation property {@code NetworkLoadBalancerArns}.
   */
  public VPCEndpointService networkLoadBalancerArns(List<String> value) {
    return set("NetworkLoadBalancerArns", Value.listOf(value));
  }

  /**
   * Sets {@code NetworkLoadBalancerArns} to this value; see {@link #networkLoadBalancerArns(List)}.
   */
  public VPCEndpointService networkLoadBalancerArns(Value<List<String>> value) {
    return set("NetworkLoadBalancerArns", value);
  }

  /**
   * Sets {@code NetworkLoadBalancerArns} to the Ref of each {@code
   * AWS::ElasticLoadBalancingV2::LoadBalancer}; see {@link #networkLoadBalancerArns(List)}.
   */
  public VPCEndpointService networkLoadBalancerArns(LoadBalancer... resources) {
    return set("NetworkLoadBalancerArns", Value.refs(resources));
  }

  /**
   * The entity that is responsible for the endpoint costs. The default is the endpoint owner. If
   * you set the payer responsibility to the service owner, you cannot set it back to the endpoint
   * owner.
   *
   * <p>CloudFormation property {@code PayerResponsibility}.
   */
  public VPCEndpointService payerResponsibility(String value) {
    return set("PayerResponsibility", Value.of(value));
  }

  /** Sets {@code PayerResponsibility} to this value; see {@link #payerResponsibility(String)}. */
  public VPCEndpointService payerResponsibility(Value<String> value) {
    return set("PayerResponsibility", value);
  }

  /** CloudFormation property {@code PrivateDnsName}. */
  public VPCEndpointService privateDnsName(String value) {
    return set("PrivateDnsName", Value.of(value));
  }

  /** Sets {@code PrivateDnsName} to this value; see {@link #privateDnsName(String)}. */
  public VPCEndpointService privateDnsName(Value<String> value) {
    return set("PrivateDnsName", value);
  }

  /** CloudFormation property {@code PrivateDnsNameConfiguration}. */
  public VPCEndpointService privateDnsNameConfiguration(Value<PrivateDnsNameConfiguration> value) {
    return set("PrivateDnsNameConfiguration", value);
  }

  /**
   * The supported IP address types. The possible values are <code>ipv4</code> and <code>ipv6</code>
   * .
   *
   * <p>Allowed values: {@code ipv4}, {@code ipv6}. CloudFormation property {@code
   * SupportedIpAddressTypes}.
   */
  public VPCEndpointService supportedIpAddressTypes(List<String> value) {
    return set("SupportedIpAddressTypes", Value.listOf(value));
  }

  /**
   * Sets {@code SupportedIpAddressTypes} to this value; see {@link #supportedIpAddressTypes(List)}.
   */
  public VPCEndpointService supportedIpAddressTypes(Value<List<String>> value) {
    return set("SupportedIpAddressTypes", value);
  }

  /**
   * The Regions from which service consumers can access the service.
   *
   * <p>CloudFormation property {@code SupportedRegions}.
   */
  public VPCEndpointService supportedRegions(List<String> value) {
    return set("SupportedRegions", Value.listOf(value));
  }

  /** Sets {@code SupportedRegions} to this value; see {@link #supportedRegions(List)}. */
  public VPCEndpointService supportedRegions(Value<List<String>> value) {
    return set("SupportedRegions", value);
  }

  /**
   * The tags to associate with the service.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPCEndpointService tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPCEndpointService tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPCEndpointService tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code PrivateDnsNameConfiguration.Name}. */
  public Value<String> privateDnsNameConfigurationName() {
    return getAtt("PrivateDnsNameConfiguration.Name");
  }

  /** {@code Fn::GetAtt} attribute {@code PrivateDnsNameConfiguration.State}. */
  public Value<String> privateDnsNameConfigurationState() {
    return getAtt("PrivateDnsNameConfiguration.State");
  }

  /** {@code Fn::GetAtt} attribute {@code PrivateDnsNameConfiguration.Type}. */
  public Value<String> privateDnsNameConfigurationType() {
    return getAtt("PrivateDnsNameConfiguration.Type");
  }

  /** {@code Fn::GetAtt} attribute {@code PrivateDnsNameConfiguration.Value}. */
  public Value<String> privateDnsNameConfigurationValue() {
    return getAtt("PrivateDnsNameConfiguration.Value");
  }

  /**
   * The ID of the endpoint service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceId}.
   */
  public Value<String> serviceId() {
    return getAtt("ServiceId");
  }

  /** Property type {@code AWS::EC2::VPCEndpointService.PrivateDnsNameConfiguration}. */
  public static final class PrivateDnsNameConfiguration extends Struct<PrivateDnsNameConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VPCEndpointService.PrivateDnsNameConfiguration");

    public PrivateDnsNameConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Name}. */
    public PrivateDnsNameConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PrivateDnsNameConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code State}. */
    public PrivateDnsNameConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public PrivateDnsNameConfiguration state(Value<String> value) {
      return set("State", value);
    }

    /** CloudFormation property {@code Type}. */
    public PrivateDnsNameConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PrivateDnsNameConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /** CloudFormation property {@code Value}. */
    public PrivateDnsNameConfiguration value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PrivateDnsNameConfiguration value(Value<String> value) {
      return set("Value", value);
    }
  }
}
