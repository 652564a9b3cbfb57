// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connectcampaigns;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Contains information about an outbound campaign.
 *
 * <p>CloudFormation type {@code AWS::ConnectCampaigns::Campaign}.
 */
public final class Campaign extends Resource<Campaign> {
  private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaigns::Campaign")
      .required("ConnectInstanceArn", "DialerConfig", "Name", "OutboundCallConfig")
      .constrain("ConnectInstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Campaign(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Connect instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code ConnectInstanceArn}.
   */
  public Campaign connectInstanceArn(String value) {
    return set("ConnectInstanceArn", Value.of(value));
  }

  /** Sets {@code ConnectInstanceArn} to this value; see {@link #connectInstanceArn(String)}. */
  public Campaign connectInstanceArn(Value<String> value) {
    return set("ConnectInstanceArn", value);
  }

  /**
   * Contains information about the dialer configuration.
   *
   * <p>Required. CloudFormation property {@code DialerConfig}.
   */
  public Campaign dialerConfig(Value<DialerConfig> value) {
    return set("DialerConfig", value);
  }

  /**
   * The name of the campaign.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public Campaign name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Campaign name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contains information about the outbound call configuration.
   *
   * <p>Required. CloudFormation property {@code OutboundCallConfig}.
   */
  public Campaign outboundCallConfig(Value<OutboundCallConfig> value) {
    return set("OutboundCallConfig", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Campaign tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Campaign tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Campaign tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the high-volume outbound campaign.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains agentless dialer configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaigns::Campaign.AgentlessDialerConfig}.
   */
  public static final class AgentlessDialerConfig extends Struct<AgentlessDialerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaigns::Campaign.AgentlessDialerConfig")
        .constrain("DialingCapacity", Constraint.of().minimum(0.01).maximum(1))
        .build();

    public AgentlessDialerConfig() {
      super(SCHEMA);
    }

    /**
     * The allocation of dialing capacity between multiple active campaigns.
     *
     * <p>Range: 0.01 to 1. CloudFormation property {@code DialingCapacity}.
     */
    public AgentlessDialerConfig dialingCapacity(double value) {
      return set("DialingCapacity", Value.of(value));
    }

    /** Sets {@code DialingCapacity} to this value; see {@link #dialingCapacity(double)}. */
    public AgentlessDialerConfig dialingCapacity(Value<Double> value) {
      return set("DialingCapacity", value);
    }
  }

  /**
   * Contains information about answering machine detection.
   *
   * <p>Property type {@code AWS::ConnectCampaigns::Campaign.AnswerMachineDetectionConfig}.
   */
  public static final class AnswerMachineDetectionConfig extends Struct<AnswerMachineDetectionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaigns::Campaign.AnswerMachineDetectionConfig")
        .required("EnableAnswerMachineDetection")
        .build();

    public AnswerMachineDetectionConfig() {
      super(SCHEMA);
    }

    /**
     * Whether waiting for answer machine prompt is enabled.
     *
     * <p>CloudFormation property {@code AwaitAnswerMachinePrompt}.
     */
    public AnswerMachineDetectionConfig awaitAnswerMachinePrompt(boolean value) {
      return set("AwaitAnswerMachinePrompt", Value.of(value));
    }

    /**
     * Sets {@code AwaitAnswerMachinePrompt} to this value; see {@link
     * #awaitAnswerMachinePrompt(boolean)}.
     */
    public AnswerMachineDetectionConfig awaitAnswerMachinePrompt(Value<Boolean> value) {
      return set("AwaitAnswerMachinePrompt", value);
    }

    /**
     * Whether answering machine detection is enabled.
     *
     * <p>Required. CloudFormation property {@code EnableAnswerMachineDetection}.
     */
    public AnswerMachineDetectionConfig enableAnswerMachineDetection(boolean value) {
      return set("EnableAnswerMachineDetection", Value.of(value));
    }

    /**
     * Sets {@code EnableAnswerMachineDetection} to this value; see {@link
     * #enableAnswerMachineDetection(boolean)}.
     */
    public AnswerMachineDetectionConfig enableAnswerMachineDetection(Value<Boolean> value) {
      return set("EnableAnswerMachineDetection", value);
    }
  }

  /**
   * Contains dialer configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaigns::Campaign.DialerConfig}.
   */
  public static final class DialerConfig extends Struct<DialerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ConnectCampaigns::Campaign.DialerConfig");

    public DialerConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration of the agentless dialer.
     *
     * <p>CloudFormation property {@code AgentlessDialerConfig}.
     */
    public DialerConfig agentlessDialerConfig(Value<AgentlessDialerConfig> value) {
      return set("AgentlessDialerConfig", value);
    }

    /**
     * The configuration of the predictive dialer.
     *
     * <p>CloudFormation property {@code PredictiveDialerConfig}.
     */
    public DialerConfig predictiveDialerConfig(Value<PredictiveDialerConfig> value) {
      return set("PredictiveDialerConfig", value);
    }

