// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new data export configuration for EC2 Capacity Manager. This allows you to
 * automatically export capacity usage data to an S3 bucket on a scheduled basis. The exported data
 * includes metrics for On-Demand, Spot, and Capacity Reservations usage across your organization.
 *
 * <p>CloudFormation type {@code AWS::EC2::CapacityManagerDataExport}.
 */
public final class CapacityManagerDataExport extends Resource<CapacityManagerDataExport> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::CapacityManagerDataExport")
      .required("OutputFormat", "S3BucketName", "Schedule")
      .allowed("OutputFormat", "csv", "parquet")
      .constrain("S3BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
      .allowed("Schedule", "hourly")
      .refYields("CapacityManagerDataExportId")
      .attributes("CapacityManagerDataExportId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CapacityManagerDataExport(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The file format of the exported data.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code csv}, {@code parquet}.
   * CloudFormation property {@code OutputFormat}.
   */
  public CapacityManagerDataExport outputFormat(String value) {
    return set("OutputFormat", Value.of(value));
  }

  /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
  public CapacityManagerDataExport outputFormat(Value<String> value) {
    return set("OutputFormat", value);
  }

  /**
   * The name of the S3 bucket where export files are delivered.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::S3::Bucket.Name}.
   * CloudFormation property {@code S3BucketName}.
   */
  public CapacityManagerDataExport s3BucketName(String value) {
    return set("S3BucketName", Value.of(value));
  }

  /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
  public CapacityManagerDataExport s3BucketName(Value<String> value) {
    return set("S3BucketName", value);
  }

  /**
   * The S3 key prefix used for organizing export files within the bucket.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code S3BucketPrefix}.
   */
  public CapacityManagerDataExport s3BucketPrefix(String value) {
    return set("S3BucketPrefix", Value.of(value));
  }

  /** Sets {@code S3BucketPrefix} to this value; see {@link #s3BucketPrefix(String)}. */
  public CapacityManagerDataExport s3BucketPrefix(Value<String> value) {
    return set("S3BucketPrefix", value);
  }

  /**
   * The frequency at which data exports are generated.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code hourly}. CloudFormation
   * property {@code Schedule}.
   */
  public CapacityManagerDataExport schedule(String value) {
    return set("Schedule", Value.of(value));
  }

  /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
  public CapacityManagerDataExport schedule(Value<String> value) {
    return set("Schedule", value);
  }

  /**
   * The tags associated with the data export configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CapacityManagerDataExport tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CapacityManagerDataExport tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CapacityManagerDataExport tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier for the data export configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CapacityManagerDataExportId}.
   */
  public Value<String> capacityManagerDataExportId() {
    return getAtt("CapacityManagerDataExportId");
  }
}
