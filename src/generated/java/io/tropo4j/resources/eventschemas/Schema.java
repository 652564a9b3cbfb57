// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eventschemas;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::EventSchemas::Schema</code> resource to specify an event schema.
 *
 * <p>CloudFormation type {@code AWS::EventSchemas::Schema}.
 */
public final class Schema extends Resource<Schema> {
  private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::EventSchemas::Schema")
      .required("Content", "RegistryName", "Type")
      .refYields("SchemaArn")
      .attributes("LastModified", "SchemaArn", "SchemaName", "SchemaVersion", "VersionCreatedDate")
      .tags("Tags", io.tropo4j.core.Schema.TagForm.LIST)
      .build();

  public Schema(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The source of the schema definition.
   *
   * <p>Required. CloudFormation property {@code Content}.
   */
  public Schema content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public Schema content(Value<String> value) {
    return set("Content", value);
  }

  /**
   * A description of the schema.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Schema description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Schema description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the schema registry.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RegistryName}.
   */
  public Schema registryName(String value) {
    return set("RegistryName", Value.of(value));
  }

  /** Sets {@code RegistryName} to this value; see {@link #registryName(String)}. */
  public Schema registryName(Value<String> value) {
    return set("RegistryName", value);
  }

  /**
   * The name of the schema.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SchemaName}.
   */
  public Schema schemaName(String value) {
    return set("SchemaName", Value.of(value));
  }

  /** Sets {@code SchemaName} to this value; see {@link #schemaName(String)}. */
  public Schema schemaName(Value<String> value) {
    return set("SchemaName", value);
  }

  /**
   * Tags associated with the schema.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Schema tags(List<TagsEntry> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Schema tags(Value<List<TagsEntry>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Schema tags(TagsEntry... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Schema tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of schema.
   *
   * <p>Valid types include <code>OpenApi3</code> and <code>JSONSchemaDraft4</code> .
   *
   * <p>Required. CloudFormation property {@code Type}.
   */
  public Schema typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Schema typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The date and time that schema was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModified}.
   */
  public Value<String> lastModified() {
    return getAtt("LastModified");
  }

  /**
   * The ARN of the schema.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SchemaArn}.
   */
  public Value<String> schemaArn() {
    return getAtt("SchemaArn");
  }

  /**
   * The name of the schema.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SchemaName}.
   */
  public Value<String> schemaName() {
    return getAtt("SchemaName");
  }

  /**
   * The version number of the schema.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SchemaVersion}.
   */
  public Value<String> schemaVersion() {
    return getAtt("SchemaVersion");
  }

  /**
   * The date the schema version was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionCreatedDate}.
   */
  public Value<String> versionCreatedDate() {
    return getAtt("VersionCreatedDate");
  }

  /**
   * Tags to associate with the schema.
   *
   * <p>Property type {@code AWS::EventSchemas::Schema.TagsEntry}.
   */
  public static final class TagsEntry extends Struct<TagsEntry> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::EventSchemas::Schema.TagsEntry")
        .required("Key", "Value")
        .build();

    public TagsEntry() {
      super(SCHEMA);
    }

    /**
     * The key of a key-value pair.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public TagsEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of a key-value pair.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TagsEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsEntry value(Value<String> value) {
      return set("Value", value);
    }
  }
}
