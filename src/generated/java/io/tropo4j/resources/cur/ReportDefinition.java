// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cur;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The definition of AWS Cost and Usage Report. You can specify the report name, time unit, report
 * format, compression format, S3 bucket, additional artifacts, and schema elements in the
 * definition.
 *
 * <p>CloudFormation type {@code AWS::CUR::ReportDefinition}.
 */
public final class ReportDefinition extends Resource<ReportDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::CUR::ReportDefinition")
      .required("Compression", "Format", "RefreshClosedReports", "ReportName", "ReportVersioning",
          "S3Bucket", "S3Prefix", "S3Region", "TimeUnit")
      .allowed("AdditionalArtifacts", "REDSHIFT", "QUICKSIGHT", "ATHENA")
      .allowed("AdditionalSchemaElements", "RESOURCES", "SPLIT_COST_ALLOCATION_DATA",
          "MANUAL_DISCOUNT_COMPATIBILITY")
      .constrain("BillingViewArn", Constraint.of().pattern("(arn:aws(-cn)?:billing::[0-9]{12}:billingview/)?[a-zA-Z0-9_\\+=\\.\\-@].{1,30}").minLength(1).maxLength(128))
      .allowed("Compression", "ZIP", "GZIP", "Parquet")
      .allowed("Format", "textORcsv", "Parquet")
      .constrain("ReportName", Constraint.of().pattern("[0-9A-Za-z!\\-_.*\\'()]+").minLength(1).maxLength(256))
      .allowed("ReportVersioning", "CREATE_NEW_REPORT", "OVERWRITE_REPORT")
      .constrain("S3Bucket", Constraint.of().pattern("[A-Za-z0-9_\\.\\-]+").minLength(1).maxLength(256).format("AWS::S3::Bucket.Name"))
      .references("S3Bucket", "AWS::S3::Bucket.Ref")
      .constrain("S3Prefix", Constraint.of().pattern("[0-9A-Za-z!\\-_.*\\'()/]*").minLength(1).maxLength(256))
      .allowed("TimeUnit", "HOURLY", "DAILY", "MONTHLY")
      .refYields("ReportName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReportDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of manifests that you want AWS to create for this report.
   *
   * <p>Allowed values: {@code REDSHIFT}, {@code QUICKSIGHT}, {@code ATHENA}. CloudFormation
   * property {@code AdditionalArtifacts}.
   */
  public ReportDefinition additionalArtifacts(List<String> value) {
    return set("AdditionalArtifacts", Value.listOf(value));
  }

  /** Sets {@code AdditionalArtifacts} to this value; see {@link #additionalArtifacts(List)}. */
  public ReportDefinition additionalArtifacts(Value<List<String>> value) {
    return set("AdditionalArtifacts", value);
  }

  /**
   * A list of strings that indicate additional content that AWS includes in the report, such as
   * individual resource IDs.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code RESOURCES}, {@code
   * SPLIT_COST_ALLOCATION_DATA}, {@code MANUAL_DISCOUNT_COMPATIBILITY}. CloudFormation property
   * {@code AdditionalSchemaElements}.
   */
  public ReportDefinition additionalSchemaElements(List<String> value) {
    return set("AdditionalSchemaElements", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalSchemaElements} to this value; see {@link
   * #additionalSchemaElements(List)}.
   */
  public ReportDefinition additionalSchemaElements(Value<List<String>> value) {
    return set("AdditionalSchemaElements", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the billing view. You can get this value by using the billing
   * view service public APIs.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * (arn:aws(-cn)?:billing::[0-9]{12}:billingview/)?[a-zA-Z0-9_&#92;+=&#92;.&#92;-&#64;].{1,30}}.
   * CloudFormation property {@code BillingViewArn}.
   */
  public ReportDefinition billingViewArn(String value) {
    return set("BillingViewArn", Value.of(value));
  }

  /** Sets {@code BillingViewArn} to this value; see {@link #billingViewArn(String)}. */
  public ReportDefinition billingViewArn(Value<String> value) {
    return set("BillingViewArn", value);
  }

  /**
   * The compression format that Amazon Web Services uses for the report.
   *
   * <p>Required. Allowed values: {@code ZIP}, {@code GZIP}, {@code Parquet}. CloudFormation
   * property {@code Compression}.
   */
  public ReportDefinition compression(String value) {
    return set("Compression", Value.of(value));
  }

  /** Sets {@code Compression} to this value; see {@link #compression(String)}. */
  public ReportDefinition compression(Value<String> value) {
    return set("Compression", value);
  }

  /**
   * The format that Amazon Web Services saves the report in.
   *
   * <p>Required. Allowed values: {@code textORcsv}, {@code Parquet}. CloudFormation property {@code
   * Format}.
   */
  public ReportDefinition format(String value) {
    return set("Format", Value.of(value));
  }

  /** Sets {@code Format} to this value; see {@link #format(String)}. */
  public ReportDefinition format(Value<String> value) {
    return set("Format", value);
  }

  /**
   * Whether you want AWS to update your reports after they have been finalized if AWS detects
   * charges related to previous months. These charges can include refunds, credits, or support
   * fees.
   *
   * <p>Required. CloudFormation property {@code RefreshClosedReports}.
   */
  public ReportDefinition refreshClosedReports(boolean value) {
    return set("RefreshClosedReports", Value.of(value));
  }

  /**
   * Sets {@code RefreshClosedReports} to this value; see {@link #refreshClosedReports(boolean)}.
   */
  public ReportDefinition refreshClosedReports(Value<Boolean> value) {
    return set("RefreshClosedReports", value);
  }

  /**
   * The name of the report that you want to create. The name must be unique, is case sensitive, and
   * can't include spaces.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [0-9A-Za-z!&#92;-_.*&#92;'()]+}. CloudFormation property {@code ReportName}.
   */
  public ReportDefinition reportName(String value) {
    return set("ReportName", Value.of(value));
  }

  /** Sets {@code ReportName} to this value; see {@link #reportName(String)}. */
  public ReportDefinition reportName(Value<String> value) {
    return set("ReportName", value);
  }

  /**
   * Whether you want AWS to overwrite the previous version of each report or to deliver the report
   * in addition to the previous versions.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CREATE_NEW_REPORT},
   * {@code OVERWRITE_REPORT}. CloudFormation property {@code ReportVersioning}.
   */
  public ReportDefinition reportVersioning(String value) {
    return set("ReportVersioning", Value.of(value));
  }

  /** Sets {@code ReportVersioning} to this value; see {@link #reportVersioning(String)}. */
  public ReportDefinition reportVersioning(Value<String> value) {
    return set("ReportVersioning", value);
  }

  /**
   * The S3 bucket where Amazon Web Services delivers the report.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code [A-Za-z0-9_&#92;.&#92;-]+}. Format:
   * {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
   */
  public ReportDefinition s3Bucket(String value) {
    return set("S3Bucket", Value.of(value));
  }

  /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
  public ReportDefinition s3Bucket(Value<String> value) {
    return set("S3Bucket", value);
  }

  /** Sets {@code S3Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #s3Bucket(String)}. */
  public ReportDefinition s3Bucket(Bucket resource) {
    return set("S3Bucket", resource.ref());
  }

  /**
   * The prefix that Amazon Web Services adds to the report name when Amazon Web Services delivers
   * the report. Your prefix can't include spaces.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code [0-9A-Za-z!&#92;-_.*&#92;'()/]*}.
   * CloudFormation property {@code S3Prefix}.
   */
  public ReportDefinition s3Prefix(String value) {
    return set("S3Prefix", Value.of(value));
  }

  /** Sets {@code S3Prefix} to this value; see {@link #s3Prefix(String)}. */
  public ReportDefinition s3Prefix(Value<String> value) {
    return set("S3Prefix", value);
  }

  /**
   * The Region of the S3 bucket that Amazon Web Services delivers the report into.
   *
   * <p>Required. CloudFormation property {@code S3Region}.
   */
  public ReportDefinition s3Region(String value) {
    return set("S3Region", Value.of(value));
  }

  /** Sets {@code S3Region} to this value; see {@link #s3Region(String)}. */
  public ReportDefinition s3Region(Value<String> value) {
    return set("S3Region", value);
  }

  /**
   * The tags to be assigned to the report definition resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReportDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReportDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReportDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The granularity of the line items in the report.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code HOURLY}, {@code DAILY},
   * {@code MONTHLY}. CloudFormation property {@code TimeUnit}.
   */
  public ReportDefinition timeUnit(String value) {
    return set("TimeUnit", Value.of(value));
  }

  /** Sets {@code TimeUnit} to this value; see {@link #timeUnit(String)}. */
  public ReportDefinition timeUnit(Value<String> value) {
    return set("TimeUnit", value);
  }
}
