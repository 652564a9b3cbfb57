// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an <a
 * href="https://docs.aws.amazon.com/notifications/latest/userguide/glossary.html"><code>EventRule</code></a>
 * that is associated with a specified <code>NotificationConfiguration</code> .
 *
 * <p>CloudFormation type {@code AWS::Notifications::EventRule}.
 */
public final class EventRule extends Resource<EventRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Notifications::EventRule")
      .required("EventType", "NotificationConfigurationArn", "Regions", "Source")
      .constrain("EventPattern", Constraint.of().minLength(0).maxLength(4096))
      .constrain("EventType", Constraint.of().pattern("^([a-zA-Z0-9 \\-\\(\\)])+$").minLength(1).maxLength(128))
      .constrain("NotificationConfigurationArn", Constraint.of().pattern("^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$"))
      .constrain("Regions", Constraint.of().pattern("^([a-z]{1,4})-([a-z]{1,15}-)+([0-9])$").minLength(2).maxLength(25))
      .constrain("Source", Constraint.of().pattern("^aws.([a-z0-9\\-])+$").minLength(1).maxLength(36))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "ManagedRules", "StatusSummaryByRegion")
      .build();

  public EventRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An additional event pattern used to further filter the events this <code>EventRule</code>
   * receives.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html">Amazon
   * EventBridge event patterns</a> in the <em>Amazon EventBridge User Guide.</em>
   *
   * <p>Length: 0 to 4096 characters. CloudFormation property {@code EventPattern}.
   */
  public EventRule eventPattern(String value) {
    return set("EventPattern", Value.of(value));
  }

  /** Sets {@code EventPattern} to this value; see {@link #eventPattern(String)}. */
  public EventRule eventPattern(Value<String> value) {
    return set("EventPattern", value);
  }

  /**
   * The event type this rule should match with the EventBridge events. It must match with atleast
   * one of the valid EventBridge event types. For example, Amazon EC2 Instance State change
   * Notification and Amazon CloudWatch State Change. For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-delivery-level">Event
   * delivery from AWS services</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^([a-zA-Z0-9 &#92;-&#92;(&#92;)])+$}. CloudFormation property {@code EventType}.
   */
  public EventRule eventType(String value) {
    return set("EventType", Value.of(value));
  }

  /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
  public EventRule eventType(Value<String> value) {
    return set("EventType", value);
  }

  /**
   * The ARN for the <code>NotificationConfiguration</code> associated with this
   * <code>EventRule</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$}. CloudFormation
   * property {@code NotificationConfigurationArn}.
   */
  public EventRule notificationConfigurationArn(String value) {
    return set("NotificationConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code NotificationConfigurationArn} to this value; see {@link
   * #notificationConfigurationArn(String)}.
   */
  public EventRule notificationConfigurationArn(Value<String> value) {
    return set("NotificationConfigurationArn", value);
  }

  /**
   * A list of AWS Regions that send events to this <code>EventRule</code> .
   *
   * <p>Required. Length: 2 to 25 characters. Pattern: {@code
   * ^([a-z]{1,4})-([a-z]{1,15}-)+([0-9])$}. CloudFormation property {@code Regions}.
   */
  public EventRule regions(List<String> value) {
    return set("Regions", Value.listOf(value));
  }

  /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
  public EventRule regions(Value<List<String>> value) {
    return set("Regions", value);
  }

  /**
   * The event source this rule should match with the EventBridge event sources. It must match with
   * atleast one of the valid EventBridge event sources. Only AWS service sourced events are
   * supported. For example, <code>aws.ec2</code> and <code>aws.cloudwatch</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-delivery-level">Event
   * delivery from AWS services</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * ^aws.([a-z0-9&#92;-])+$}. CloudFormation property {@code Source}.
   */
  public EventRule source(String value) {
    return set("Source", Value.of(value));
  }

  /** Sets {@code Source} to this value; see {@link #source(String)}. */
  public EventRule source(Value<String> value) {
    return set("Source", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>EventRule</code> . CloudFormation stack generates
   * this ARN and then uses this ARN associated with the <code>NotificationConfiguration</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The creation time of the <code>EventRule</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A list of Amazon EventBridge Managed Rule ARNs associated with this <code>EventRule</code> .
   *
   * <p>These are created by AWS User Notifications within your account so your
   * <code>EventRules</code> can function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedRules}.
   */
  public Value<List<String>> managedRules() {
    return getAtt("ManagedRules");
  }

  /** {@code Fn::GetAtt} attribute {@code StatusSummaryByRegion}. */
  public Value<Map<String, EventRuleStatusSummary>> statusSummaryByRegion() {
    return getAtt("StatusSummaryByRegion");
  }

  /**
   * Provides additional information about the current <code>EventRule</code> status.
   *
   * <p>Property type {@code AWS::Notifications::EventRule.EventRuleStatusSummary}.
   */
  public static final class EventRuleStatusSummary extends Struct<EventRuleStatusSummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::Notifications::EventRule.EventRuleStatusSummary")
        .required("Reason", "Status")
        .allowed("Status", "ACTIVE", "INACTIVE", "CREATING", "UPDATING", "DELETING")
        .build();

    public EventRuleStatusSummary() {
      super(SCHEMA);
    }

    /**
     * A human-readable reason for <code>EventRuleStatus</code> .
     *
     * <p>Required. CloudFormation property {@code Reason}.
     */
    public EventRuleStatusSummary reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public EventRuleStatusSummary reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * The status of the <code>EventRule</code> .
     *
     * <ul> <li>Values: </ul>
     *
     * <ul> <li><code>ACTIVE</code> </ul>
     *
     * <ul> <li>The <code>EventRule</code> can process events. <li><code>INACTIVE</code> </ul>
     *
     * <ul> <li>The <code>EventRule</code> may be unable to process events.
     * <li><code>CREATING</code> </ul>
     *
     * <ul> <li>The <code>EventRule</code> is being created. </ul>
     *
     * <p>Only <code>GET</code> and <code>LIST</code> calls can be run.
     *
     * <ul> <li><code>UPDATING</code> </ul>
     *
     * <ul> <li>The <code>EventRule</code> is being updated. </ul>
     *
     * <p>Only <code>GET</code> and <code>LIST</code> calls can be run.
     *
     * <ul> <li><code>DELETING</code> </ul>
     *
     * <ul> <li>The <code>EventRule</code> is being deleted. </ul>
     *
     * <p>Only <code>GET</code> and <code>LIST</code> calls can be run.
     *
     * <p>Required. Allowed values: {@code ACTIVE}, {@code INACTIVE}, {@code CREATING}, {@code
     * UPDATING}, {@code DELETING}. CloudFormation property {@code Status}.
     */
    public EventRuleStatusSummary status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public EventRuleStatusSummary status(Value<String> value) {
      return set("Status", value);
    }
  }
}
