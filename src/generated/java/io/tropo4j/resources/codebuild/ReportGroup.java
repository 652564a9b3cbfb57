// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codebuild;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a report group. A report group contains a collection of reports.
 *
 * <p>CloudFormation type {@code AWS::CodeBuild::ReportGroup}.
 */
public final class ReportGroup extends Resource<ReportGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::ReportGroup")
      .required("ExportConfig", "Type")
      .constrain("Name", Constraint.of().minLength(2).maxLength(128))
      .allowed("Type", "TEST", "CODE_COVERAGE")
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReportGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * When deleting a report group, specifies if reports within the report group should be deleted.
   *
   * <ul> <li><b>true</b> - Deletes any reports that belong to the report group before deleting the
   * report group. <li><b>false</b> - You must delete any reports in the report group. This is the
   * default value. If you delete a report group that contains one or more reports, an exception is
   * thrown. </ul>
   *
   * <p>CloudFormation property {@code DeleteReports}.
   */
  public ReportGroup deleteReports(boolean value) {
    return set("DeleteReports", Value.of(value));
  }

  /** Sets {@code DeleteReports} to this value; see {@link #deleteReports(boolean)}. */
  public ReportGroup deleteReports(Value<Boolean> value) {
    return set("DeleteReports", value);
  }

  /**
   * Information about the destination where the raw data of this <code>ReportGroup</code> is
   * exported.
   *
   * <p>Required. CloudFormation property {@code ExportConfig}.
   */
  public ReportGroup exportConfig(Value<ReportExportConfig> value) {
    return set("ExportConfig", value);
  }

  /**
   * The name of the <code>ReportGroup</code> .
   *
   * <p>Changing it replaces the resource. Length: 2 to 128 characters. CloudFormation property
   * {@code Name}.
   */
  public ReportGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ReportGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of tag key and value pairs associated with this report group.
   *
   * <p>These tags are available for use by AWS services that support AWS CodeBuild report group
   * tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReportGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReportGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReportGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the <code>ReportGroup</code> . This can be one of the following values:
   *
   * <ul> <li><b>CODE_COVERAGE</b> - The report group contains code coverage reports.
   * <li><b>TEST</b> - The report group contains test reports. </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code TEST}, {@code
   * CODE_COVERAGE}. CloudFormation property {@code Type}.
   */
  public ReportGroup typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public ReportGroup typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ARN of the AWS CodeBuild report group, such as
   * <code>arn:aws:codebuild:region:123456789012:report-group/myReportGroupName</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Information about the location where the run of a report is exported.
   *
   * <p>Property type {@code AWS::CodeBuild::ReportGroup.ReportExportConfig}.
   */
  public static final class ReportExportConfig extends Struct<ReportExportConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::ReportGroup.ReportExportConfig")
        .required("ExportConfigType")
        .allowed("ExportConfigType", "S3", "NO_EXPORT")
        .build();

    public ReportExportConfig() {
      super(SCHEMA);
    }

    /**
     * The export configuration type. Valid values are:
     *
     * <ul> <li><code>S3</code> : The report results are exported to an S3 bucket.
     * <li><code>NO_EXPORT</code> : The report results are not exported. </ul>
     *
     * <p>Required. Allowed values: {@code S3}, {@code NO_EXPORT}. CloudFormation property {@code
     * ExportConfigType}.
     */
    public ReportExportConfig exportConfigType(String value) {
      return set("ExportConfigType", Value.of(value));
    }

    /** Sets {@code ExportConfigType} to this value; see {@link #exportConfigType(String)}. */
    public ReportExportConfig exportConfigType(Value<String> value) {
      return set("ExportConfigType", value);
    }

    /**
     * A <code>S3ReportExportConfig</code> object that contains information about the S3 bucket
     * where the run of a report is exported.
     *
     * <p>CloudFormation property {@code S3Destination}.
     */
    public ReportExportConfig s3Destination(Value<S3ReportExportConfig> value) {
      return set("S3Destination", value);
    }
  }

  /**
   * Information about the S3 bucket where the raw data of a report are exported.
   *
   * <p>Property type {@code AWS::CodeBuild::ReportGroup.S3ReportExportConfig}.
   */
  public static final class S3ReportExportConfig extends Struct<S3ReportExportConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::ReportGroup.S3ReportExportConfig")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().minLength(1))
        .constrain("EncryptionKey", Constraint.of().minLength(1))
        .allowed("Packaging", "NONE", "ZIP")
        .build();

    public S3ReportExportConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket where the raw data of a report are exported.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Bucket}.
     */
    public S3ReportExportConfig bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3ReportExportConfig bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The AWS account identifier of the owner of the Amazon S3 bucket. This allows report data to
     * be exported to an Amazon S3 bucket that is owned by an account other than the account running
     * the build.
     *
     * <p>CloudFormation property {@code BucketOwner}.
     */
    public S3ReportExportConfig bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3ReportExportConfig bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * A boolean value that specifies if the results of a report are encrypted.
     *
     * <p>CloudFormation property {@code EncryptionDisabled}.
     */
    public S3ReportExportConfig encryptionDisabled(boolean value) {
      return set("EncryptionDisabled", Value.of(value));
    }

    /** Sets {@code EncryptionDisabled} to this value; see {@link #encryptionDisabled(boolean)}. */
    public S3ReportExportConfig encryptionDisabled(Value<Boolean> value) {
      return set("EncryptionDisabled", value);
    }

    /**
     * The encryption key for the report's encrypted raw data.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code EncryptionKey}.
     */
    public S3ReportExportConfig encryptionKey(String value) {
      return set("EncryptionKey", Value.of(value));
    }

    /** Sets {@code EncryptionKey} to this value; see {@link #encryptionKey(String)}. */
    public S3ReportExportConfig encryptionKey(Value<String> value) {
      return set("EncryptionKey", value);
    }

    /**
     * The type of build output artifact to create. Valid values include:
     *
     * <ul> <li><code>NONE</code> : CodeBuild creates the raw data in the output bucket. This is the
     * default if packaging is not specified. <li><code>ZIP</code> : CodeBuild creates a ZIP file
     * with the raw data in the output bucket. </ul>
     *
     * <p>Allowed values: {@code NONE}, {@code ZIP}. CloudFormation property {@code Packaging}.
     */
    public S3ReportExportConfig packaging(String value) {
      return set("Packaging", Value.of(value));
    }

    /** Sets {@code Packaging} to this value; see {@link #packaging(String)}. */
    public S3ReportExportConfig packaging(Value<String> value) {
      return set("Packaging", value);
    }

    /**
     * The path to the exported report's raw data results.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public S3ReportExportConfig path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public S3ReportExportConfig path(Value<String> value) {
      return set("Path", value);
    }
  }
}
