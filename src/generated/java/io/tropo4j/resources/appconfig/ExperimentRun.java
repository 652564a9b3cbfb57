// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::AppConfig::ExperimentRun
 *
 * <p>CloudFormation type {@code AWS::AppConfig::ExperimentRun}.
 */
public final class ExperimentRun extends Resource<ExperimentRun> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::ExperimentRun")
      .required("ApplicationIdentifier", "ExperimentDefinitionIdentifier", "ExposurePercentage")
      .constrain("ApplicationIdentifier", Constraint.of().minLength(1).maxLength(2048))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("ExperimentDefinitionIdentifier", Constraint.of().minLength(1).maxLength(2048))
      .constrain("ExposurePercentage", Constraint.of().minimum(0).maximum(100))
      .attributes("ApplicationId", "ExperimentDefinitionId", "Run", "StartedAt", "Status",
          "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ExperimentRun(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application name or ID used to create the experiment run.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code ApplicationIdentifier}.
   */
  public ExperimentRun applicationIdentifier(String value) {
    return set("ApplicationIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ApplicationIdentifier} to this value; see {@link #applicationIdentifier(String)}.
   */
  public ExperimentRun applicationIdentifier(Value<String> value) {
    return set("ApplicationIdentifier", value);
  }

  /**
   * Description of the experiment run.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public ExperimentRun description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ExperimentRun description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The experiment definition name or ID used to create the experiment run.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code ExperimentDefinitionIdentifier}.
   */
  public ExperimentRun experimentDefinitionIdentifier(String value) {
    return set("ExperimentDefinitionIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ExperimentDefinitionIdentifier} to this value; see {@link
   * #experimentDefinitionIdentifier(String)}.
   */
  public ExperimentRun experimentDefinitionIdentifier(Value<String> value) {
    return set("ExperimentDefinitionIdentifier", value);
  }

  /**
   * Percentage of traffic exposed to the experiment (0-100).
   *
   * <p>Required. Range: 0 to 100. CloudFormation property {@code ExposurePercentage}.
   */
  public ExperimentRun exposurePercentage(double value) {
    return set("ExposurePercentage", Value.of(value));
  }

  /** Sets {@code ExposurePercentage} to this value; see {@link #exposurePercentage(double)}. */
  public ExperimentRun exposurePercentage(Value<Double> value) {
    return set("ExposurePercentage", value);
  }

  /**
   * Tags to associate with the experiment run.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ExperimentRun tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ExperimentRun tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ExperimentRun tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Treatment overrides for specific entities.
   *
   * <p>CloudFormation property {@code TreatmentOverrides}.
   */
  public ExperimentRun treatmentOverrides(Value<TreatmentOverrides> value) {
    return set("TreatmentOverrides", value);
  }

  /**
   * The resolved application ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * The resolved experiment definition ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExperimentDefinitionId}.
   */
  public Value<String> experimentDefinitionId() {
    return getAtt("ExperimentDefinitionId");
  }

  /**
   * The run number (auto-assigned by the service).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Run}.
   */
  public Value<String> run() {
    return getAtt("Run");
  }

  /**
   * ISO-8601 timestamp when the run started.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StartedAt}.
   */
  public Value<String> startedAt() {
    return getAtt("StartedAt");
  }

  /**
   * Current status of the run.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * ISO-8601 timestamp when the run was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Treatment overrides for specific entities.
   *
   * <p>Property type {@code AWS::AppConfig::ExperimentRun.TreatmentOverrides}.
   */
  public static final class TreatmentOverrides extends Struct<TreatmentOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::AppConfig::ExperimentRun.TreatmentOverrides");

    public TreatmentOverrides() {
      super(SCHEMA);
    }

    /**
     * Map of entity ID to treatment key (t1, t2, ..., or c for control).
     *
     * <p>CloudFormation property {@code Inline}.
     */
    public TreatmentOverrides inline(Map<String, String> value) {
      return set("Inline", Value.mapOf(value));
    }

    /** Sets {@code Inline} to this value; see {@link #inline(Map)}. */
    public TreatmentOverrides inline(Value<Map<String, String>> value) {
      return set("Inline", value);
    }
  }
}
