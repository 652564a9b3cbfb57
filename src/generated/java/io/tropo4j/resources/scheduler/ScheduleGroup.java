// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.scheduler;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A <em>schedule group</em> is an Amazon EventBridge Scheduler resource you use to organize your
 * schedules.
 *
 * <p>Your AWS account comes with a <code>default</code> scheduler group. You associate a new
 * schedule with the <code>default</code> group or with schedule groups that you create and manage.
 * You can create up to <a
 * href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/scheduler-quotas.html">500 schedule
 * groups</a> in your AWS account. With EventBridge Scheduler, you apply <a
 * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">tags</a> to schedule
 * groups, not to individual schedules to organize your resources.
 *
 * <p>For more information about managing schedule groups, see <a
 * href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-group.html">Managing
 * a schedule group</a> in the <em>EventBridge Scheduler User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Scheduler::ScheduleGroup}.
 */
public final class ScheduleGroup extends Resource<ScheduleGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::ScheduleGroup")
      .constrain("Name", Constraint.of().pattern("^[0-9a-zA-Z-_.]+$").minLength(1).maxLength(64))
      .refYields("Name")
      .attributes("Arn", "CreationDate", "LastModificationDate", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ScheduleGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the schedule group.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-zA-Z-_.]+$}. CloudFormation property {@code Name}.
   */
  public ScheduleGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ScheduleGroup name(Value<String> value) {
    return set("Name", value);
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
  public ScheduleGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ScheduleGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ScheduleGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the schedule group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time at which the schedule group was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The time at which the schedule group was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationDate}.
   */
  public Value<String> lastModificationDate() {
    return getAtt("LastModificationDate");
  }

  /**
   * Specifies the state of the schedule group.
   *
   * <p><em>Allowed Values</em> : <code>ACTIVE</code> | <code>DELETING</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
