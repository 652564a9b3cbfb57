// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Lookout for Metrics (prefix {@code lookoutmetrics}), as the service authorization reference lists them.
 */
public final class Lookoutmetrics {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "lookoutmetrics";

  /** {@code lookoutmetrics:ActivateAnomalyDetector}: Write; on AnomalyDetector. */
  public static final Action ACTIVATE_ANOMALY_DETECTOR = Action.of(PREFIX, "ActivateAnomalyDetector");

  /** {@code lookoutmetrics:BackTestAnomalyDetector}: Write; on AnomalyDetector. */
  public static final Action BACK_TEST_ANOMALY_DETECTOR = Action.of(PREFIX, "BackTestAnomalyDetector");

  /** {@code lookoutmetrics:CreateAlert}: Write; on Alert, AnomalyDetector. */
  public static final Action CREATE_ALERT = Action.of(PREFIX, "CreateAlert");

  /** {@code lookoutmetrics:CreateAnomalyDetector}: Write; on AnomalyDetector. */
  public static final Action CREATE_ANOMALY_DETECTOR = Action.of(PREFIX, "CreateAnomalyDetector");

  /** {@code lookoutmetrics:CreateMetricSet}: Write; on AnomalyDetector, MetricSet. */
  public static final Action CREATE_METRIC_SET = Action.of(PREFIX, "CreateMetricSet");

  /** {@code lookoutmetrics:DeactivateAnomalyDetector}: Write; on AnomalyDetector. */
  public static final Action DEACTIVATE_ANOMALY_DETECTOR = Action.of(PREFIX, "DeactivateAnomalyDetector");

  /** {@code lookoutmetrics:DeleteAlert}: Write; on Alert. */
  public static final Action DELETE_ALERT = Action.of(PREFIX, "DeleteAlert");

  /** {@code lookoutmetrics:DeleteAnomalyDetector}: Write; on AnomalyDetector. */
  public static final Action DELETE_ANOMALY_DETECTOR = Action.of(PREFIX, "DeleteAnomalyDetector");

  /** {@code lookoutmetrics:DescribeAlert}: Read; on Alert. */
  public static final Action DESCRIBE_ALERT = Action.of(PREFIX, "DescribeAlert");

  /** {@code lookoutmetrics:DescribeAnomalyDetectionExecutions}: Read; on AnomalyDetector. */
  public static final Action DESCRIBE_ANOMALY_DETECTION_EXECUTIONS = Action.of(PREFIX, "DescribeAnomalyDetectionExecutions");

  /** {@code lookoutmetrics:DescribeAnomalyDetector}: Read; on AnomalyDetector. */
  public static final Action DESCRIBE_ANOMALY_DETECTOR = Action.of(PREFIX, "DescribeAnomalyDetector");

  /** {@code lookoutmetrics:DescribeMetricSet}: Read; on MetricSet. */
  public static final Action DESCRIBE_METRIC_SET = Action.of(PREFIX, "DescribeMetricSet");

  /** {@code lookoutmetrics:DetectMetricSetConfig}: Write; on AnomalyDetector. */
  public static final Action DETECT_METRIC_SET_CONFIG = Action.of(PREFIX, "DetectMetricSetConfig");

  /** {@code lookoutmetrics:GetAnomalyGroup}: Read; on AnomalyDetector. */
  public static final Action GET_ANOMALY_GROUP = Action.of(PREFIX, "GetAnomalyGroup");

  /** {@code lookoutmetrics:GetDataQualityMetrics}: Read; on AnomalyDetector. */
  public static final Action GET_DATA_QUALITY_METRICS = Action.of(PREFIX, "GetDataQualityMetrics");

  /** {@code lookoutmetrics:GetFeedback}: Read; on AnomalyDetector. */
  public static final Action GET_FEEDBACK = Action.of(PREFIX, "GetFeedback");

  /** {@code lookoutmetrics:GetSampleData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAMPLE_DATA = Action.of(PREFIX, "GetSampleData");

  /** {@code lookoutmetrics:ListAlerts}: List; on AnomalyDetector. */
  public static final Action LIST_ALERTS = Action.of(PREFIX, "ListAlerts");

  /** {@code lookoutmetrics:ListAnomalyDetectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANOMALY_DETECTORS = Action.of(PREFIX, "ListAnomalyDetectors");

  /** {@code lookoutmetrics:ListAnomalyGroupRelatedMetrics}: List; on AnomalyDetector. */
  public static final Action LIST_ANOMALY_GROUP_RELATED_METRICS = Action.of(PREFIX, "ListAnomalyGroupRelatedMetrics");

  /** {@code lookoutmetrics:ListAnomalyGroupSummaries}: List; on AnomalyDetector. */
  public static final Action LIST_ANOMALY_GROUP_SUMMARIES = Action.of(PREFIX, "ListAnomalyGroupSummaries");

  /** {@code lookoutmetrics:ListAnomalyGroupTimeSeries}: List; on AnomalyDetector. */
  public static final Action LIST_ANOMALY_GROUP_TIME_SERIES = Action.of(PREFIX, "ListAnomalyGroupTimeSeries");

  /** {@code lookoutmetrics:ListMetricSets}: List; on AnomalyDetector. */
  public static final Action LIST_METRIC_SETS = Action.of(PREFIX, "ListMetricSets");

  /** {@code lookoutmetrics:ListTagsForResource}: Read; on Alert, AnomalyDetector, MetricSet. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code lookoutmetrics:PutFeedback}: Write; on AnomalyDetector. */
  public static final Action PUT_FEEDBACK = Action.of(PREFIX, "PutFeedback");

  /** {@code lookoutmetrics:TagResource}: Tagging; on Alert, AnomalyDetector, MetricSet. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code lookoutmetrics:UntagResource}: Tagging; on Alert, AnomalyDetector, MetricSet. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code lookoutmetrics:UpdateAlert}: Write; on Alert. */
  public static final Action UPDATE_ALERT = Action.of(PREFIX, "UpdateAlert");

  /** {@code lookoutmetrics:UpdateAnomalyDetector}: Write; on AnomalyDetector. */
  public static final Action UPDATE_ANOMALY_DETECTOR = Action.of(PREFIX, "UpdateAnomalyDetector");

  /** {@code lookoutmetrics:UpdateMetricSet}: Write; on MetricSet. */
  public static final Action UPDATE_METRIC_SET = Action.of(PREFIX, "UpdateMetricSet");

  private Lookoutmetrics() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
