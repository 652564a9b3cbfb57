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
 * Resource type definition for AWS::SageMaker::Context. A context is a lineage tracking entity that
 * represents a logical grouping of other tracking or experiment entities.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Context}.
 */
public final class Context extends Resource<Context> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Context")
      .required("ContextName", "ContextType", "Source")
      .constrain("ContextName", Constraint.of().pattern("^[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,119}$").minLength(1).maxLength(120))
      .constrain("ContextType", Constraint.of().minLength(0).maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(3072))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Context(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the context. Must be unique to your account in an AWS Region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 120 characters. Pattern: {@code
   * ^[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,119}$}. CloudFormation property {@code ContextName}.
   */
  public Context contextName(String value) {
    return set("ContextName", Value.of(value));
  }

  /** Sets {@code ContextName} to this value; see {@link #contextName(String)}. */
  public Context contextName(Value<String> value) {
    return set("ContextName", value);
  }

  /**
   * The context type.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
   * property {@code ContextType}.
   */
  public Context contextType(String value) {
    return set("ContextType", Value.of(value));
  }

  /** Sets {@code ContextType} to this value; see {@link #contextType(String)}. */
  public Context contextType(Value<String> value) {
    return set("ContextType", value);
  }

  /**
   * The description of the context.
   *
   * <p>Length: 0 to 3072 characters. CloudFormation property {@code Description}.
   */
  public Context description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Context description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A list of properties to add to the context.
   *
   * <p>CloudFormation property {@code Properties}.
   */
  public Context propertiesProperty(Map<String, String> value) {
    return set("Properties", Value.mapOf(value));
  }

  /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
  public Context propertiesProperty(Value<Map<String, String>> value) {
    return set("Properties", value);
  }

  /**
   * The source type, ID, and URI.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Source}.
   */
  public Context source(Value<Source> value) {
    return set("Source", value);
  }

  /**
   * A list of tags to apply to the context.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Context tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Context tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Context tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Context tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the context.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the context was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * When the context was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The source type, ID, and URI.
   *
   * <p>Property type {@code AWS::SageMaker::Context.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Context.Source")
        .required("SourceUri")
        .constrain("SourceId", Constraint.of().minLength(0).maxLength(256))
        .constrain("SourceType", Constraint.of().minLength(0).maxLength(256))
        .constrain("SourceUri", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public Source() {
      super(SCHEMA);
    }

    /**
     * The ID of the source.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SourceId}.
     */
    public Source sourceId(String value) {
      return set("SourceId", Value.of(value));
    }

    /** Sets {@code SourceId} to this value; see {@link #sourceId(String)}. */
    public Source sourceId(Value<String> value) {
      return set("SourceId", value);
    }

    /**
     * The type of the source.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SourceType}.
     */
    public Source sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public Source sourceType(Value<String> value) {
      return set("SourceType", value);
    }

    /**
     * The URI of the source.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code SourceUri}.
     */
    public Source sourceUri(String value) {
      return set("SourceUri", Value.of(value));
    }

    /** Sets {@code SourceUri} to this value; see {@link #sourceUri(String)}. */
    public Source sourceUri(Value<String> value) {
      return set("SourceUri", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Context.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Context.TagsItems")
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
}