    /**
     * The configuration of the progressive dialer.
     *
     * <p>CloudFormation property {@code ProgressiveDialerConfig}.
     */
    public DialerConfig progressiveDialerConfig(Value<ProgressiveDialerConfig> value) {
      return set("ProgressiveDialerConfig", value);
    }
  }

  /**
   * Contains outbound call configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaigns::Campaign.OutboundCallConfig}.
   */
  public static final class OutboundCallConfig extends Struct<OutboundCallConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaigns::Campaign.OutboundCallConfig")
        .required("ConnectContactFlowArn")
        .constrain("ConnectContactFlowArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*$").maxLength(500))
        .constrain("ConnectQueueArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$").maxLength(500))
        .constrain("ConnectSourcePhoneNumber", Constraint.of().maxLength(100))
        .build();

    public OutboundCallConfig() {
      super(SCHEMA);
    }

    /**
     * Whether answering machine detection has been enabled.
     *
     * <p>CloudFormation property {@code AnswerMachineDetectionConfig}.
     */
    public OutboundCallConfig answerMachineDetectionConfig(Value<AnswerMachineDetectionConfig> value) {
      return set("AnswerMachineDetectionConfig", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the flow.
     *
     * <p>Required. Length: at most 500 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code ConnectContactFlowArn}.
     */
    public OutboundCallConfig connectContactFlowArn(String value) {
      return set("ConnectContactFlowArn", Value.of(value));
    }

    /**
     * Sets {@code ConnectContactFlowArn} to this value; see {@link #connectContactFlowArn(String)}.
     */
    public OutboundCallConfig connectContactFlowArn(Value<String> value) {
      return set("ConnectContactFlowArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the queue.
     *
     * <p>Length: at most 500 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;queue/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code ConnectQueueArn}.
     */
    public OutboundCallConfig connectQueueArn(String value) {
      return set("ConnectQueueArn", Value.of(value));
    }

    /** Sets {@code ConnectQueueArn} to this value; see {@link #connectQueueArn(String)}. */
    public OutboundCallConfig connectQueueArn(Value<String> value) {
      return set("ConnectQueueArn", value);
    }

    /**
     * The phone number associated with the outbound call. This is the caller ID that is displayed
     * to customers when an agent calls them.
     *
     * <p>Length: at most 100 characters. CloudFormation property {@code ConnectSourcePhoneNumber}.
     */
    public OutboundCallConfig connectSourcePhoneNumber(String value) {
      return set("ConnectSourcePhoneNumber", Value.of(value));
    }

    /**
     * Sets {@code ConnectSourcePhoneNumber} to this value; see {@link
     * #connectSourcePhoneNumber(String)}.
     */
    public OutboundCallConfig connectSourcePhoneNumber(Value<String> value) {
      return set("ConnectSourcePhoneNumber", value);
    }
  }

  /**
   * Contains predictive dialer configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaigns::Campaign.PredictiveDialerConfig}.
   */
  public static final class PredictiveDialerConfig extends Struct<PredictiveDialerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaigns::Campaign.PredictiveDialerConfig")
        .required("BandwidthAllocation")
        .constrain("BandwidthAllocation", Constraint.of().minimum(0).maximum(1))
        .constrain("DialingCapacity", Constraint.of().minimum(0.01).maximum(1))
        .build();

    public PredictiveDialerConfig() {
      super(SCHEMA);
    }

    /**
     * Bandwidth allocation for the predictive dialer.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code BandwidthAllocation}.
     */
    public PredictiveDialerConfig bandwidthAllocation(double value) {
      return set("BandwidthAllocation", Value.of(value));
    }

    /** Sets {@code BandwidthAllocation} to this value; see {@link #bandwidthAllocation(double)}. */
    public PredictiveDialerConfig bandwidthAllocation(Value<Double> value) {
      return set("BandwidthAllocation", value);
    }

    /**
     * The allocation of dialing capacity between multiple active campaigns.
     *
     * <p>Range: 0.01 to 1. CloudFormation property {@code DialingCapacity}.
     */
    public PredictiveDialerConfig dialingCapacity(double value) {
      return set("DialingCapacity", Value.of(value));
    }

    /** Sets {@code DialingCapacity} to this value; see {@link #dialingCapacity(double)}. */
    public PredictiveDialerConfig dialingCapacity(Value<Double> value) {
      return set("DialingCapacity", value);
    }
  }

  /**
   * Contains progressive dialer configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaigns::Campaign.ProgressiveDialerConfig}.
   */
  public static final class ProgressiveDialerConfig extends Struct<ProgressiveDialerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaigns::Campaign.ProgressiveDialerConfig")
        .required("BandwidthAllocation")
        .constrain("BandwidthAllocation", Constraint.of().minimum(0).maximum(1))
        .constrain("DialingCapacity", Constraint.of().minimum(0.01).maximum(1))
        .build();

    public ProgressiveDialerConfig() {
      super(SCHEMA);
    }

    /**
     * Bandwidth allocation for the progressive dialer.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code BandwidthAllocation}.
     */
    public ProgressiveDialerConfig bandwidthAllocation(double value) {
      return set("BandwidthAllocation", Value.of(value));
    }

    /** Sets {@code BandwidthAllocation} to this value; see {@link #bandwidthAllocation(double)}. */
    public ProgressiveDialerConfig bandwidthAllocation(Value<Double> value) {
      return set("BandwidthAllocation", value);
    }

    /**
     * The allocation of dialing capacity between multiple active campaigns.
     *
     * <p>Range: 0.01 to 1. CloudFormation property {@code DialingCapacity}.
     */
    public ProgressiveDialerConfig dialingCapacity(double value) {
      return set("DialingCapacity", Value.of(value));
    }

    /** Sets {@code DialingCapacity} to this value; see {@link #dialingCapacity(double)}. */
    public ProgressiveDialerConfig dialingCapacity(Value<Double> value) {
      return set("DialingCapacity", value);
    }
  }
}
