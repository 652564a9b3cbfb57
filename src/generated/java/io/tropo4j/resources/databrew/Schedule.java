// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.databrew;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new schedule for one or more AWS Glue DataBrew jobs. Jobs can be run at a specific
 * date and time, or at regular intervals.
 *
 * <p>CloudFormation type {@code AWS::DataBrew::Schedule}.
 */
public final class Schedule extends Resource<Schedule> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Schedule")
      .required("CronExpression", "Name")
      .constrain("CronExpression", Constraint.of().minLength(1).maxLength(512))
      .constrain("JobNames", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Schedule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The dates and times when the job is to run. For more information, see <a
   * href="https://docs.aws.amazon.com/databrew/latest/dg/jobs.recipe.html#jobs.cron">Working with
   * cron expressions for recipe jobs</a> in the <em>AWS Glue DataBrew Developer Guide</em> .
   *
   * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code CronExpression}.
   */
  public Schedule cronExpression(String value) {
    return set("CronExpression", Value.of(value));
  }

  /** Sets {@code CronExpression} to this value; see {@link #cronExpression(String)}. */
  public Schedule cronExpression(Value<String> value) {
    return set("CronExpression", value);
  }

  /**
   * A list of jobs to be run, according to the schedule.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code JobNames}.
   */
  public Schedule jobNames(List<String> value) {
    return set("JobNames", Value.listOf(value));
  }

  /** Sets {@code JobNames} to this value; see {@link #jobNames(List)}. */
  public Schedule jobNames(Value<List<String>> value) {
    return set("JobNames", value);
  }

  /**
   * The name of the schedule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Schedule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Schedule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Metadata tags that have been applied to the schedule.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Schedule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Schedule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Schedule tags(Tags tags) {
    return set("Tags", tags);
  }
}
