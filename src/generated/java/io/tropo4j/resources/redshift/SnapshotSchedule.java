// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a snapshot schedule that lets you set up automatic snapshots of your Amazon Redshift
 * cluster at regular intervals.
 *
 * <p>CloudFormation type {@code AWS::Redshift::SnapshotSchedule}.
 */
public final class SnapshotSchedule extends Resource<SnapshotSchedule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::SnapshotSchedule")
      .required("ScheduleDefinitions", "ScheduleIdentifier")
      .constrain("ScheduleDefinitions", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ScheduleDescription", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ScheduleIdentifier", Constraint.of().minLength(0).maxLength(2147483647))
      .refYields("Arn")
      .attributes("Arn", "AssociatedClusterCount")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SnapshotSchedule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The definition of the snapshot schedule. The definition is made up of schedule expressions, for
   * example "cron(30 12 *)" or "rate(12 hours)".
   *
   * <p>Required. Length: 0 to 2147483647 characters. CloudFormation property {@code
   * ScheduleDefinitions}.
   */
  public SnapshotSchedule scheduleDefinitions(List<String> value) {
    return set("ScheduleDefinitions", Value.listOf(value));
  }

  /** Sets {@code ScheduleDefinitions} to this value; see {@link #scheduleDefinitions(List)}. */
  public SnapshotSchedule scheduleDefinitions(Value<List<String>> value) {
    return set("ScheduleDefinitions", value);
  }

  /**
   * The description of the snapshot schedule.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2147483647 characters. CloudFormation
   * property {@code ScheduleDescription}.
   */
  public SnapshotSchedule scheduleDescription(String value) {
    return set("ScheduleDescription", Value.of(value));
  }

  /** Sets {@code ScheduleDescription} to this value; see {@link #scheduleDescription(String)}. */
  public SnapshotSchedule scheduleDescription(Value<String> value) {
    return set("ScheduleDescription", value);
  }

  /**
   * A unique identifier for the snapshot schedule. Only alphanumeric characters are allowed.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code ScheduleIdentifier}.
   */
  public SnapshotSchedule scheduleIdentifier(String value) {
    return set("ScheduleIdentifier", Value.of(value));
  }

  /** Sets {@code ScheduleIdentifier} to this value; see {@link #scheduleIdentifier(String)}. */
  public SnapshotSchedule scheduleIdentifier(Value<String> value) {
    return set("ScheduleIdentifier", value);
  }

  /**
   * An optional set of tags for the snapshot schedule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SnapshotSchedule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SnapshotSchedule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SnapshotSchedule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the snapshot schedule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The number of clusters associated with the schedule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedClusterCount}.
   */
  public Value<Integer> associatedClusterCount() {
    return getAtt("AssociatedClusterCount");
  }
}
