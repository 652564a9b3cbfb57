// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a report plan. A report plan is a document that contains information about the contents
 * of the report and where AWS Backup will deliver it.
 *
 * <p>If you call <code>CreateReportPlan</code> with a plan that already exists, you receive an
 * <code>AlreadyExistsException</code> exception.
 *
 * <p>For a sample CloudFormation template, see the <a
 * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html#assigning-resources-cfn">AWS
 * Backup Developer Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Backup::ReportPlan}.
 */
public final class ReportPlan extends Resource<ReportPlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::ReportPlan")
      .required("ReportDeliveryChannel", "ReportSetting")
      .constrain("ReportPlanDescription", Constraint.of().pattern(".*\\S.*").minLength(0).maxLength(1024))
      .constrain("ReportPlanName", Constraint.of().pattern("[a-zA-Z][_a-zA-Z0-9]*").minLength(1).maxLength(256))
      .refYields("ReportPlanArn")
      .attributes("ReportPlanArn")
      .tags("ReportPlanTags", Schema.TagForm.LIST)
      .build();

  public ReportPlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains information about where and how to deliver your reports, specifically your Amazon S3
   * bucket name, S3 key prefix, and the formats of your reports.
   *
   * <p>Required. CloudFormation property {@code ReportDeliveryChannel}.
   */
  public ReportPlan reportDeliveryChannel(Value<ReportDeliveryChannel> value) {
    return set("ReportDeliveryChannel", value);
  }

  /**
   * An optional description of the report plan with a maximum 1,024 characters.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
   * ReportPlanDescription}.
   */
  public ReportPlan reportPlanDescription(String value) {
    return set("ReportPlanDescription", Value.of(value));
  }

  /**
   * Sets {@code ReportPlanDescription} to this value; see {@link #reportPlanDescription(String)}.
   */
  public ReportPlan reportPlanDescription(Value<String> value) {
    return set("ReportPlanDescription", value);
  }

  /**
   * The unique name of the report plan. This name is between 1 and 256 characters starting with a
   * letter, and consisting of letters (a-z, A-Z), numbers (0-9), and underscores (_).
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z][_a-zA-Z0-9]*}. CloudFormation property {@code ReportPlanName}.
   */
  public ReportPlan reportPlanName(String value) {
    return set("ReportPlanName", Value.of(value));
  }

  /** Sets {@code ReportPlanName} to this value; see {@link #reportPlanName(String)}. */
  public ReportPlan reportPlanName(Value<String> value) {
    return set("ReportPlanName", value);
  }

  /**
   * The tags to assign to your report plan.
   *
   * <p>CloudFormation property {@code ReportPlanTags}.
   */
  public ReportPlan reportPlanTags(List<Tag> value) {
    return set("ReportPlanTags", Value.listOf(value));
  }

  /** Sets {@code ReportPlanTags} to this value; see {@link #reportPlanTags(List)}. */
  public ReportPlan reportPlanTags(Value<List<Tag>> value) {
    return set("ReportPlanTags", value);
  }

  /**
   * Sets {@code ReportPlanTags} to the tags, as a list of Key and Value; see {@link
   * #reportPlanTags(List)}.
   */
  public ReportPlan reportPlanTags(Tags tags) {
    return set("ReportPlanTags", tags);
  }

  /**
   * Identifies the report template for the report. Reports are built using a report template. The
   * report templates are:
   *
   * <p><code>RESOURCE_COMPLIANCE_REPORT | CONTROL_COMPLIANCE_REPORT | BACKUP_JOB_REPORT |
   * COPY_JOB_REPORT | RESTORE_JOB_REPORT</code>
   *
   * <p>If the report template is <code>RESOURCE_COMPLIANCE_REPORT</code> or
   * <code>CONTROL_COMPLIANCE_REPORT</code> , this API resource also describes the report coverage
   * by AWS Regions and frameworks.
   *
   * <p>Required. CloudFormation property {@code ReportSetting}.
   */
  public ReportPlan reportSetting(Value<ReportSetting> value) {
    return set("ReportSetting", value);
  }

  /**
   * The Amazon Resource Name (ARN) of your report plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReportPlanArn}.
   */
  public Value<String> reportPlanArn() {
    return getAtt("ReportPlanArn");
  }

  /**
   * Contains information from your report plan about where to deliver your reports, specifically
   * your Amazon S3 bucket name, S3 key prefix, and the formats of your reports.
   *
   * <p>Property type {@code AWS::Backup::ReportPlan.ReportDeliveryChannel}.
   */
  public static final class ReportDeliveryChannel extends Struct<ReportDeliveryChannel> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::ReportPlan.ReportDeliveryChannel")
        .required("S3BucketName")
        .constrain("S3BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public ReportDeliveryChannel() {
      super(SCHEMA);
    }

    /**
     * The format of your reports: <code>CSV</code> , <code>JSON</code> , or both. If not specified,
     * the default format is <code>CSV</code> .
     *
     * <p>CloudFormation property {@code Formats}.
     */
    public ReportDeliveryChannel formats(List<String> value) {
      return set("Formats", Value.listOf(value));
    }

    /** Sets {@code Formats} to this value; see {@link #formats(List)}. */
    public ReportDeliveryChannel formats(Value<List<String>> value) {
      return set("Formats", value);
    }

    /**
     * The unique name of the S3 bucket that receives your reports.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
     * S3BucketName}.
     */
    public ReportDeliveryChannel s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public ReportDeliveryChannel s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * The prefix for where AWS Backup Audit Manager delivers your reports to Amazon S3. The prefix
     * is this part of the following path: s3://your-bucket-name/ <code>prefix</code>
     * /Backup/us-west-2/year/month/day/report-name. If not specified, there is no prefix.
     *
     * <p>CloudFormation property {@code S3KeyPrefix}.
     */
    public ReportDeliveryChannel s3KeyPrefix(String value) {
      return set("S3KeyPrefix", Value.of(value));
    }

    /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
    public ReportDeliveryChannel s3KeyPrefix(Value<String> value) {
      return set("S3KeyPrefix", value);
    }
  }

  /**
   * Contains detailed information about a report setting.
   *
   * <p>Property type {@code AWS::Backup::ReportPlan.ReportSetting}.
   */
  public static final class ReportSetting extends Struct<ReportSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::ReportPlan.ReportSetting")
        .required("ReportTemplate")
        .build();

    public ReportSetting() {
      super(SCHEMA);
    }

    /**
     * These are the accounts to be included in the report.
     *
     * <p>Use string value of <code>ROOT</code> to include all organizational units.
     *
     * <p>CloudFormation property {@code Accounts}.
     */
    public ReportSetting accounts(List<String> value) {
      return set("Accounts", Value.listOf(value));
    }

    /** Sets {@code Accounts} to this value; see {@link #accounts(List)}. */
    public ReportSetting accounts(Value<List<String>> value) {
      return set("Accounts", value);
    }

    /**
     * The Amazon Resource Names (ARNs) of the frameworks a report covers.
     *
     * <p>CloudFormation property {@code FrameworkArns}.
     */
    public ReportSetting frameworkArns(List<String> value) {
      return set("FrameworkArns", Value.listOf(value));
    }

    /** Sets {@code FrameworkArns} to this value; see {@link #frameworkArns(List)}. */
    public ReportSetting frameworkArns(Value<List<String>> value) {
      return set("FrameworkArns", value);
    }

    /**
     * These are the Organizational Units to be included in the report.
     *
     * <p>CloudFormation property {@code OrganizationUnits}.
     */
    public ReportSetting organizationUnits(List<String> value) {
      return set("OrganizationUnits", Value.listOf(value));
    }

    /** Sets {@code OrganizationUnits} to this value; see {@link #organizationUnits(List)}. */
    public ReportSetting organizationUnits(Value<List<String>> value) {
      return set("OrganizationUnits", value);
    }

    /**
     * These are the Regions to be included in the report.
     *
     * <p>Use the wildcard as the string value to include all Regions.
     *
     * <p>CloudFormation property {@code Regions}.
     */
    public ReportSetting regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public ReportSetting regions(Value<List<String>> value) {
      return set("Regions", value);
    }

    /**
     * Identifies the report template for the report. Reports are built using a report template. The
     * report templates are:
     *
     * <p><code>RESOURCE_COMPLIANCE_REPORT | CONTROL_COMPLIANCE_REPORT | BACKUP_JOB_REPORT |
     * COPY_JOB_REPORT | RESTORE_JOB_REPORT | SCAN_JOB_REPORT</code>
     *
     * <p>Required. CloudFormation property {@code ReportTemplate}.
     */
    public ReportSetting reportTemplate(String value) {
      return set("ReportTemplate", Value.of(value));
    }

    /** Sets {@code ReportTemplate} to this value; see {@link #reportTemplate(String)}. */
    public ReportSetting reportTemplate(Value<String> value) {
      return set("ReportTemplate", value);
    }
  }
}
