// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

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
 * Resource type definition for AWS::SageMaker::Action. An action is a lineage tracking entity that
 * represents an action or activity, such as a model deployment or an HPO job.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Action}.
 */
public final class Action extends Resource<Action> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Action")
      .required("ActionName", "ActionType", "Source")
      .constrain("ActionName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .constrain("ActionType", Constraint.of().minLength(0).maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(3072))
      .allowed("Status", "Unknown", "InProgress", "Completed", "Failed", "Stopping", "Stopped")
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Action(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the action. Must be unique to your account in an AWS Region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 120 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$}. CloudFormation property {@code ActionName}.
   */
  public Action actionName(String value) {
    return set("ActionName", Value.of(value));
  }

  /** Sets {@code ActionName} to this value; see {@link #actionName(String)}. */
  public Action actionName(Value<String> value) {
    return set("ActionName", value);
  }

  /**
   * The action type.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
   * property {@code ActionType}.
   */
  public Action actionType(String value) {
    return set("ActionType", Value.of(value));
  }

  /** Sets {@code ActionType} to this value; see {@link #actionType(String)}. */
  public Action actionType(Value<String> value) {
    return set("ActionType", value);
  }

  /**
   * The description of the action.
   *
   * <p>Length: 0 to 3072 characters. CloudFormation property {@code Description}.
   */
  public Action description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Action description(Value<String> value) {
    return set("Description", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code MetadataProperties}. */
  public Action metadataProperties(Value<MetadataProperties> value) {
    return set("MetadataProperties", value);
  }

  /**
   * A list of properties to add to the action.
   *
   * <p>CloudFormation property {@code Properties}.
   */
  public Action propertiesProperty(Map<String, String> value) {
    return set("Properties", Value.mapOf(value));
  }

  /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
  public Action propertiesProperty(Value<Map<String, String>> value) {
    return set("Properties", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Source}. */
  public Action source(Value<ActionSource> value) {
    return set("Source", value);
  }

  /**
   * The status of the action.
   *
   * <p>Allowed values: {@code Unknown}, {@code InProgress}, {@code Completed}, {@code Failed},
   * {@code Stopping}, {@code Stopped}. CloudFormation property {@code Status}.
   */
  public Action status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Action status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * A list of tags to apply to the action.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Action tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Action tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Action tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the action was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * When the action was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** Property type {@code AWS::SageMaker::Action.ActionSource}. */
  public static final class ActionSource extends Struct<ActionSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Action.ActionSource")
        .required("SourceUri")
        .constrain("SourceId", Constraint.of().minLength(0).maxLength(256))
        .constrain("SourceType", Constraint.of().minLength(0).maxLength(256))
        .constrain("SourceUri", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public ActionSource() {
      super(SCHEMA);
    }

    /**
     * The ID of the source.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SourceId}.
     */
    public ActionSource sourceId(String value) {
      return set("SourceId", Value.of(value));
    }

    /** Sets {@code SourceId} to this value; see {@link #sourceId(String)}. */
    public ActionSource sourceId(Value<String> value) {
      return set("SourceId", value);
    }

    /**
     * The type of the source.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SourceType}.
     */
    public ActionSource sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public ActionSource sourceType(Value<String> value) {
      return set("SourceType", value);
    }

    /**
     * The URI of the source.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code SourceUri}.
     */
    public ActionSource sourceUri(String value) {
      return set("SourceUri", Value.of(value));
    }

    /** Sets {@code SourceUri} to this value; see {@link #sourceUri(String)}. */
    public ActionSource sourceUri(Value<String> value) {
      return set("SourceUri", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Action.MetadataProperties}. */
  public static final class MetadataProperties extends Struct<MetadataProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Action.MetadataProperties")
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
}
