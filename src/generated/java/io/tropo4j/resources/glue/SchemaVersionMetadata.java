// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Glue::SchemaVersionMetadata</code> is an AWS Glue resource type that defines the
 * metadata key-value pairs for a schema version in AWS Glue Schema Registry.
 *
 * <p>CloudFormation type {@code AWS::Glue::SchemaVersionMetadata}.
 */
public final class SchemaVersionMetadata extends Resource<SchemaVersionMetadata> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::SchemaVersionMetadata")
      .required("Key", "SchemaVersionId", "Value")
      .constrain("Key", Constraint.of().minLength(1).maxLength(128))
      .constrain("SchemaVersionId", Constraint.of().pattern("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"))
      .references("SchemaVersionId", "AWS::Glue::SchemaVersion.Ref")
      .constrain("Value", Constraint.of().minLength(1).maxLength(256))
      .build();

  public SchemaVersionMetadata(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A metadata key in a key-value pair for metadata.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code Key}.
   */
  public SchemaVersionMetadata key(String value) {
    return set("Key", Value.of(value));
  }

  /** Sets {@code Key} to this value; see {@link #key(String)}. */
  public SchemaVersionMetadata key(Value<String> value) {
    return set("Key", value);
  }

  /**
   * The version number of the schema.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * [a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}}. CloudFormation property {@code
   * SchemaVersionId}.
   */
  public SchemaVersionMetadata schemaVersionId(String value) {
    return set("SchemaVersionId", Value.of(value));
  }

  /** Sets {@code SchemaVersionId} to this value; see {@link #schemaVersionId(String)}. */
  public SchemaVersionMetadata schemaVersionId(Value<String> value) {
    return set("SchemaVersionId", value);
  }

  /**
   * Sets {@code SchemaVersionId} to the Ref of {@code AWS::Glue::SchemaVersion}; see {@link
   * #schemaVersionId(String)}.
   */
  public SchemaVersionMetadata schemaVersionId(SchemaVersion resource) {
    return set("SchemaVersionId", resource.ref());
  }

  /**
   * A metadata key's corresponding value.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code Value}.
   */
  public SchemaVersionMetadata value(String value) {
    return set("Value", Value.of(value));
  }

  /** Sets {@code Value} to this value; see {@link #value(String)}. */
  public SchemaVersionMetadata value(Value<String> value) {
    return set("Value", value);
  }
}
