// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates an <em>anomaly detector</em> that regularly scans one or more log groups and
 * look for patterns and anomalies in the logs.
 *
 * <p>An anomaly detector can help surface issues by automatically discovering anomalies in your log
 * event traffic. An anomaly detector uses machine learning algorithms to scan log events and find
 * <em>patterns</em> . A pattern is a shared text structure that recurs among your log fields.
 * Patterns provide a useful tool for analyzing large sets of logs because a large number of log
 * events can often be compressed into a few patterns.
 *
 * <p>The anomaly detector uses pattern recognition to find <code>anomalies</code> , which are
 * unusual log events. It compares current log events and patterns with trained baselines.
 *
 * <p>Fields within a pattern are called <em>tokens</em> . Fields that vary within a pattern, such
 * as a request ID or timestamp, are referred to as <em>dynamic tokens</em> and represented by
 * <code>&lt;*&gt;</code> .
 *
 * <p>For more information see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/LogsAnomalyDetection.html">Log
 * anomaly detection</a> .
 *
 * <p>CloudFormation type {@code AWS::Logs::LogAnomalyDetector}.
 */
public final class LogAnomalyDetector extends Resource<LogAnomalyDetector> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::LogAnomalyDetector")
      .constrain("AnomalyVisibilityTime", Constraint.of().minimum(7).maximum(90))
      .constrain("DetectorName", Constraint.of().minLength(1))
      .allowed("EvaluationFrequency", "FIVE_MIN", "TEN_MIN", "FIFTEEN_MIN", "THIRTY_MIN",
          "ONE_HOUR")
      .constrain("FilterPattern", Constraint.of().pattern("").minLength(0).maxLength(1024))
      .constrain("LogGroupArnList", Constraint.of().pattern("^[\\w#+=/:,.@*-]*$").minLength(20).maxLength(2048))
      .refYields("AnomalyDetectorArn")
      .attributes("AnomalyDetectorArn", "AnomalyDetectorStatus", "CreationTimeStamp",
          "LastModifiedTimeStamp")
      .build();

  public LogAnomalyDetector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the account to create the anomaly detector in.
   *
   * <p>CloudFormation property {@code AccountId}.
   */
  public LogAnomalyDetector accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public LogAnomalyDetector accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * The number of days to have visibility on an anomaly. After this time period has elapsed for an
   * anomaly, it will be automatically baselined and the anomaly detector will treat new occurrences
   * of a similar anomaly as normal. Therefore, if you do not correct the cause of an anomaly during
   * the time period specified in <code>AnomalyVisibilityTime</code> , it will be considered normal
   * going forward and will not be detected as an anomaly.
   *
   * <p>Range: 7 to 90. CloudFormation property {@code AnomalyVisibilityTime}.
   */
  public LogAnomalyDetector anomalyVisibilityTime(double value) {
    return set("AnomalyVisibilityTime", Value.of(value));
  }

  /**
   * Sets {@code AnomalyVisibilityTime} to this value; see {@link #anomalyVisibilityTime(double)}.
   */
  public LogAnomalyDetector anomalyVisibilityTime(Value<Double> value) {
    return set("AnomalyVisibilityTime", value);
  }

  /**
   * A name for this anomaly detector.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code DetectorName}.
   */
  public LogAnomalyDetector detectorName(String value) {
    return set("DetectorName", Value.of(value));
  }

  /** Sets {@code DetectorName} to this value; see {@link #detectorName(String)}. */
  public LogAnomalyDetector detectorName(Value<String> value) {
    return set("DetectorName", value);
  }

  /**
   * Specifies how often the anomaly detector is to run and look for anomalies. Set this value
   * according to the frequency that the log group receives new logs. For example, if the log group
   * receives new log events every 10 minutes, then 15 minutes might be a good setting for
   * <code>EvaluationFrequency</code> .
   *
   * <p>Allowed values: {@code FIVE_MIN}, {@code TEN_MIN}, {@code FIFTEEN_MIN}, {@code THIRTY_MIN},
   * {@code ONE_HOUR}. CloudFormation property {@code EvaluationFrequency}.
   */
  public LogAnomalyDetector evaluationFrequency(String value) {
    return set("EvaluationFrequency", Value.of(value));
  }

  /** Sets {@code EvaluationFrequency} to this value; see {@link #evaluationFrequency(String)}. */
  public LogAnomalyDetector evaluationFrequency(Value<String> value) {
    return set("EvaluationFrequency", value);
  }

  /**
   * You can use this parameter to limit the anomaly detection model to examine only log events that
   * match the pattern you specify here. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html">Filter
   * and Pattern Syntax</a> .
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code }. CloudFormation property {@code
   * FilterPattern}.
   */
  public LogAnomalyDetector filterPattern(String value) {
    return set("FilterPattern", Value.of(value));
  }

  /** Sets {@code FilterPattern} to this value; see {@link #filterPattern(String)}. */
  public LogAnomalyDetector filterPattern(Value<String> value) {
    return set("FilterPattern", value);
  }

  /**
   * Optionally assigns a AWS key to secure this anomaly detector and its findings. If a key is
   * assigned, the anomalies found and the model used by this detector are encrypted at rest with
   * the key. If a key is assigned to an anomaly detector, a user must have permissions for both
   * this key and for the anomaly detector to retrieve information about the anomalies that it
   * finds.
   *
   * <p>For more information about using a AWS key and to see the required IAM policy, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/LogsAnomalyDetection-KMS.html">Use
   * a AWS key with an anomaly detector</a> .
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public LogAnomalyDetector kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public LogAnomalyDetector kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The ARN of the log group that is associated with this anomaly detector. You can specify only
   * one log group ARN.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code ^[&#92;w#+=/:,.&#64;*-]*$}. CloudFormation
   * property {@code LogGroupArnList}.
   */
  public LogAnomalyDetector logGroupArnList(List<String> value) {
    return set("LogGroupArnList", Value.listOf(value));
  }

  /** Sets {@code LogGroupArnList} to this value; see {@link #logGroupArnList(List)}. */
  public LogAnomalyDetector logGroupArnList(Value<List<String>> value) {
    return set("LogGroupArnList", value);
  }

  /**
   * The ARN of the anomaly detector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AnomalyDetectorArn}.
   */
  public Value<String> anomalyDetectorArn() {
    return getAtt("AnomalyDetectorArn");
  }

  /**
   * Specifies whether the anomaly detector is currently active.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AnomalyDetectorStatus}.
   */
  public Value<String> anomalyDetectorStatus() {
    return getAtt("AnomalyDetectorStatus");
  }

  /**
   * The time that the anomaly detector was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTimeStamp}.
   */
  public Value<Double> creationTimeStamp() {
    return getAtt("CreationTimeStamp");
  }

  /**
   * The time that the anomaly detector was most recently modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTimeStamp}.
   */
  public Value<Double> lastModifiedTimeStamp() {
    return getAtt("LastModifiedTimeStamp");
  }
}
