// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new routing profile.
 *
 * <p>CloudFormation type {@code AWS::Connect::RoutingProfile}.
 */
public final class RoutingProfile extends Resource<RoutingProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::RoutingProfile")
      .required("DefaultOutboundQueueArn", "Description", "InstanceArn", "MediaConcurrencies",
          "Name")
      .allowed("AgentAvailabilityTimer", "TIME_SINCE_LAST_ACTIVITY", "TIME_SINCE_LAST_INBOUND")
      .constrain("DefaultOutboundQueueArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$"))
      .constrain("Description", Constraint.of().minLength(1).maxLength(250))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .refYields("RoutingProfileArn")
      .attributes("RoutingProfileArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RoutingProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether agents with this routing profile will have their routing order calculated based on
   * <em>time since their last inbound contact</em> or <em>longest idle time</em> .
   *
   * <p>Allowed values: {@code TIME_SINCE_LAST_ACTIVITY}, {@code TIME_SINCE_LAST_INBOUND}.
   * CloudFormation property {@code AgentAvailabilityTimer}.
   */
  public RoutingProfile agentAvailabilityTimer(String value) {
    return set("AgentAvailabilityTimer", Value.of(value));
  }

  /**
   * Sets {@code AgentAvailabilityTimer} to this value; see {@link #agentAvailabilityTimer(String)}.
   */
  public RoutingProfile agentAvailabilityTimer(Value<String> value) {
    return set("AgentAvailabilityTimer", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the default outbound queue for the routing profile.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;queue/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code DefaultOutboundQueueArn}.
   */
  public RoutingProfile defaultOutboundQueueArn(String value) {
    return set("DefaultOutboundQueueArn", Value.of(value));
  }

  /**
   * Sets {@code DefaultOutboundQueueArn} to this value; see {@link
   * #defaultOutboundQueueArn(String)}.
   */
  public RoutingProfile defaultOutboundQueueArn(Value<String> value) {
    return set("DefaultOutboundQueueArn", value);
  }

  /**
   * The description of the routing profile.
   *
   * <p>Required. Length: 1 to 250 characters. CloudFormation property {@code Description}.
   */
  public RoutingProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RoutingProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the Connect Customer instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public RoutingProfile instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public RoutingProfile instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public RoutingProfile instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * Contains information about the queue and channel for manual assignment behaviour can be
   * enabled.
   *
   * <p>CloudFormation property {@code ManualAssignmentQueueConfigs}.
   */
  public RoutingProfile manualAssignmentQueueConfigs(List<RoutingProfileManualAssignmentQueueConfig> value) {
    return set("ManualAssignmentQueueConfigs", Value.listOf(value));
  }

  /**
   * Sets {@code ManualAssignmentQueueConfigs} to this value; see {@link
   * #manualAssignmentQueueConfigs(List)}.
   */
  public RoutingProfile manualAssignmentQueueConfigs(Value<List<RoutingProfileManualAssignmentQueueConfig>> value) {
    return set("ManualAssignmentQueueConfigs", value);
  }

  /**
   * Sets {@code ManualAssignmentQueueConfigs} to a list of these; see {@link
   * #manualAssignmentQueueConfigs(List)}.
   */
  public RoutingProfile manualAssignmentQueueConfigs(RoutingProfileManualAssignmentQueueConfig... values) {
    return set("ManualAssignmentQueueConfigs", Value.list(values));
  }

  /**
   * The channels agents can handle in the Contact Control Panel (CCP) for this routing profile.
   *
   * <p>Required. CloudFormation property {@code MediaConcurrencies}.
   */
  public RoutingProfile mediaConcurrencies(List<MediaConcurrency> value) {
    return set("MediaConcurrencies", Value.listOf(value));
  }

  /** Sets {@code MediaConcurrencies} to this value; see {@link #mediaConcurrencies(List)}. */
  public RoutingProfile mediaConcurrencies(Value<List<MediaConcurrency>> value) {
    return set("MediaConcurrencies", value);
  }

  /** Sets {@code MediaConcurrencies} to a list of these; see {@link #mediaConcurrencies(List)}. */
  public RoutingProfile mediaConcurrencies(MediaConcurrency... values) {
    return set("MediaConcurrencies", Value.list(values));
  }

  /**
   * The name of the routing profile.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public RoutingProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RoutingProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The inbound queues associated with the routing profile. If no queue is added, the agent can
   * make only outbound calls.
   *
   * <p>CloudFormation property {@code QueueConfigs}.
   */
  public RoutingProfile queueConfigs(List<RoutingProfileQueueConfig> value) {
    return set("QueueConfigs", Value.listOf(value));
  }

  /** Sets {@code QueueConfigs} to this value; see {@link #queueConfigs(List)}. */
  public RoutingProfile queueConfigs(Value<List<RoutingProfileQueueConfig>> value) {
    return set("QueueConfigs", value);
  }

  /** Sets {@code QueueConfigs} to a list of these; see {@link #queueConfigs(List)}. */
  public RoutingProfile queueConfigs(RoutingProfileQueueConfig... values) {
    return set("QueueConfigs", Value.list(values));
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "Tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RoutingProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RoutingProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RoutingProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the routing profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutingProfileArn}.
   */
  public Value<String> routingProfileArn() {
    return getAtt("RoutingProfileArn");
  }

  /**
   * Defines the cross-channel routing behavior that allows an agent working on a contact in one
   * channel to be offered a contact from a different channel.
   *
   * <p>Property type {@code AWS::Connect::RoutingProfile.CrossChannelBehavior}.
   */
  public static final class CrossChannelBehavior extends Struct<CrossChannelBehavior> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::RoutingProfile.CrossChannelBehavior")
        .required("BehaviorType")
        .allowed("BehaviorType", "ROUTE_CURRENT_CHANNEL_ONLY", "ROUTE_ANY_CHANNEL")
        .build();

    public CrossChannelBehavior() {
      super(SCHEMA);
    }

    /**
     * Specifies the other channels that can be routed to an agent handling their current channel.
     *
     * <p>Required. Allowed values: {@code ROUTE_CURRENT_CHANNEL_ONLY}, {@code ROUTE_ANY_CHANNEL}.
     * CloudFormation property {@code BehaviorType}.
     */
    public CrossChannelBehavior behaviorType(String value) {
      return set("BehaviorType", Value.of(value));
    }

    /** Sets {@code BehaviorType} to this value; see {@link #behaviorType(String)}. */
    public CrossChannelBehavior behaviorType(Value<String> value) {
      return set("BehaviorType", value);
    }
  }

  /**
   * Contains information about which channels are supported, and how many contacts an agent can
   * have on a channel simultaneously.
   *
   * <p>Property type {@code AWS::Connect::RoutingProfile.MediaConcurrency}.
   */
  public static final class MediaConcurrency extends Struct<MediaConcurrency> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::RoutingProfile.MediaConcurrency")
        .required("Channel", "Concurrency")
        .allowed("Channel", "VOICE", "CHAT", "TASK", "EMAIL")
        .constrain("Concurrency", Constraint.of().minimum(1).maximum(10))
        .build();

    public MediaConcurrency() {
      super(SCHEMA);
    }

    /**
     * The channels that agents can handle in the Contact Control Panel (CCP).
     *
     * <p>Required. Allowed values: {@code VOICE}, {@code CHAT}, {@code TASK}, {@code EMAIL}.
     * CloudFormation property {@code Channel}.
     */
    public MediaConcurrency channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public MediaConcurrency channel(Value<String> value) {
      return set("Channel", value);
    }

    /**
     * The number of contacts an agent can have on a channel simultaneously.
     *
     * <p>Valid Range for <code>VOICE</code> : Minimum value of 1. Maximum value of 1.
     *
     * <p>Valid Range for <code>CHAT</code> : Minimum value of 1. Maximum value of 10.
     *
     * <p>Valid Range for <code>TASK</code> : Minimum value of 1. Maximum value of 10.
     *
     * <p>Required. Range: 1 to 10. CloudFormation property {@code Concurrency}.
     */
    public MediaConcurrency concurrency(int value) {
      return set("Concurrency", Value.of(value));
    }

    /** Sets {@code Concurrency} to this value; see {@link #concurrency(int)}. */
    public MediaConcurrency concurrency(Value<Integer> value) {
      return set("Concurrency", value);
    }

    /**
     * Defines the cross-channel routing behavior for each channel that is enabled for this Routing
     * Profile. For example, this allows you to offer an agent a different contact from another
     * channel when they are currently working with a contact from a Voice channel.
     *
     * <p>CloudFormation property {@code CrossChannelBehavior}.
     */
    public MediaConcurrency crossChannelBehavior(Value<CrossChannelBehavior> value) {
      return set("CrossChannelBehavior", value);
    }
  }

  /**
   * Contains information about the queue and channel for manual assignment behaviour can be
   * enabled.
   *
   * <p>Property type {@code
   * AWS::Connect::RoutingProfile.RoutingProfileManualAssignmentQueueConfig}.
   */
  public static final class RoutingProfileManualAssignmentQueueConfig extends Struct<RoutingProfileManualAssignmentQueueConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::RoutingProfile.RoutingProfileManualAssignmentQueueConfig")
        .required("QueueReference")
        .build();

    public RoutingProfileManualAssignmentQueueConfig() {
      super(SCHEMA);
    }

    /**
     * Contains information about a queue resource.
     *
     * <p>Required. CloudFormation property {@code QueueReference}.
     */
    public RoutingProfileManualAssignmentQueueConfig queueReference(Value<RoutingProfileQueueReference> value) {
      return set("QueueReference", value);
    }
  }

  /**
   * Contains information about the queue and channel for which priority and delay can be set.
   *
   * <p>Property type {@code AWS::Connect::RoutingProfile.RoutingProfileQueueConfig}.
   */
  public static final class RoutingProfileQueueConfig extends Struct<RoutingProfileQueueConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::RoutingProfile.RoutingProfileQueueConfig")
        .required("Delay", "Priority", "QueueReference")
        .constrain("Delay", Constraint.of().minimum(0).maximum(9999))
        .constrain("Priority", Constraint.of().minimum(1).maximum(99))
        .build();

    public RoutingProfileQueueConfig() {
      super(SCHEMA);
    }

    /**
     * The delay, in seconds, a contact should be in the queue before they are routed to an
     * available agent. For more information, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html">Queues:
     * priority and delay</a> in the <em>Amazon Connect Administrator Guide</em> .
     *
     * <p>Required. Range: 0 to 9999. CloudFormation property {@code Delay}.
     */
    public RoutingProfileQueueConfig delay(int value) {
      return set("Delay", Value.of(value));
    }

    /** Sets {@code Delay} to this value; see {@link #delay(int)}. */
    public RoutingProfileQueueConfig delay(Value<Integer> value) {
      return set("Delay", value);
    }

    /**
     * The order in which contacts are to be handled for the queue. For more information, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html">Queues:
     * priority and delay</a> .
     *
     * <p>Required. Range: 1 to 99. CloudFormation property {@code Priority}.
     */
    public RoutingProfileQueueConfig priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public RoutingProfileQueueConfig priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * Contains information about a queue resource.
     *
     * <p>Required. CloudFormation property {@code QueueReference}.
     */
    public RoutingProfileQueueConfig queueReference(Value<RoutingProfileQueueReference> value) {
      return set("QueueReference", value);
    }
  }

  /**
   * Contains the channel and queue identifier for a routing profile.
   *
   * <p>Property type {@code AWS::Connect::RoutingProfile.RoutingProfileQueueReference}.
   */
  public static final class RoutingProfileQueueReference extends Struct<RoutingProfileQueueReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::RoutingProfile.RoutingProfileQueueReference")
        .required("Channel", "QueueArn")
        .allowed("Channel", "VOICE", "CHAT", "TASK", "EMAIL")
        .constrain("QueueArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$"))
        .build();

    public RoutingProfileQueueReference() {
      super(SCHEMA);
    }

    /**
     * The channels agents can handle in the Contact Control Panel (CCP) for this routing profile.
     *
     * <p>Required. Allowed values: {@code VOICE}, {@code CHAT}, {@code TASK}, {@code EMAIL}.
     * CloudFormation property {@code Channel}.
     */
    public RoutingProfileQueueReference channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public RoutingProfileQueueReference channel(Value<String> value) {
      return set("Channel", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the queue.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;queue/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code QueueArn}.
     */
    public RoutingProfileQueueReference queueArn(String value) {
      return set("QueueArn", Value.of(value));
    }

    /** Sets {@code QueueArn} to this value; see {@link #queueArn(String)}. */
    public RoutingProfileQueueReference queueArn(Value<String> value) {
      return set("QueueArn", value);
    }
  }
}
