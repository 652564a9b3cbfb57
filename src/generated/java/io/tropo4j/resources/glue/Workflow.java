// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Glue::Workflow</code> is an AWS Glue resource type that manages AWS Glue
 * workflows. A workflow is a container for a set of related jobs, crawlers, and triggers in AWS
 * Glue . Using a workflow, you can design a complex multi-job extract, transform, and load (ETL)
 * activity that AWS Glue can execute and track as single entity.
 *
 * <p>CloudFormation type {@code AWS::Glue::Workflow}.
 */
public final class Workflow extends Resource<Workflow> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Workflow")
      .constrain("DefaultRunProperties", Constraint.of().format("json"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(120000))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Workflow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A collection of properties to be used as part of each execution of the workflow
   *
   * <p>Format: {@code json}. CloudFormation property {@code DefaultRunProperties}.
   */
  public Workflow defaultRunProperties(Value<Json> value) {
    return set("DefaultRunProperties", value);
  }

  /**
   * A description of the workflow
   *
   * <p>Length: 0 to 120000 characters. CloudFormation property {@code Description}.
   */
  public Workflow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workflow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * You can use this parameter to prevent unwanted multiple updates to data, to control costs, or
   * in some cases, to prevent exceeding the maximum number of concurrent runs of any of the
   * component jobs. If you leave this parameter blank, there is no limit to the number of
   * concurrent workflow runs.
   *
   * <p>CloudFormation property {@code MaxConcurrentRuns}.
   */
  public Workflow maxConcurrentRuns(int value) {
    return set("MaxConcurrentRuns", Value.of(value));
  }

  /** Sets {@code MaxConcurrentRuns} to this value; see {@link #maxConcurrentRuns(int)}. */
  public Workflow maxConcurrentRuns(Value<Integer> value) {
    return set("MaxConcurrentRuns", value);
  }

  /**
   * The name of the workflow representing the flow
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public Workflow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Workflow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to use with this workflow.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Workflow tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Workflow tags(Tags tags) {
    return set("Tags", tags.asMap());
  }
}
