// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSM::MaintenanceWindow</code> resource represents general information about a
 * maintenance window for AWS Systems Manager . Maintenance windows let you define a schedule for
 * when to perform potentially disruptive actions on your instances, such as patching an operating
 * system (OS), updating drivers, or installing software. Each maintenance window has a schedule, a
 * duration, a set of registered targets, and a set of registered tasks.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-maintenance.html">Systems
 * Manager Maintenance Windows</a> in the <em>AWS Systems Manager User Guide</em> and <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateMaintenanceWindow.html">CreateMaintenanceWindow</a>
 * in the <em>AWS Systems Manager API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::SSM::MaintenanceWindow}.
 */
public final class MaintenanceWindow extends Resource<MaintenanceWindow> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindow")
      .required("AllowUnassociatedTargets", "Cutoff", "Duration", "Name", "Schedule")
      .constrain("Cutoff", Constraint.of().minimum(0).maximum(23))
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("Duration", Constraint.of().minimum(1).maximum(24))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{3,128}$").minLength(3).maxLength(128))
      .constrain("Schedule", Constraint.of().minLength(1).maxLength(256))
      .constrain("ScheduleOffset", Constraint.of().minimum(1).maximum(6))
      .refYields("WindowId")
      .attributes("WindowId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MaintenanceWindow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Enables a maintenance window task to run on managed instances, even if you have not registered
   * those instances as targets. If enabled, then you must specify the unregistered instances (by
   * instance ID) when you register a task with the maintenance window.
   *
   * <p>Required. CloudFormation property {@code AllowUnassociatedTargets}.
   */
  public MaintenanceWindow allowUnassociatedTargets(boolean value) {
    return set("AllowUnassociatedTargets", Value.of(value));
  }

  /**
   * Sets {@code AllowUnassociatedTargets} to this value; see {@link
   * #allowUnassociatedTargets(boolean)}.
   */
  public MaintenanceWindow allowUnassociatedTargets(Value<Boolean> value) {
    return set("AllowUnassociatedTargets", value);
  }

  /**
   * The number of hours before the end of the maintenance window that AWS Systems Manager stops
   * scheduling new tasks for execution.
   *
   * <p>Required. Range: 0 to 23. CloudFormation property {@code Cutoff}.
   */
  public MaintenanceWindow cutoff(int value) {
    return set("Cutoff", Value.of(value));
  }

  /** Sets {@code Cutoff} to this value; see {@link #cutoff(int)}. */
  public MaintenanceWindow cutoff(Value<Integer> value) {
    return set("Cutoff", value);
  }

  /**
   * A description of the maintenance window.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public MaintenanceWindow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MaintenanceWindow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The duration of the maintenance window in hours.
   *
   * <p>Required. Range: 1 to 24. CloudFormation property {@code Duration}.
   */
  public MaintenanceWindow duration(int value) {
    return set("Duration", Value.of(value));
  }

  /** Sets {@code Duration} to this value; see {@link #duration(int)}. */
  public MaintenanceWindow duration(Value<Integer> value) {
    return set("Duration", value);
  }

  /**
   * The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled to
   * become inactive.
   *
   * <p>CloudFormation property {@code EndDate}.
   */
  public MaintenanceWindow endDate(String value) {
    return set("EndDate", Value.of(value));
  }

  /** Sets {@code EndDate} to this value; see {@link #endDate(String)}. */
  public MaintenanceWindow endDate(Value<String> value) {
    return set("EndDate", value);
  }

  /**
   * The name of the maintenance window.
   *
   * <p>Required. Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{3,128}$}.
   * CloudFormation property {@code Name}.
   */
  public MaintenanceWindow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MaintenanceWindow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The schedule of the maintenance window in the form of a cron or rate expression.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Schedule}.
   */
  public MaintenanceWindow schedule(String value) {
    return set("Schedule", Value.of(value));
  }

  /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
  public MaintenanceWindow schedule(Value<String> value) {
    return set("Schedule", value);
  }

  /**
   * The number of days to wait to run a maintenance window after the scheduled cron expression date
   * and time.
   *
   * <p>Range: 1 to 6. CloudFormation property {@code ScheduleOffset}.
   */
  public MaintenanceWindow scheduleOffset(int value) {
    return set("ScheduleOffset", Value.of(value));
  }

  /** Sets {@code ScheduleOffset} to this value; see {@link #scheduleOffset(int)}. */
  public MaintenanceWindow scheduleOffset(Value<Integer> value) {
    return set("ScheduleOffset", value);
  }

  /**
   * The time zone that the scheduled maintenance window executions are based on, in Internet
   * Assigned Numbers Authority (IANA) format.
   *
   * <p>CloudFormation property {@code ScheduleTimezone}.
   */
  public MaintenanceWindow scheduleTimezone(String value) {
    return set("ScheduleTimezone", Value.of(value));
  }

  /** Sets {@code ScheduleTimezone} to this value; see {@link #scheduleTimezone(String)}. */
  public MaintenanceWindow scheduleTimezone(Value<String> value) {
    return set("ScheduleTimezone", value);
  }

  /**
   * The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled to
   * become active. <code>StartDate</code> allows you to delay activation of the maintenance window
   * until the specified future date.
   *
   * <p>CloudFormation property {@code StartDate}.
   */
  public MaintenanceWindow startDate(String value) {
    return set("StartDate", Value.of(value));
  }

  /** Sets {@code StartDate} to this value; see {@link #startDate(String)}. */
  public MaintenanceWindow startDate(Value<String> value) {
    return set("StartDate", value);
  }

  /**
   * Optional metadata that you assign to a resource in the form of an arbitrary set of tags
   * (key-value pairs). Tags enable you to categorize a resource in different ways, such as by
   * purpose, owner, or environment. For example, you might want to tag a maintenance window to
   * identify the type of tasks it will run, the types of targets, and the environment it will run
   * in.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MaintenanceWindow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MaintenanceWindow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MaintenanceWindow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the maintenance window.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WindowId}.
   */
  public Value<String> windowId() {
    return getAtt("WindowId");
  }
}
