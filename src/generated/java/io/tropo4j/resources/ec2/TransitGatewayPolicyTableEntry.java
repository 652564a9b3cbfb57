// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * AWS::EC2::TransitGatewayPolicyTableEntry Resource Definition
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayPolicyTableEntry}.
 */
public final class TransitGatewayPolicyTableEntry extends Resource<TransitGatewayPolicyTableEntry> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayPolicyTableEntry")
      .required("PolicyRule", "PolicyRuleNumber", "TargetRouteTableId",
          "TransitGatewayPolicyTableId")
      .attributes("State")
      .build();

  public TransitGatewayPolicyTableEntry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Required. CloudFormation property {@code PolicyRule}. */
  public TransitGatewayPolicyTableEntry policyRule(Value<TransitGatewayPolicyRule> value) {
    return set("PolicyRule", value);
  }

  /**
   * The rule number for the policy table entry.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PolicyRuleNumber}.
   */
  public TransitGatewayPolicyTableEntry policyRuleNumber(String value) {
    return set("PolicyRuleNumber", Value.of(value));
  }

  /** Sets {@code PolicyRuleNumber} to this value; see {@link #policyRuleNumber(String)}. */
  public TransitGatewayPolicyTableEntry policyRuleNumber(Value<String> value) {
    return set("PolicyRuleNumber", value);
  }

  /**
   * The ID of the target route table.
   *
   * <p>Required. CloudFormation property {@code TargetRouteTableId}.
   */
  public TransitGatewayPolicyTableEntry targetRouteTableId(String value) {
    return set("TargetRouteTableId", Value.of(value));
  }

  /** Sets {@code TargetRouteTableId} to this value; see {@link #targetRouteTableId(String)}. */
  public TransitGatewayPolicyTableEntry targetRouteTableId(Value<String> value) {
    return set("TargetRouteTableId", value);
  }

  /**
   * The ID of the transit gateway policy table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayPolicyTableId}.
   */
  public TransitGatewayPolicyTableEntry transitGatewayPolicyTableId(String value) {
    return set("TransitGatewayPolicyTableId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayPolicyTableId} to this value; see {@link
   * #transitGatewayPolicyTableId(String)}.
   */
  public TransitGatewayPolicyTableEntry transitGatewayPolicyTableId(Value<String> value) {
    return set("TransitGatewayPolicyTableId", value);
  }

  /**
   * The state of the policy table entry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /** Property type {@code AWS::EC2::TransitGatewayPolicyTableEntry.TransitGatewayPolicyRule}. */
  public static final class TransitGatewayPolicyRule extends Struct<TransitGatewayPolicyRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayPolicyTableEntry.TransitGatewayPolicyRule")
        .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
        .constrain("SourceCidrBlock", Constraint.of().format("ipv4-network"))
        .build();

    public TransitGatewayPolicyRule() {
      super(SCHEMA);
    }

    /**
     * The destination CIDR block for the transit gateway policy rule.
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code DestinationCidrBlock}.
     */
    public TransitGatewayPolicyRule destinationCidrBlock(String value) {
      return set("DestinationCidrBlock", Value.of(value));
    }

    /**
     * Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}.
     */
    public TransitGatewayPolicyRule destinationCidrBlock(Value<String> value) {
      return set("DestinationCidrBlock", value);
    }

    /**
     * The destination port range for the transit gateway policy rule.
     *
     * <p>CloudFormation property {@code DestinationPortRange}.
     */
    public TransitGatewayPolicyRule destinationPortRange(String value) {
      return set("DestinationPortRange", Value.of(value));
    }

    /**
     * Sets {@code DestinationPortRange} to this value; see {@link #destinationPortRange(String)}.
     */
    public TransitGatewayPolicyRule destinationPortRange(Value<String> value) {
      return set("DestinationPortRange", value);
    }

    /**
     * The protocol for the transit gateway policy rule.
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public TransitGatewayPolicyRule protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public TransitGatewayPolicyRule protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The source CIDR block for the transit gateway policy rule.
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code SourceCidrBlock}.
     */
    public TransitGatewayPolicyRule sourceCidrBlock(String value) {
      return set("SourceCidrBlock", Value.of(value));
    }

    /** Sets {@code SourceCidrBlock} to this value; see {@link #sourceCidrBlock(String)}. */
    public TransitGatewayPolicyRule sourceCidrBlock(Value<String> value) {
      return set("SourceCidrBlock", value);
    }

    /**
     * The source port range for the transit gateway policy rule.
     *
     * <p>CloudFormation property {@code SourcePortRange}.
     */
    public TransitGatewayPolicyRule sourcePortRange(String value) {
      return set("SourcePortRange", Value.of(value));
    }

    /** Sets {@code SourcePortRange} to this value; see {@link #sourcePortRange(String)}. */
    public TransitGatewayPolicyRule sourcePortRange(Value<String> value) {
      return set("SourcePortRange", value);
    }
  }
}
