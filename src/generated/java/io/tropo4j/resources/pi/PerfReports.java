// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pi;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates and manages a Performance Insights performance analysis report for a specified DB
 * instance.
 *
 * <p>CloudFormation type {@code AWS::PI::PerfReports}.
 */
public final class PerfReports extends Resource<PerfReports> {
  private static final Schema SCHEMA = Schema.builder("AWS::PI::PerfReports")
      .required("EndTime", "Identifier", "ServiceType", "StartTime")
      .constrain("EndTime", Constraint.of().format("date-time"))
      .constrain("Identifier", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(0).maxLength(256))
      .allowed("ServiceType", "RDS", "DOCDB")
      .constrain("StartTime", Constraint.of().format("date-time"))
      .refYields("Arn")
      .attributes("AnalysisReportId", "Arn", "CreateTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PerfReports(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The end time defined for the analysis report in ISO 8601 format.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code date-time}. CloudFormation
   * property {@code EndTime}.
   */
  public PerfReports endTime(String value) {
    return set("EndTime", Value.of(value));
  }

  /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
  public PerfReports endTime(Value<String> value) {
    return set("EndTime", value);
  }

  /**
   * An immutable, AWS Region-unique identifier for a data source. Performance Insights gathers
   * metrics from this data source. To use an Amazon RDS instance as a data source, specify its
   * DbiResourceId value.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code Identifier}.
   */
  public PerfReports identifier(String value) {
    return set("Identifier", Value.of(value));
  }

  /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
  public PerfReports identifier(Value<String> value) {
    return set("Identifier", value);
  }

  /**
   * The AWS service for which Performance Insights returns metrics. Valid values are RDS and DOCDB.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code RDS}, {@code DOCDB}.
   * CloudFormation property {@code ServiceType}.
   */
  public PerfReports serviceType(String value) {
    return set("ServiceType", Value.of(value));
  }

  /** Sets {@code ServiceType} to this value; see {@link #serviceType(String)}. */
  public PerfReports serviceType(Value<String> value) {
    return set("ServiceType", value);
  }

  /**
   * The start time defined for the analysis report in ISO 8601 format.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code date-time}. CloudFormation
   * property {@code StartTime}.
   */
  public PerfReports startTime(String value) {
    return set("StartTime", Value.of(value));
  }

  /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
  public PerfReports startTime(Value<String> value) {
    return set("StartTime", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public PerfReports tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PerfReports tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PerfReports tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A unique identifier for the analysis report.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AnalysisReportId}.
   */
  public Value<String> analysisReportId() {
    return getAtt("AnalysisReportId");
  }

  /**
   * The Amazon Resource Name (ARN) of the performance analysis report.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the analysis report was created in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The status of the analysis report.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
