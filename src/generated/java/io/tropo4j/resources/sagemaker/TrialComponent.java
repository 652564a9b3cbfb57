// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource type definition for AWS::SageMaker::TrialComponent. A trial component is a stage of a
 * machine learning trial, such as a preprocessing job, training job, or batch transform job.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::TrialComponent}.
 */
public final class TrialComponent extends Resource<TrialComponent> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::TrialComponent")
      .required("TrialComponentName")
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .constrain("TrialComponentName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .refYields("TrialComponentArn")
      .attributes("CreationTime", "LastModifiedTime", "LineageGroupArn", "TrialComponentArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrialComponent(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the component as displayed. If DisplayName isn't specified, TrialComponentName is
   * displayed.
   *
   * <p>Length: 1 to 120 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$}.
   * CloudFormation property {@code DisplayName}.
   */
  public TrialComponent displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public TrialComponent displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The input artifacts for the component.
   *
   * <p>CloudFormation property {@code InputArtifacts}.
   */
  public TrialComponent inputArtifacts(Map<String, TrialComponentArtifact> value) {
    return set("InputArtifacts", Value.mapOf(value));
  }

  /** Sets {@code InputArtifacts} to this value; see {@link #inputArtifacts(Map)}. */
  public TrialComponent inputArtifacts(Value<Map<String, TrialComponentArtifact>> value) {
    return set("InputArtifacts", value);
  }

  /**
   * Metadata properties of the tracking entity, trial, or trial component.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MetadataProperties}.
   */
  public TrialComponent metadataProperties(Value<MetadataProperties> value) {
    return set("MetadataProperties", value);
  }

  /**
   * The output artifacts for the component.
   *
   * <p>CloudFormation property {@code OutputArtifacts}.
   */
  public TrialComponent outputArtifacts(Map<String, TrialComponentArtifact> value) {
    return set("OutputArtifacts", Value.mapOf(value));
  }

  /** Sets {@code OutputArtifacts} to this value; see {@link #outputArtifacts(Map)}. */
  public TrialComponent outputArtifacts(Value<Map<String, TrialComponentArtifact>> value) {
    return set("OutputArtifacts", value);
  }

  /**
   * The hyperparameters for the component.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public TrialComponent parameters(Map<String, TrialComponentParameterValue> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public TrialComponent parameters(Value<Map<String, TrialComponentParameterValue>> value) {
    return set("Parameters", value);
  }

  /**
   * The status of the trial component.
   *
   * <p>CloudFormation property {@code Status}.
   */
  public TrialComponent status(Value<TrialComponentStatus> value) {
    return set("Status", value);
  }

  /**
   * A list of tags to associate with the trial component.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrialComponent tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrialComponent tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public TrialComponent tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrialComponent tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the trial component. Must be unique in your AWS account and is not case-sensitive.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 120 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$}. CloudFormation property {@code TrialComponentName}.
   */
  public TrialComponent trialComponentName(String value) {
    return set("TrialComponentName", Value.of(value));
  }

  /** Sets {@code TrialComponentName} to this value; see {@link #trialComponentName(String)}. */
  public TrialComponent trialComponentName(Value<String> value) {
    return set("TrialComponentName", value);
  }

  /**
   * When the trial component was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * When the trial component was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the lineage group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LineageGroupArn}.
   */
  public Value<String> lineageGroupArn() {
    return getAtt("LineageGroupArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the trial component.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrialComponentArn}.
   */
  public Value<String> trialComponentArn() {
    return getAtt("TrialComponentArn");
  }

  /**
   * Metadata properties of the tracking entity, trial, or trial component.
   *
   * <p>Property type {@code AWS::SageMaker::TrialComponent.MetadataProperties}.
   */
  public static final class MetadataProperties extends Struct<MetadataProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::TrialComponent.MetadataProperties")
        .constrain("CommitId", Constraint.of().minLength(0).maxLength(1024))
        .constrain("GeneratedBy", Constraint.of().minLength(0).maxLength(1024))
        .constrain("ProjectId", Constraint.of().minLength(0).maxLength(1024))
        .constrain("Repository", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public MetadataProperties() {
      super(SCHEMA);
    }

    /**
     * The commit ID.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code CommitId}.
     */
    public MetadataProperties commitId(String value) {
      return set("CommitId", Value.of(value));
    }

    /** Sets {@code CommitId} to this value; see {@link #commitId(String)}. */
    public MetadataProperties commitId(Value<String> value) {
      return set("CommitId", value);
    }

    /**
     * The entity this entity was generated by.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code GeneratedBy}.
     */
    public MetadataProperties generatedBy(String value) {
      return set("GeneratedBy", Value.of(value));
    }

    /** Sets {@code GeneratedBy} to this value; see {@link #generatedBy(String)}. */
    public MetadataProperties generatedBy(Value<String> value) {
      return set("GeneratedBy", value);
    }

    /**
     * The project ID.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code ProjectId}.
     */
    public MetadataProperties projectId(String value) {
      return set("ProjectId", Value.of(value));
    }

    /** Sets {@code ProjectId} to this value; see {@link #projectId(String)}. */
    public MetadataProperties projectId(Value<String> value) {
      return set("ProjectId", value);
    }

    /**
     * The repository.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Repository}.
     */
    public MetadataProperties repository(String value) {
      return set("Repository", Value.of(value));
    }

    /** Sets {@code Repository} to this value; see {@link #repository(String)}. */
    public MetadataProperties repository(Value<String> value) {
      return set("Repository", value);
    }
  }

  /** Property type {@code AWS::SageMaker::TrialComponent.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::TrialComponent.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
     */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Represents an input or output artifact of a trial component.
   *
   * <p>Property type {@code AWS::SageMaker::TrialComponent.TrialComponentArtifact}.
   */
  public static final class TrialComponentArtifact extends Struct<TrialComponentArtifact> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::TrialComponent.TrialComponentArtifact")
        .required("Value")
        .build();

    public TrialComponentArtifact() {
      super(SCHEMA);
    }

    /**
     * The media type of the artifact.
     *
     * <p>CloudFormation property {@code MediaType}.
     */
    public TrialComponentArtifact mediaType(String value) {
      return set("MediaType", Value.of(value));
    }

    /** Sets {@code MediaType} to this value; see {@link #mediaType(String)}. */
    public TrialComponentArtifact mediaType(Value<String> value) {
      return set("MediaType", value);
    }

    /**
     * The location of the artifact.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TrialComponentArtifact value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TrialComponentArtifact value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The value of a hyperparameter. Only one of StringValue or NumberValue can be specified.
   *
   * <p>Property type {@code AWS::SageMaker::TrialComponent.TrialComponentParameterValue}.
   */
  public static final class TrialComponentParameterValue extends Struct<TrialComponentParameterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::TrialComponent.TrialComponentParameterValue");

    public TrialComponentParameterValue() {
      super(SCHEMA);
    }

    /**
     * The numeric value of a numeric hyperparameter.
     *
     * <p>CloudFormation property {@code NumberValue}.
     */
    public TrialComponentParameterValue numberValue(double value) {
      return set("NumberValue", Value.of(value));
    }

    /** Sets {@code NumberValue} to this value; see {@link #numberValue(double)}. */
    public TrialComponentParameterValue numberValue(Value<Double> value) {
      return set("NumberValue", value);
    }

    /**
     * The string value of a categorical hyperparameter.
     *
     * <p>CloudFormation property {@code StringValue}.
     */
    public TrialComponentParameterValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public TrialComponentParameterValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * The status of the trial component.
   *
   * <p>Property type {@code AWS::SageMaker::TrialComponent.TrialComponentStatus}.
   */
  public static final class TrialComponentStatus extends Struct<TrialComponentStatus> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::TrialComponent.TrialComponentStatus")
        .constrain("Message", Constraint.of().minLength(0).maxLength(1024))
        .allowed("PrimaryStatus", "InProgress", "Completed", "Failed", "Stopping", "Stopped")
        .build();

    public TrialComponentStatus() {
      super(SCHEMA);
    }

    /**
     * If the component failed, a message describing why.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Message}.
     */
    public TrialComponentStatus message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public TrialComponentStatus message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * The status of the trial component.
     *
     * <p>Allowed values: {@code InProgress}, {@code Completed}, {@code Failed}, {@code Stopping},
     * {@code Stopped}. CloudFormation property {@code PrimaryStatus}.
     */
    public TrialComponentStatus primaryStatus(String value) {
      return set("PrimaryStatus", Value.of(value));
    }

    /** Sets {@code PrimaryStatus} to this value; see {@link #primaryStatus(String)}. */
    public TrialComponentStatus primaryStatus(Value<String> value) {
      return set("PrimaryStatus", value);
    }
  }
}
