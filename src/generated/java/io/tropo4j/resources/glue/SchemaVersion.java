// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Glue::SchemaVersion</code> is an AWS Glue resource type that manages schema
 * versions of schemas in the AWS Glue Schema Registry.
 *
 * <p>CloudFormation type {@code AWS::Glue::SchemaVersion}.
 */
public final class SchemaVersion extends Resource<SchemaVersion> {
  private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Glue::SchemaVersion")
      .required("Schema", "SchemaDefinition")
      .constrain("SchemaDefinition", Constraint.of().pattern("\\S").minLength(1).maxLength(170000))
      .refYields("VersionId")
      .attributes("VersionId")
      .build();

  public SchemaVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The schema that includes the schema version.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Schema}.
   */
  public SchemaVersion schemaProperty(Value<Schema> value) {
    return set("Schema", value);
  }

  /**
   * The schema definition for the schema version.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 170000 characters. Pattern: {@code
   * &#92;S}. CloudFormation property {@code SchemaDefinition}.
   */
  public SchemaVersion schemaDefinition(String value) {
    return set("SchemaDefinition", Value.of(value));
  }

  /** Sets {@code SchemaDefinition} to this value; see {@link #schemaDefinition(String)}. */
  public SchemaVersion schemaDefinition(Value<String> value) {
    return set("SchemaDefinition", value);
  }

  /**
   * Represents the version ID associated with the schema version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionId}.
   */
  public Value<String> versionId() {
    return getAtt("VersionId");
  }

  /**
   * A wrapper structure to contain schema identity fields. Either <code>SchemaArn</code> , or
   * <code>SchemaName</code> and <code>RegistryName</code> has to be provided.
   *
   * <p>Property type {@code AWS::Glue::SchemaVersion.Schema}.
   */
  public static final class Schema extends Struct<Schema> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Glue::SchemaVersion.Schema")
        .constrain("RegistryName", Constraint.of().minLength(1).maxLength(255))
        .constrain("SchemaArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):glue:.*"))
        .references("SchemaArn", "AWS::Glue::Schema.Ref")
        .constrain("SchemaName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public Schema() {
      super(SCHEMA);
    }

    /**
     * The name of the registry where the schema is stored. Either <code>SchemaArn</code> , or
     * <code>SchemaName</code> and <code>RegistryName</code> has to be provided.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code RegistryName}.
     */
    public Schema registryName(String value) {
      return set("RegistryName", Value.of(value));
    }

    /** Sets {@code RegistryName} to this value; see {@link #registryName(String)}. */
    public Schema registryName(Value<String> value) {
      return set("RegistryName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the schema. Either <code>SchemaArn</code> , or
     * <code>SchemaName</code> and <code>RegistryName</code> has to be provided.
     *
     * <p>Changing it replaces the resource. Pattern: {@code arn:(aws|aws-us-gov|aws-cn):glue:.*}.
     * CloudFormation property {@code SchemaArn}.
     */
    public Schema schemaArn(String value) {
      return set("SchemaArn", Value.of(value));
    }

    /** Sets {@code SchemaArn} to this value; see {@link #schemaArn(String)}. */
    public Schema schemaArn(Value<String> value) {
      return set("SchemaArn", value);
    }

    /**
     * Sets {@code SchemaArn} to the Ref of {@code AWS::Glue::Schema}; see {@link
     * #schemaArn(String)}.
     */
    public Schema schemaArn(io.tropo4j.resources.glue.Schema resource) {
      return set("SchemaArn", resource.ref());
    }

    /**
     * The name of the schema. Either <code>SchemaArn</code> , or <code>SchemaName</code> and
     * <code>RegistryName</code> has to be provided.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code SchemaName}.
     */
    public Schema schemaName(String value) {
      return set("SchemaName", Value.of(value));
    }

    /** Sets {@code SchemaName} to this value; see {@link #schemaName(String)}. */
    public Schema schemaName(Value<String> value) {
      return set("SchemaName", value);
    }
  }
}
