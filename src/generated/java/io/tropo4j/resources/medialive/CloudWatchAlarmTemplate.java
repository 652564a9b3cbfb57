// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Definition of AWS::MediaLive::CloudWatchAlarmTemplate Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::CloudWatchAlarmTemplate}.
 */
public final class CloudWatchAlarmTemplate extends Resource<CloudWatchAlarmTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::CloudWatchAlarmTemplate")
      .required("ComparisonOperator", "EvaluationPeriods", "MetricName", "Name", "Period",
          "Statistic", "TargetResourceType", "Threshold", "TreatMissingData")
      .allowed("ComparisonOperator", "GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
          "LessThanThreshold", "LessThanOrEqualToThreshold")
      .constrain("DatapointsToAlarm", Constraint.of().minimum(1))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("EvaluationPeriods", Constraint.of().minimum(1))
      .constrain("GroupIdentifier", Constraint.of().pattern("^[^\\s]+$"))
      .constrain("MetricName", Constraint.of().minLength(0).maxLength(64))
      .constrain("Name", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(255))
      .constrain("Period", Constraint.of().minimum(10).maximum(86400))
      .allowed("Statistic", "SampleCount", "Average", "Sum", "Minimum", "Maximum")
      .allowed("TargetResourceType", "CLOUDFRONT_DISTRIBUTION", "MEDIALIVE_MULTIPLEX",
          "MEDIALIVE_CHANNEL", "MEDIALIVE_INPUT_DEVICE", "MEDIAPACKAGE_CHANNEL",
          "MEDIAPACKAGE_ORIGIN_ENDPOINT", "MEDIACONNECT_FLOW", "MEDIATAILOR_PLAYBACK_CONFIGURATION",
          "S3_BUCKET")
      .allowed("TreatMissingData", "notBreaching", "breaching", "ignore", "missing")
      .refYields("Identifier")
      .attributes("Arn", "CreatedAt", "GroupId", "Id", "Identifier", "ModifiedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public CloudWatchAlarmTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The comparison operator used to compare the specified statistic and the threshold.
   *
   * <p>Required. Allowed values: {@code GreaterThanOrEqualToThreshold}, {@code
   * GreaterThanThreshold}, {@code LessThanThreshold}, {@code LessThanOrEqualToThreshold}.
   * CloudFormation property {@code ComparisonOperator}.
   */
  public CloudWatchAlarmTemplate comparisonOperator(String value) {
    return set("ComparisonOperator", Value.of(value));
  }

  /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
  public CloudWatchAlarmTemplate comparisonOperator(Value<String> value) {
    return set("ComparisonOperator", value);
  }

  /**
   * The number of datapoints within the evaluation period that must be breaching to trigger the
   * alarm.
   *
   * <p>Range: at least 1. Default: {@code 0}. CloudFormation property {@code DatapointsToAlarm}.
   */
  public CloudWatchAlarmTemplate datapointsToAlarm(double value) {
    return set("DatapointsToAlarm", Value.of(value));
  }

  /** Sets {@code DatapointsToAlarm} to this value; see {@link #datapointsToAlarm(double)}. */
  public CloudWatchAlarmTemplate datapointsToAlarm(Value<Double> value) {
    return set("DatapointsToAlarm", value);
  }

  /**
   * A resource's optional description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public CloudWatchAlarmTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CloudWatchAlarmTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The number of periods over which data is compared to the specified threshold.
   *
   * <p>Required. Range: at least 1. Default: {@code 0}. CloudFormation property {@code
   * EvaluationPeriods}.
   */
  public CloudWatchAlarmTemplate evaluationPeriods(double value) {
    return set("EvaluationPeriods", Value.of(value));
  }

  /** Sets {@code EvaluationPeriods} to this value; see {@link #evaluationPeriods(double)}. */
  public CloudWatchAlarmTemplate evaluationPeriods(Value<Double> value) {
    return set("EvaluationPeriods", value);
  }

  /**
   * A cloudwatch alarm template group's identifier. Can be either be its id or current name.
   *
   * <p>Pattern: {@code ^[^&#92;s]+$}. CloudFormation property {@code GroupIdentifier}.
   */
  public CloudWatchAlarmTemplate groupIdentifier(String value) {
    return set("GroupIdentifier", Value.of(value));
  }

  /** Sets {@code GroupIdentifier} to this value; see {@link #groupIdentifier(String)}. */
  public CloudWatchAlarmTemplate groupIdentifier(Value<String> value) {
    return set("GroupIdentifier", value);
  }

  /**
   * The name of the metric associated with the alarm. Must be compatible with targetResourceType.
   *
   * <p>Required. Length: 0 to 64 characters. CloudFormation property {@code MetricName}.
   */
  public CloudWatchAlarmTemplate metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public CloudWatchAlarmTemplate metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * A resource's name. Names must be unique within the scope of a resource type in a specific
   * region.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation
   * property {@code Name}.
   */
  public CloudWatchAlarmTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CloudWatchAlarmTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The period, in seconds, over which the specified statistic is applied.
   *
   * <p>Required. Range: 10 to 86400. Default: {@code 0}. CloudFormation property {@code Period}.
   */
  public CloudWatchAlarmTemplate period(double value) {
    return set("Period", Value.of(value));
  }

  /** Sets {@code Period} to this value; see {@link #period(double)}. */
  public CloudWatchAlarmTemplate period(Value<Double> value) {
    return set("Period", value);
  }

  /**
   * The statistic to apply to the alarm's metric data.
   *
   * <p>Required. Allowed values: {@code SampleCount}, {@code Average}, {@code Sum}, {@code
   * Minimum}, {@code Maximum}. CloudFormation property {@code Statistic}.
   */
  public CloudWatchAlarmTemplate statistic(String value) {
    return set("Statistic", Value.of(value));
  }

  /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
  public CloudWatchAlarmTemplate statistic(Value<String> value) {
    return set("Statistic", value);
  }

  /**
   * Represents the tags associated with a resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public CloudWatchAlarmTemplate tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public CloudWatchAlarmTemplate tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public CloudWatchAlarmTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The resource type this template should dynamically generate CloudWatch metric alarms for.
   *
   * <p>Required. Allowed values: {@code CLOUDFRONT_DISTRIBUTION}, {@code MEDIALIVE_MULTIPLEX},
   * {@code MEDIALIVE_CHANNEL}, {@code MEDIALIVE_INPUT_DEVICE}, {@code MEDIAPACKAGE_CHANNEL}, {@code
   * MEDIAPACKAGE_ORIGIN_ENDPOINT}, {@code MEDIACONNECT_FLOW}, {@code
   * MEDIATAILOR_PLAYBACK_CONFIGURATION}, {@code S3_BUCKET}. CloudFormation property {@code
   * TargetResourceType}.
   */
  public CloudWatchAlarmTemplate targetResourceType(String value) {
    return set("TargetResourceType", Value.of(value));
  }

  /** Sets {@code TargetResourceType} to this value; see {@link #targetResourceType(String)}. */
  public CloudWatchAlarmTemplate targetResourceType(Value<String> value) {
    return set("TargetResourceType", value);
  }

  /**
   * The threshold value to compare with the specified statistic.
   *
   * <p>Required. Default: {@code 0}. CloudFormation property {@code Threshold}.
   */
  public CloudWatchAlarmTemplate threshold(double value) {
    return set("Threshold", Value.of(value));
  }

  /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
  public CloudWatchAlarmTemplate threshold(Value<Double> value) {
    return set("Threshold", value);
  }

  /**
   * Specifies how missing data points are treated when evaluating the alarm's condition.
   *
   * <p>Required. Allowed values: {@code notBreaching}, {@code breaching}, {@code ignore}, {@code
   * missing}. CloudFormation property {@code TreatMissingData}.
   */
  public CloudWatchAlarmTemplate treatMissingData(String value) {
    return set("TreatMissingData", Value.of(value));
  }

  /** Sets {@code TreatMissingData} to this value; see {@link #treatMissingData(String)}. */
  public CloudWatchAlarmTemplate treatMissingData(Value<String> value) {
    return set("TreatMissingData", value);
  }

  /**
   * A cloudwatch alarm template's ARN (Amazon Resource Name)
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time of resource creation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * A CloudWatch alarm template group's id. Amazon Web Services provided template groups have ids
   * that start with &lt;code&gt;<code>aws-</code>&lt;/code&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupId}.
   */
  public Value<String> groupId() {
    return getAtt("GroupId");
  }

  /**
   * A cloudwatch alarm template's id. Amazon Web Services provided templates have ids that start
   * with &lt;code&gt;<code>aws-</code>&lt;/code&gt;.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code Identifier}. */
  public Value<String> identifier() {
    return getAtt("Identifier");
  }

  /**
   * The date and time of latest resource modification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }
}
