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
 * Creates a Traffic Mirror filter rule.
 *
 * <p>A Traffic Mirror rule defines the Traffic Mirror source traffic to mirror.
 *
 * <p>You need the Traffic Mirror filter ID when you create the rule.
 *
 * <p>CloudFormation type {@code AWS::EC2::TrafficMirrorFilterRule}.
 */
public final class TrafficMirrorFilterRule extends Resource<TrafficMirrorFilterRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TrafficMirrorFilterRule")
      .required("DestinationCidrBlock", "RuleAction", "RuleNumber", "SourceCidrBlock",
          "TrafficDirection", "TrafficMirrorFilterId")
      .constrain("DestinationCidrBlock", Constraint.of().format("ipv4-network"))
      .constrain("SourceCidrBlock", Constraint.of().format("ipv4-network"))
      .refYields("TrafficMirrorFilterRuleId")
      .attributes("TrafficMirrorFilterRuleId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrafficMirrorFilterRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the Traffic Mirror rule.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public TrafficMirrorFilterRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TrafficMirrorFilterRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The destination CIDR block to assign to the Traffic Mirror rule.
   *
   * <p>Required. Format: {@code ipv4-network}. CloudFormation property {@code
   * DestinationCidrBlock}.
   */
  public TrafficMirrorFilterRule destinationCidrBlock(String value) {
    return set("DestinationCidrBlock", Value.of(value));
  }

  /** Sets {@code DestinationCidrBlock} to this value; see {@link #destinationCidrBlock(String)}. */
  public TrafficMirrorFilterRule destinationCidrBlock(Value<String> value) {
    return set("DestinationCidrBlock", value);
  }

  /**
   * The destination port range.
   *
   * <p>CloudFormation property {@code DestinationPortRange}.
   */
  public TrafficMirrorFilterRule destinationPortRange(Value<TrafficMirrorPortRange> value) {
    return set("DestinationPortRange", value);
  }

  /**
   * The protocol, for example UDP, to assign to the Traffic Mirror rule.
   *
   * <p>For information about the protocol value, see <a
   * href="https://docs.aws.amazon.com/https://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml">Protocol
   * Numbers</a> on the Internet Assigned Numbers Authority (IANA) website.
   *
   * <p>CloudFormation property {@code Protocol}.
   */
  public TrafficMirrorFilterRule protocol(int value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(int)}. */
  public TrafficMirrorFilterRule protocol(Value<Integer> value) {
    return set("Protocol", value);
  }

  /**
   * The action to take on the filtered traffic.
   *
   * <p>Required. CloudFormation property {@code RuleAction}.
   */
  public TrafficMirrorFilterRule ruleAction(String value) {
    return set("RuleAction", Value.of(value));
  }

  /** Sets {@code RuleAction} to this value; see {@link #ruleAction(String)}. */
  public TrafficMirrorFilterRule ruleAction(Value<String> value) {
    return set("RuleAction", value);
  }

  /**
   * The number of the Traffic Mirror rule. This number must be unique for each Traffic Mirror rule
   * in a given direction. The rules are processed in ascending order by rule number.
   *
   * <p>Required. CloudFormation property {@code RuleNumber}.
   */
  public TrafficMirrorFilterRule ruleNumber(int value) {
    return set("RuleNumber", Value.of(value));
  }

  /** Sets {@code RuleNumber} to this value; see {@link #ruleNumber(int)}. */
  public TrafficMirrorFilterRule ruleNumber(Value<Integer> value) {
    return set("RuleNumber", value);
  }

  /**
   * The source CIDR block to assign to the Traffic Mirror rule.
   *
   * <p>Required. Format: {@code ipv4-network}. CloudFormation property {@code SourceCidrBlock}.
   */
  public TrafficMirrorFilterRule sourceCidrBlock(String value) {
    return set("SourceCidrBlock", Value.of(value));
  }

  /** Sets {@code SourceCidrBlock} to this value; see {@link #sourceCidrBlock(String)}. */
  public TrafficMirrorFilterRule sourceCidrBlock(Value<String> value) {
    return set("SourceCidrBlock", value);
  }

  /**
   * The source port range.
   *
   * <p>CloudFormation property {@code SourcePortRange}.
   */
  public TrafficMirrorFilterRule sourcePortRange(Value<TrafficMirrorPortRange> value) {
    return set("SourcePortRange", value);
  }

  /**
   * Tags on Traffic Mirroring filter rules.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrafficMirrorFilterRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrafficMirrorFilterRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrafficMirrorFilterRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of traffic.
   *
   * <p>Required. CloudFormation property {@code TrafficDirection}.
   */
  public TrafficMirrorFilterRule trafficDirection(String value) {
    return set("TrafficDirection", Value.of(value));
  }

  /** Sets {@code TrafficDirection} to this value; see {@link #trafficDirection(String)}. */
  public TrafficMirrorFilterRule trafficDirection(Value<String> value) {
    return set("TrafficDirection", value);
  }

  /**
   * The ID of the filter that this rule is associated with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TrafficMirrorFilterId}.
   */
  public TrafficMirrorFilterRule trafficMirrorFilterId(String value) {
    return set("TrafficMirrorFilterId", Value.of(value));
  }

  /**
   * Sets {@code TrafficMirrorFilterId} to this value; see {@link #trafficMirrorFilterId(String)}.
   */
  public TrafficMirrorFilterRule trafficMirrorFilterId(Value<String> value) {
    return set("TrafficMirrorFilterId", value);
  }

  /**
   * The ID of the Traffic Mirror rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrafficMirrorFilterRuleId}.
   */
  public Value<String> trafficMirrorFilterRuleId() {
    return getAtt("TrafficMirrorFilterRuleId");
  }

  /**
   * Describes the Traffic Mirror port range.
   *
   * <p>Property type {@code AWS::EC2::TrafficMirrorFilterRule.TrafficMirrorPortRange}.
   */
  public static final class TrafficMirrorPortRange extends Struct<TrafficMirrorPortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::TrafficMirrorFilterRule.TrafficMirrorPortRange")
        .required("FromPort", "ToPort")
        .build();

    public TrafficMirrorPortRange() {
      super(SCHEMA);
    }

    /**
     * The start of the Traffic Mirror port range. This applies to the TCP and UDP protocols.
     *
     * <p>Required. CloudFormation property {@code FromPort}.
     */
    public TrafficMirrorPortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public TrafficMirrorPortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The end of the Traffic Mirror port range. This applies to the TCP and UDP protocols.
     *
     * <p>Required. CloudFormation property {@code ToPort}.
     */
    public TrafficMirrorPortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public TrafficMirrorPortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }
}
