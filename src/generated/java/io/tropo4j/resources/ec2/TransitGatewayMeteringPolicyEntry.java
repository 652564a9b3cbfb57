// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an entry in a transit gateway metering policy to define traffic measurement rules.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayMeteringPolicyEntry}.
 */
public final class TransitGatewayMeteringPolicyEntry extends Resource<TransitGatewayMeteringPolicyEntry> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayMeteringPolicyEntry")
      .required("MeteredAccount", "PolicyRuleNumber", "TransitGatewayMeteringPolicyId")
      .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
      .allowed("DestinationTransitGatewayAttachmentType", "vpc", "vpn", "direct-connect-gateway",
          "peering", "network-function", "vpn-concentrator", "client-vpn")
      .allowed("MeteredAccount", "source-attachment-owner", "destination-attachment-owner",
          "transit-gateway-owner")
      .constrain("SourceCidrBlock", Constraint.of().format("ipv4-network"))
      .allowed("SourceTransitGatewayAttachmentType", "vpc", "vpn", "direct-connect-gateway",
          "peering", "network-function", "vpn-concentrator", "client-vpn")
      .attributes("State", "UpdateEffectiveAt")
      .build();

  public TransitGatewayMeteringPolicyEntry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes an IPv4 CIDR block.
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code DestinationCidrBlock}.
   */
  public TransitGatewayMeteringPolicyEntry destinationCidrBlock(String value) {
    return set("DestinationCidrBlock", Value.of(value));
  }

  /** Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}. */
  public TransitGatewayMeteringPolicyEntry destinationCidrBlock(Value<String> value) {
    return set("DestinationCidrBlock", value);
  }

  /**
   * Describes a range of ports.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DestinationPortRange}.
   */
  public TransitGatewayMeteringPolicyEntry destinationPortRange(String value) {
    return set("DestinationPortRange", Value.of(value));
  }

  /** Sets {@code DestinationPortRange} to this value; see {@link #destinationPortRange(String)}. */
  public TransitGatewayMeteringPolicyEntry destinationPortRange(Value<String> value) {
    return set("DestinationPortRange", value);
  }

  /**
   * The ID of the source attachment through which traffic leaves a transit gateway
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * DestinationTransitGatewayAttachmentId}.
   */
  public TransitGatewayMeteringPolicyEntry destinationTransitGatewayAttachmentId(String value) {
    return set("DestinationTransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code DestinationTransitGatewayAttachmentId} to this value; see {@link
   * #destinationTransitGatewayAttachmentId(String)}.
   */
  public TransitGatewayMeteringPolicyEntry destinationTransitGatewayAttachmentId(Value<String> value) {
    return set("DestinationTransitGatewayAttachmentId", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code vpc}, {@code vpn}, {@code
   * direct-connect-gateway}, {@code peering}, {@code network-function}, {@code vpn-concentrator},
   * {@code client-vpn}. CloudFormation property {@code DestinationTransitGatewayAttachmentType}.
   */
  public TransitGatewayMeteringPolicyEntry destinationTransitGatewayAttachmentType(String value) {
    return set("DestinationTransitGatewayAttachmentType", Value.of(value));
  }

  /**
   * Sets {@code DestinationTransitGatewayAttachmentType} to this value; see {@link
   * #destinationTransitGatewayAttachmentType(String)}.
   */
  public TransitGatewayMeteringPolicyEntry destinationTransitGatewayAttachmentType(Value<String> value) {
    return set("DestinationTransitGatewayAttachmentType", value);
  }

  /**
   * The AWS account ID to which the metered traffic is attributed.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code
   * source-attachment-owner}, {@code destination-attachment-owner}, {@code transit-gateway-owner}.
   * CloudFormation property {@code MeteredAccount}.
   */
  public TransitGatewayMeteringPolicyEntry meteredAccount(String value) {
    return set("MeteredAccount", Value.of(value));
  }

  /** Sets {@code MeteredAccount} to this value; see {@link #meteredAccount(String)}. */
  public TransitGatewayMeteringPolicyEntry meteredAccount(Value<String> value) {
    return set("MeteredAccount", value);
  }

  /**
   * The rule number of the metering policy entry.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PolicyRuleNumber}.
   */
  public TransitGatewayMeteringPolicyEntry policyRuleNumber(int value) {
    return set("PolicyRuleNumber", Value.of(value));
  }

  /** Sets {@code PolicyRuleNumber} to this value; see {@link #policyRuleNumber(int)}. */
  public TransitGatewayMeteringPolicyEntry policyRuleNumber(Value<Integer> value) {
    return set("PolicyRuleNumber", value);
  }

  /**
   * The protocol of the traffic
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Protocol}.
   */
  public TransitGatewayMeteringPolicyEntry protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public TransitGatewayMeteringPolicyEntry protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * Describes an IPv4 CIDR block.
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code SourceCidrBlock}.
   */
  public TransitGatewayMeteringPolicyEntry sourceCidrBlock(String value) {
    return set("SourceCidrBlock", Value.of(value));
  }

  /** Sets {@code SourceCidrBlock} to this value; see {@link #sourceCidrBlock(String)}. */
  public TransitGatewayMeteringPolicyEntry sourceCidrBlock(Value<String> value) {
    return set("SourceCidrBlock", value);
  }

  /**
   * Describes a range of ports.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourcePortRange}.
   */
  public TransitGatewayMeteringPolicyEntry sourcePortRange(String value) {
    return set("SourcePortRange", Value.of(value));
  }

  /** Sets {@code SourcePortRange} to this value; see {@link #sourcePortRange(String)}. */
  public TransitGatewayMeteringPolicyEntry sourcePortRange(Value<String> value) {
    return set("SourcePortRange", value);
  }

  /**
   * The ID of the source attachment through which traffic enters a transit gateway
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SourceTransitGatewayAttachmentId}.
   */
  public TransitGatewayMeteringPolicyEntry sourceTransitGatewayAttachmentId(String value) {
    return set("SourceTransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code SourceTransitGatewayAttachmentId} to this value; see {@link
   * #sourceTransitGatewayAttachmentId(String)}.
   */
  public TransitGatewayMeteringPolicyEntry sourceTransitGatewayAttachmentId(Value<String> value) {
    return set("SourceTransitGatewayAttachmentId", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code vpc}, {@code vpn}, {@code
   * direct-connect-gateway}, {@code peering}, {@code network-function}, {@code vpn-concentrator},
   * {@code client-vpn}. CloudFormation property {@code SourceTransitGatewayAttachmentType}.
   */
  public TransitGatewayMeteringPolicyEntry sourceTransitGatewayAttachmentType(String value) {
    return set("SourceTransitGatewayAttachmentType", Value.of(value));
  }

  /**
   * Sets {@code SourceTransitGatewayAttachmentType} to this value; see {@link
   * #sourceTransitGatewayAttachmentType(String)}.
   */
  public TransitGatewayMeteringPolicyEntry sourceTransitGatewayAttachmentType(Value<String> value) {
    return set("SourceTransitGatewayAttachmentType", value);
  }

  /**
   * The ID of the transit gateway metering policy for which the entry is being created
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayMeteringPolicyId}.
   */
  public TransitGatewayMeteringPolicyEntry transitGatewayMeteringPolicyId(String value) {
    return set("TransitGatewayMeteringPolicyId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayMeteringPolicyId} to this value; see {@link
   * #transitGatewayMeteringPolicyId(String)}.
   */
  public TransitGatewayMeteringPolicyEntry transitGatewayMeteringPolicyId(Value<String> value) {
    return set("TransitGatewayMeteringPolicyId", value);
  }

  /**
   * The state of the metering policy entry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The date and time when the metering policy entry update becomes effective.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateEffectiveAt}.
   */
  public Value<String> updateEffectiveAt() {
    return getAtt("UpdateEffectiveAt");
  }
}
