// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.omics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates a run group to limit the compute resources for the runs that are added to the group.
 * Returns an ARN, ID, and tags for the run group.
 *
 * <p>CloudFormation type {@code AWS::Omics::RunGroup}.
 */
public final class RunGroup extends Resource<RunGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::RunGroup")
      .constrain("MaxCpus", Constraint.of().minimum(1).maximum(100000))
      .constrain("MaxDuration", Constraint.of().minimum(1).maximum(100000))
      .constrain("MaxGpus", Constraint.of().minimum(1).maximum(100000))
      .constrain("MaxRuns", Constraint.of().minimum(1).maximum(100000))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(128))
      .refYields("Id")
      .attributes("Arn", "CreationTime", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public RunGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The group's maximum CPU count setting.
   *
   * <p>Range: 1 to 100000. CloudFormation property {@code MaxCpus}.
   */
  public RunGroup maxCpus(double value) {
    return set("MaxCpus", Value.of(value));
  }

  /** Sets {@code MaxCpus} to this value; see {@link #maxCpus(double)}. */
  public RunGroup maxCpus(Value<Double> value) {
    return set("MaxCpus", value);
  }

  /**
   * The group's maximum duration setting in minutes.
   *
   * <p>Range: 1 to 100000. CloudFormation property {@code MaxDuration}.
   */
  public RunGroup maxDuration(double value) {
    return set("MaxDuration", Value.of(value));
  }

  /** Sets {@code MaxDuration} to this value; see {@link #maxDuration(double)}. */
  public RunGroup maxDuration(Value<Double> value) {
    return set("MaxDuration", value);
  }

  /**
   * The maximum GPUs that can be used by a run group.
   *
   * <p>Range: 1 to 100000. CloudFormation property {@code MaxGpus}.
   */
  public RunGroup maxGpus(double value) {
    return set("MaxGpus", Value.of(value));
  }

  /** Sets {@code MaxGpus} to this value; see {@link #maxGpus(double)}. */
  public RunGroup maxGpus(Value<Double> value) {
    return set("MaxGpus", value);
  }

  /**
   * The group's maximum concurrent run setting.
   *
   * <p>Range: 1 to 100000. CloudFormation property {@code MaxRuns}.
   */
  public RunGroup maxRuns(double value) {
    return set("MaxRuns", Value.of(value));
  }

  /** Sets {@code MaxRuns} to this value; see {@link #maxRuns(double)}. */
  public RunGroup maxRuns(Value<Double> value) {
    return set("MaxRuns", value);
  }

  /**
   * The group's name.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Name}.
   */
  public RunGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RunGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags for the group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RunGroup tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public RunGroup tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public RunGroup tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The run group's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the run group was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The run group's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
