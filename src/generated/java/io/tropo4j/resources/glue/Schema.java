// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Glue::Schema</code> is an AWS Glue resource type that manages schemas in the AWS
 * Glue Schema Registry.
 *
 * <p>CloudFormation type {@code AWS::Glue::Schema}.
 */
public final class Schema extends Resource<Schema> {
  private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Glue::Schema")
      .required("Compatibility", "DataFormat", "Name")
      .allowed("Compatibility", "NONE", "DISABLED", "BACKWARD", "BACKWARD_ALL", "FORWARD",
          "FORWARD_ALL", "FULL", "FULL_ALL")
      .allowed("DataFormat", "AVRO", "JSON", "PROTOBUF")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("SchemaDefinition", Constraint.of().pattern("\\S").minLength(1).maxLength(170000))
      .refYields("Arn")
      .attributes("Arn", "InitialSchemaVersionId")
      .tags("Tags", io.tropo4j.core.Schema.TagForm.LIST)
      .build();

  public Schema(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specify the <code>VersionNumber</code> or the <code>IsLatest</code> for setting the checkpoint
   * for the schema. This is only required for updating a checkpoint.
   *
   * <p>CloudFormation property {@code CheckpointVersion}.
   */
  public Schema checkpointVersion(Value<SchemaVersion> value) {
    return set("CheckpointVersion", value);
  }

  /**
   * The compatibility mode of the schema.
   *
   * <p>Required. Allowed values: {@code NONE}, {@code DISABLED}, {@code BACKWARD}, {@code
   * BACKWARD_ALL}, {@code FORWARD}, {@code FORWARD_ALL}, {@code FULL}, {@code FULL_ALL}.
   * CloudFormation property {@code Compatibility}.
   */
  public Schema compatibility(String value) {
    return set("Compatibility", Value.of(value));
  }

  /** Sets {@code Compatibility} to this value; see {@link #compatibility(String)}. */
  public Schema compatibility(Value<String> value) {
    return set("Compatibility", value);
  }

  /**
   * The data format of the schema definition. Currently only <code>AVRO</code> is supported.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code AVRO}, {@code JSON},
   * {@code PROTOBUF}. CloudFormation property {@code DataFormat}.
   */
  public Schema dataFormat(String value) {
    return set("DataFormat", Value.of(value));
  }

  /** Sets {@code DataFormat} to this value; see {@link #dataFormat(String)}. */
  public Schema dataFormat(Value<String> value) {
    return set("DataFormat", value);
  }

  /**
   * A description of the schema if specified when created.
   *
   * <p>Length: 0 to 1000 characters. CloudFormation property {@code Description}.
   */
  public Schema description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Schema description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Name of the schema to be created of max length of 255, and may only contain letters, numbers,
   * hyphen, underscore, dollar sign, or hash mark. No whitespace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Schema name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Schema name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The registry where a schema is stored.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Registry}.
   */
  public Schema registry(Value<Registry> value) {
    return set("Registry", value);
  }

  /**
   * The schema definition using the <code>DataFormat</code> setting for <code>SchemaName</code> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 170000 characters. Pattern: {@code &#92;S}.
   * CloudFormation property {@code SchemaDefinition}.
   */
  public Schema schemaDefinition(String value) {
    return set("SchemaDefinition", Value.of(value));
  }

  /** Sets {@code SchemaDefinition} to this value; see {@link #schemaDefinition(String)}. */
  public Schema schemaDefinition(Value<String> value) {
    return set("SchemaDefinition", value);
  }

  /**
   * AWS tags that contain a key value pair and may be searched by console, command line, or API.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Schema tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Schema tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Schema tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the schema.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Represents the version ID associated with the initial schema version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InitialSchemaVersionId}.
   */
  public Value<String> initialSchemaVersionId() {
    return getAtt("InitialSchemaVersionId");
  }

  /**
   * Specifies a registry in the AWS Glue Schema Registry.
   *
   * <p>Property type {@code AWS::Glue::Schema.Registry}.
   */
  public static final class Registry extends Struct<Registry> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Glue::Schema.Registry")
        .constrain("Arn", Constraint.of().pattern("arn:aws(-(cn|us-gov|iso(-[bef])?))?:glue:.*"))
        .references("Arn", "AWS::Glue::Registry.Ref")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public Registry() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the registry.
     *
     * <p>Changing it replaces the resource. Pattern: {@code
     * arn:aws(-(cn|us-gov|iso(-[bef])?))?:glue:.*}. CloudFormation property {@code Arn}.
     */
    public Registry arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Registry arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Sets {@code Arn} to the Ref of {@code AWS::Glue::Registry}; see {@link #arn(String)}. */
    public Registry arn(io.tropo4j.resources.glue.Registry resource) {
      return set("Arn", resource.ref());
    }

    /**
     * The name of the registry.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public Registry name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Registry name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Specifies the version of a schema.
   *
   * <p>Property type {@code AWS::Glue::Schema.SchemaVersion}.
   */
  public static final class SchemaVersion extends Struct<SchemaVersion> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Glue::Schema.SchemaVersion")
        .constrain("VersionNumber", Constraint.of().minimum(1).maximum(100000))
        .build();

    public SchemaVersion() {
      super(SCHEMA);
    }

    /**
     * Indicates if this version is the latest version of the schema.
     *
     * <p>CloudFormation property {@code IsLatest}.
     */
    public SchemaVersion isLatest(boolean value) {
      return set("IsLatest", Value.of(value));
    }

    /** Sets {@code IsLatest} to this value; see {@link #isLatest(boolean)}. */
    public SchemaVersion isLatest(Value<Boolean> value) {
      return set("IsLatest", value);
    }

    /**
     * The version number of the schema.
     *
     * <p>Range: 1 to 100000. CloudFormation property {@code VersionNumber}.
     */
    public SchemaVersion versionNumber(int value) {
      return set("VersionNumber", Value.of(value));
    }

    /** Sets {@code VersionNumber} to this value; see {@link #versionNumber(int)}. */
    public SchemaVersion versionNumber(Value<Integer> value) {
      return set("VersionNumber", value);
    }
  }
}
