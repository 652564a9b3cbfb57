// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Events (prefix {@code iotevents}), as the service authorization reference lists them.
 */
public final class Iotevents {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotevents";

  /** {@code iotevents:BatchAcknowledgeAlarm}: Write; on alarmModel. */
  public static final Action BATCH_ACKNOWLEDGE_ALARM = Action.of(PREFIX, "BatchAcknowledgeAlarm");

  /** {@code iotevents:BatchDeleteDetector}: Write; on detectorModel. */
  public static final Action BATCH_DELETE_DETECTOR = Action.of(PREFIX, "BatchDeleteDetector");

  /** {@code iotevents:BatchDisableAlarm}: Write; on alarmModel. */
  public static final Action BATCH_DISABLE_ALARM = Action.of(PREFIX, "BatchDisableAlarm");

  /** {@code iotevents:BatchEnableAlarm}: Write; on alarmModel. */
  public static final Action BATCH_ENABLE_ALARM = Action.of(PREFIX, "BatchEnableAlarm");

  /** {@code iotevents:BatchPutMessage}: Write; on input. */
  public static final Action BATCH_PUT_MESSAGE = Action.of(PREFIX, "BatchPutMessage");

  /** {@code iotevents:BatchResetAlarm}: Write; on alarmModel. */
  public static final Action BATCH_RESET_ALARM = Action.of(PREFIX, "BatchResetAlarm");

  /** {@code iotevents:BatchSnoozeAlarm}: Write; on alarmModel. */
  public static final Action BATCH_SNOOZE_ALARM = Action.of(PREFIX, "BatchSnoozeAlarm");

  /** {@code iotevents:BatchUpdateDetector}: Write; on detectorModel. */
  public static final Action BATCH_UPDATE_DETECTOR = Action.of(PREFIX, "BatchUpdateDetector");

  /** {@code iotevents:CreateAlarmModel}: Write; on alarmModel. */
  public static final Action CREATE_ALARM_MODEL = Action.of(PREFIX, "CreateAlarmModel");

  /** {@code iotevents:CreateDetectorModel}: Write; on detectorModel. */
  public static final Action CREATE_DETECTOR_MODEL = Action.of(PREFIX, "CreateDetectorModel");

  /** {@code iotevents:CreateInput}: Write; on input. */
  public static final Action CREATE_INPUT = Action.of(PREFIX, "CreateInput");

  /** {@code iotevents:DeleteAlarmModel}: Write; on alarmModel. */
  public static final Action DELETE_ALARM_MODEL = Action.of(PREFIX, "DeleteAlarmModel");

  /** {@code iotevents:DeleteDetectorModel}: Write; on detectorModel. */
  public static final Action DELETE_DETECTOR_MODEL = Action.of(PREFIX, "DeleteDetectorModel");

  /** {@code iotevents:DeleteInput}: Write; on input. */
  public static final Action DELETE_INPUT = Action.of(PREFIX, "DeleteInput");

  /** {@code iotevents:DescribeAlarm}: Read; on alarmModel. */
  public static final Action DESCRIBE_ALARM = Action.of(PREFIX, "DescribeAlarm");

  /** {@code iotevents:DescribeAlarmModel}: Read; on alarmModel. */
  public static final Action DESCRIBE_ALARM_MODEL = Action.of(PREFIX, "DescribeAlarmModel");

  /** {@code iotevents:DescribeDetector}: Read; on detectorModel. */
  public static final Action DESCRIBE_DETECTOR = Action.of(PREFIX, "DescribeDetector");

  /** {@code iotevents:DescribeDetectorModel}: Read; on detectorModel. */
  public static final Action DESCRIBE_DETECTOR_MODEL = Action.of(PREFIX, "DescribeDetectorModel");

  /** {@code iotevents:DescribeDetectorModelAnalysis}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DETECTOR_MODEL_ANALYSIS = Action.of(PREFIX, "DescribeDetectorModelAnalysis");

  /** {@code iotevents:DescribeInput}: Read; on input. */
  public static final Action DESCRIBE_INPUT = Action.of(PREFIX, "DescribeInput");

  /** {@code iotevents:DescribeLoggingOptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOGGING_OPTIONS = Action.of(PREFIX, "DescribeLoggingOptions");

  /** {@code iotevents:GetDetectorModelAnalysisResults}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DETECTOR_MODEL_ANALYSIS_RESULTS = Action.of(PREFIX, "GetDetectorModelAnalysisResults");

  /** {@code iotevents:ListAlarmModelVersions}: List; on alarmModel. */
  public static final Action LIST_ALARM_MODEL_VERSIONS = Action.of(PREFIX, "ListAlarmModelVersions");

  /** {@code iotevents:ListAlarmModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALARM_MODELS = Action.of(PREFIX, "ListAlarmModels");

  /** {@code iotevents:ListAlarms}: List; on alarmModel. */
  public static final Action LIST_ALARMS = Action.of(PREFIX, "ListAlarms");

  /** {@code iotevents:ListDetectorModelVersions}: List; on detectorModel. */
  public static final Action LIST_DETECTOR_MODEL_VERSIONS = Action.of(PREFIX, "ListDetectorModelVersions");

  /** {@code iotevents:ListDetectorModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DETECTOR_MODELS = Action.of(PREFIX, "ListDetectorModels");

  /** {@code iotevents:ListDetectors}: List; on detectorModel. */
  public static final Action LIST_DETECTORS = Action.of(PREFIX, "ListDetectors");

  /** {@code iotevents:ListInputRoutings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INPUT_ROUTINGS = Action.of(PREFIX, "ListInputRoutings");

  /** {@code iotevents:ListInputs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INPUTS = Action.of(PREFIX, "ListInputs");

  /** {@code iotevents:ListTagsForResource}: Read; on alarmModel, detectorModel, input. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotevents:PutLoggingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LOGGING_OPTIONS = Action.of(PREFIX, "PutLoggingOptions");

  /** {@code iotevents:StartDetectorModelAnalysis}: Write; on no resource type (give {@code *}). */
  public static final Action START_DETECTOR_MODEL_ANALYSIS = Action.of(PREFIX, "StartDetectorModelAnalysis");

  /** {@code iotevents:TagResource}: Tagging; on alarmModel, detectorModel, input. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotevents:UntagResource}: Tagging; on alarmModel, detectorModel, input. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotevents:UpdateAlarmModel}: Write; on alarmModel. */
  public static final Action UPDATE_ALARM_MODEL = Action.of(PREFIX, "UpdateAlarmModel");

  /** {@code iotevents:UpdateDetectorModel}: Write; on detectorModel. */
  public static final Action UPDATE_DETECTOR_MODEL = Action.of(PREFIX, "UpdateDetectorModel");

  /** {@code iotevents:UpdateInput}: Write; on input. */
  public static final Action UPDATE_INPUT = Action.of(PREFIX, "UpdateInput");

  /** {@code iotevents:UpdateInputRouting}: Write; on input. */
  public static final Action UPDATE_INPUT_ROUTING = Action.of(PREFIX, "UpdateInputRouting");

  private Iotevents() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
