// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.autoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AutoScaling::ScheduledAction</code> resource specifies an Amazon EC2 Auto Scaling
 * scheduled action so that the Auto Scaling group can change the number of instances available for
 * your application in response to predictable load changes.
 *
 * <p>When you update a stack with an Auto Scaling group and scheduled action, CloudFormation always
 * sets the min size, max size, and desired capacity properties of your group to the values that are
 * defined in the <code>AWS::AutoScaling::AutoScalingGroup</code> section of your template. However,
 * you might not want CloudFormation to do that when you have a scheduled action in effect. You can
 * use an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html">UpdatePolicy
 * attribute</a> to prevent CloudFormation from changing the min size, max size, or desired capacity
 * property values during a stack update unless you modified the individual values in your template.
 * If you have rolling updates enabled, before you can update the Auto Scaling group, you must
 * suspend scheduled actions by specifying an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html">UpdatePolicy
 * attribute</a> for the Auto Scaling group. You can find a sample update policy for rolling updates
 * in <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-ec2-auto-scaling.html">Configure
 * Amazon EC2 Auto Scaling resources</a> .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/schedule_time.html">Scheduled
 * scaling</a> and <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-suspend-resume-processes.html">Suspending
 * and resuming scaling processes</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AutoScaling::ScheduledAction}.
 */
public final class ScheduledAction extends Resource<ScheduledAction> {
  private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::ScheduledAction")
      .required("AutoScalingGroupName")
      .constrain("AutoScalingGroupName", Constraint.of().minLength(1).maxLength(255))
      .references("AutoScalingGroupName", "AWS::AutoScaling::AutoScalingGroup.Ref")
      .constrain("Recurrence", Constraint.of().minLength(1).maxLength(255))
      .constrain("TimeZone", Constraint.of().minLength(1).maxLength(255))
      .attributes("ScheduledActionName")
      .build();

  public ScheduledAction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Auto Scaling group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code AutoScalingGroupName}.
   */
  public ScheduledAction autoScalingGroupName(String value) {
    return set("AutoScalingGroupName", Value.of(value));
  }

  /** Sets {@code AutoScalingGroupName} to this value; see {@link #autoScalingGroupName(String)}. */
  public ScheduledAction autoScalingGroupName(Value<String> value) {
    return set("AutoScalingGroupName", value);
  }

  /**
   * Sets {@code AutoScalingGroupName} to the Ref of {@code AWS::AutoScaling::AutoScalingGroup}; see
   * {@link #autoScalingGroupName(String)}.
   */
  public ScheduledAction autoScalingGroupName(AutoScalingGroup resource) {
    return set("AutoScalingGroupName", resource.ref());
  }

  /**
   * The desired capacity is the initial capacity of the Auto Scaling group after the scheduled
   * action runs and the capacity it attempts to maintain. It can scale beyond this capacity if you
   * add more scaling conditions.
   *
   * <p>You must specify at least one of the following properties: <code>MaxSize</code> ,
   * <code>MinSize</code> , or <code>DesiredCapacity</code> .
   *
   * <p>CloudFormation property {@code DesiredCapacity}.
   */
  public ScheduledAction desiredCapacity(int value) {
    return set("DesiredCapacity", Value.of(value));
  }

  /** Sets {@code DesiredCapacity} to this value; see {@link #desiredCapacity(int)}. */
  public ScheduledAction desiredCapacity(Value<Integer> value) {
    return set("DesiredCapacity", value);
  }

  /**
   * The date and time for the recurring schedule to end, in UTC. For example,
   * <code>"2021-06-01T00:00:00Z"</code> .
   *
   * <p>CloudFormation property {@code EndTime}.
   */
  public ScheduledAction endTime(String value) {
    return set("EndTime", Value.of(value));
  }

  /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
  public ScheduledAction endTime(Value<String> value) {
    return set("EndTime", value);
  }

  /**
   * The maximum size of the Auto Scaling group.
   *
   * <p>CloudFormation property {@code MaxSize}.
   */
  public ScheduledAction maxSize(int value) {
    return set("MaxSize", Value.of(value));
  }

  /** Sets {@code MaxSize} to this value; see {@link #maxSize(int)}. */
  public ScheduledAction maxSize(Value<Integer> value) {
    return set("MaxSize", value);
  }

  /**
   * The minimum size of the Auto Scaling group.
   *
   * <p>CloudFormation property {@code MinSize}.
   */
  public ScheduledAction minSize(int value) {
    return set("MinSize", Value.of(value));
  }

  /** Sets {@code MinSize} to this value; see {@link #minSize(int)}. */
  public ScheduledAction minSize(Value<Integer> value) {
    return set("MinSize", value);
  }

  /**
   * The recurring schedule for this action. This format consists of five fields separated by white
   * spaces: [Minute] [Hour] [Day_of_Month] [Month_of_Year] [Day_of_Week]. The value must be in
   * quotes (for example, <code>"30 0 1 1,6,12 *"</code> ). For more information about this format,
   * see <a href="https://docs.aws.amazon.com/http://crontab.org">Crontab</a> .
   *
   * <p>When <code>StartTime</code> and <code>EndTime</code> are specified with
   * <code>Recurrence</code> , they form the boundaries of when the recurring action starts and
   * stops.
   *
   * <p>Cron expressions use Universal Coordinated Time (UTC) by default.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Recurrence}.
   */
  public ScheduledAction recurrence(String value) {
    return set("Recurrence", Value.of(value));
  }

  /** Sets {@code Recurrence} to this value; see {@link #recurrence(String)}. */
  public ScheduledAction recurrence(Value<String> value) {
    return set("Recurrence", value);
  }

  /**
   * The date and time for this action to start, in YYYY-MM-DDThh:mm:ssZ format in UTC/GMT only and
   * in quotes (for example, <code>"2021-06-01T00:00:00Z"</code> ).
   *
   * <p>If you specify <code>Recurrence</code> and <code>StartTime</code> , Amazon EC2 Auto Scaling
   * performs the action at this time, and then performs the action based on the specified
   * recurrence.
   *
   * <p>CloudFormation property {@code StartTime}.
   */
  public ScheduledAction startTime(String value) {
    return set("StartTime", Value.of(value));
  }

  /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
  public ScheduledAction startTime(Value<String> value) {
    return set("StartTime", value);
  }

  /**
   * Specifies the time zone for a cron expression. If a time zone is not provided, UTC is used by
   * default.
   *
   * <p>Valid values are the canonical names of the IANA time zones, derived from the IANA Time Zone
   * Database (such as <code>Etc/GMT+9</code> or <code>Pacific/Tahiti</code> ). For more
   * information, see <a
   * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/List_of_tz_database_time_zones">https://en.wikipedia.org/wiki/List_of_tz_database_time_zones</a>
   * .
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code TimeZone}.
   */
  public ScheduledAction timeZone(String value) {
    return set("TimeZone", Value.of(value));
  }

  /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
  public ScheduledAction timeZone(Value<String> value) {
    return set("TimeZone", value);
  }

  /**
   * Returns the name of a scheduled action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScheduledActionName}.
   */
  public Value<String> scheduledActionName() {
    return getAtt("ScheduledActionName");
  }
}
