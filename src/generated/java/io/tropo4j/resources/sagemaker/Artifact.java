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
 * Resource type definition for AWS::SageMaker::Artifact. An artifact is a lineage tracking entity
 * that represents a URI addressable object or data, such as an S3 URI of a dataset or the ECR
 * registry path of an image.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Artifact}.
 */
public final class Artifact extends Resource<Artifact> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Artifact")
      .required("ArtifactType", "Source")
      .constrain("ArtifactName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .constrain("ArtifactType", Constraint.of().minLength(0).maxLength(256))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Artifact(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the artifact. Must be unique to your account in an AWS Region.
   *
   * <p>Length: 1 to 120 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$}.
   * CloudFormation property {@code ArtifactName}.
   */
  public Artifact artifactName(String value) {
    return set("ArtifactName", Value.of(value));
  }

  /** Sets {@code ArtifactName} to this value; see {@link #artifactName(String)}. */
  public Artifact artifactName(Value<String> value) {
    return set("ArtifactName", value);
  }

  /**
   * The artifact type.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
   * property {@code ArtifactType}.
   */
  public Artifact artifactType(String value) {
    return set("ArtifactType", Value.of(value));
  }

  /** Sets {@code ArtifactType} to this value; see {@link #artifactType(String)}. */
  public Artifact artifactType(Value<String> value) {
    return set("ArtifactType", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code MetadataProperties}. */
  public Artifact metadataProperties(Value<MetadataProperties> value) {
    return set("MetadataProperties", value);
  }

  /**
   * A list of properties to add to the artifact.
   *
   * <p>CloudFormation property {@code Properties}.
   */
  public Artifact propertiesProperty(Map<String, String> value) {
    return set("Properties", Value.mapOf(value));
  }

  /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
  public Artifact propertiesProperty(Value<Map<String, String>> value) {
    return set("Properties", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Source}. */
  public Artifact source(Value<ArtifactSource> value) {
    return set("Source", value);
  }

  /**
   * A list of tags to apply to the artifact.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Artifact tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Artifact tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Artifact tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the artifact.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the artifact was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * When the artifact was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** Property type {@code AWS::SageMaker::Artifact.ArtifactSource}. */
  public static final class ArtifactSource extends Struct<ArtifactSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Artifact.ArtifactSource")
        .required("SourceUri")
        .constrain("SourceUri", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public ArtifactSource() {
      super(SCHEMA);
    }

    /**
     * A list of source types.
     *
     * <p>CloudFormation property {@code SourceTypes}.
     */
    public ArtifactSource sourceTypes(List<ArtifactSourceType> value) {
      return set("SourceTypes", Value.listOf(value));
    }

    /** Sets {@code SourceTypes} to this value; see {@link #sourceTypes(List)}. */
    public ArtifactSource sourceTypes(Value<List<ArtifactSourceType>> value) {
      return set("SourceTypes", value);
    }

    /** Sets {@code SourceTypes} to a list of these; see {@link #sourceTypes(List)}. */
    public ArtifactSource sourceTypes(ArtifactSourceType... values) {
      return set("SourceTypes", Value.list(values));
    }

    /**
     * The URI of the source.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code SourceUri}.
     */
    public ArtifactSource sourceUri(String value) {
      return set("SourceUri", Value.of(value));
    }

    /** Sets {@code SourceUri} to this value; see {@link #sourceUri(String)}. */
    public ArtifactSource sourceUri(Value<String> value) {
      return set("SourceUri", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Artifact.ArtifactSourceType}. */
  public static final class ArtifactSourceType extends Struct<ArtifactSourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Artifact.ArtifactSourceType")
        .required("SourceIdType", "Value")
        .allowed("SourceIdType", "MD5Hash", "S3ETag", "S3Version", "Custom")
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ArtifactSourceType() {
      super(SCHEMA);
    }

    /**
     * The type of ID.
     *
     * <p>Required. Allowed values: {@code MD5Hash}, {@code S3ETag}, {@code S3Version}, {@code
     * Custom}. CloudFormation property {@code SourceIdType}.
     */
    public ArtifactSourceType sourceIdType(String value) {
      return set("SourceIdType", Value.of(value));
    }

    /** Sets {@code SourceIdType} to this value; see {@link #sourceIdType(String)}. */
    public ArtifactSourceType sourceIdType(Value<String> value) {
      return set("SourceIdType", value);
    }

    /**
     * The ID.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public ArtifactSourceType value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ArtifactSourceType value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Artifact.MetadataProperties}. */
  public static final class MetadataProperties extends Struct<MetadataProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Artifact.MetadataProperties")
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
