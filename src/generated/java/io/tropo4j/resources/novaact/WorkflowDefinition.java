// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.novaact;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Definition of AWS::NovaAct::WorkflowDefinition Resource Type
 *
 * <p>CloudFormation type {@code AWS::NovaAct::WorkflowDefinition}.
 */
public final class WorkflowDefinition extends Resource<WorkflowDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::NovaAct::WorkflowDefinition")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(4000))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,40}$").minLength(1).maxLength(40))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Status")
      .build();

  public WorkflowDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description of the workflow definition's purpose and functionality.
   *
   * <p>Changing it replaces the resource. Length: 1 to 4000 characters. CloudFormation property
   * {@code Description}.
   */
  public WorkflowDefinition description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public WorkflowDefinition description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Configuration settings for exporting workflow execution data and logs to Amazon S3.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ExportConfig}.
   */
  public WorkflowDefinition exportConfig(Value<WorkflowExportConfig> value) {
    return set("ExportConfig", value);
  }

  /**
   * The name of the workflow definition. Must be unique within your account and region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 40 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]{1,40}$}. CloudFormation property {@code Name}.
   */
  public WorkflowDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WorkflowDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the workflow definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the workflow definition was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The current status of the workflow definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Configuration settings for exporting workflow execution data and logs to Amazon S3.
   *
   * <p>Property type {@code AWS::NovaAct::WorkflowDefinition.WorkflowExportConfig}.
   */
  public static final class WorkflowExportConfig extends Struct<WorkflowExportConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::NovaAct::WorkflowDefinition.WorkflowExportConfig")
        .required("S3BucketName")
        .constrain("S3BucketName", Constraint.of().pattern("^[a-z0-9][a-z0-9.-]*[a-z0-9]$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("S3KeyPrefix", Constraint.of().pattern("^[a-zA-Z0-9!\\-_.*'()]+(?:/[a-zA-Z0-9!\\-_.*'()]+)*$").minLength(1).maxLength(100))
        .build();

    public WorkflowExportConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket for exporting workflow data.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code ^[a-z0-9][a-z0-9.-]*[a-z0-9]$}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3BucketName}.
     */
    public WorkflowExportConfig s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public WorkflowExportConfig s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * An optional prefix for Amazon S3 object keys to organize exported data.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code
     * ^[a-zA-Z0-9!&#92;-_.*'()]+(?:/[a-zA-Z0-9!&#92;-_.*'()]+)*$}. CloudFormation property {@code
     * S3KeyPrefix}.
     */
    public WorkflowExportConfig s3KeyPrefix(String value) {
      return set("S3KeyPrefix", Value.of(value));
    }

    /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
    public WorkflowExportConfig s3KeyPrefix(Value<String> value) {
      return set("S3KeyPrefix", value);
    }
  }
}
