// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Fraud Detector (prefix {@code frauddetector}), as the service authorization reference lists them.
 */
public final class Frauddetector {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "frauddetector";

  /** {@code frauddetector:BatchCreateVariable}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_CREATE_VARIABLE = Action.of(PREFIX, "BatchCreateVariable");

  /** {@code frauddetector:BatchGetVariable}: List; on variable. */
  public static final Action BATCH_GET_VARIABLE = Action.of(PREFIX, "BatchGetVariable");

  /** {@code frauddetector:CancelBatchImportJob}: Write; on batch-import. */
  public static final Action CANCEL_BATCH_IMPORT_JOB = Action.of(PREFIX, "CancelBatchImportJob");

  /** {@code frauddetector:CancelBatchPredictionJob}: Write; on batch-prediction. */
  public static final Action CANCEL_BATCH_PREDICTION_JOB = Action.of(PREFIX, "CancelBatchPredictionJob");

  /** {@code frauddetector:CreateBatchImportJob}: Write; on batch-import, event-type. */
  public static final Action CREATE_BATCH_IMPORT_JOB = Action.of(PREFIX, "CreateBatchImportJob");

  /** {@code frauddetector:CreateBatchPredictionJob}: Write; on batch-prediction, detector, detector-version, event-type. */
  public static final Action CREATE_BATCH_PREDICTION_JOB = Action.of(PREFIX, "CreateBatchPredictionJob");

  /** {@code frauddetector:CreateDetectorVersion}: Write; on detector, external-model, model-version. */
  public static final Action CREATE_DETECTOR_VERSION = Action.of(PREFIX, "CreateDetectorVersion");

  /** {@code frauddetector:CreateList}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LIST = Action.of(PREFIX, "CreateList");

  /** {@code frauddetector:CreateModel}: Write; on event-type, model. */
  public static final Action CREATE_MODEL = Action.of(PREFIX, "CreateModel");

  /** {@code frauddetector:CreateModelVersion}: Write; on model. */
  public static final Action CREATE_MODEL_VERSION = Action.of(PREFIX, "CreateModelVersion");

  /** {@code frauddetector:CreateRule}: Write; on detector. */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code frauddetector:CreateVariable}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VARIABLE = Action.of(PREFIX, "CreateVariable");

  /** {@code frauddetector:DeleteBatchImportJob}: Write; on batch-import. */
  public static final Action DELETE_BATCH_IMPORT_JOB = Action.of(PREFIX, "DeleteBatchImportJob");

  /** {@code frauddetector:DeleteBatchPredictionJob}: Write; on batch-prediction. */
  public static final Action DELETE_BATCH_PREDICTION_JOB = Action.of(PREFIX, "DeleteBatchPredictionJob");

  /** {@code frauddetector:DeleteDetector}: Write; on detector. */
  public static final Action DELETE_DETECTOR = Action.of(PREFIX, "DeleteDetector");

  /** {@code frauddetector:DeleteDetectorVersion}: Write; on detector-version. */
  public static final Action DELETE_DETECTOR_VERSION = Action.of(PREFIX, "DeleteDetectorVersion");

  /** {@code frauddetector:DeleteEntityType}: Write; on entity-type. */
  public static final Action DELETE_ENTITY_TYPE = Action.of(PREFIX, "DeleteEntityType");

  /** {@code frauddetector:DeleteEvent}: Write; on event-type. */
  public static final Action DELETE_EVENT = Action.of(PREFIX, "DeleteEvent");

  /** {@code frauddetector:DeleteEventType}: Write; on event-type. */
  public static final Action DELETE_EVENT_TYPE = Action.of(PREFIX, "DeleteEventType");

  /** {@code frauddetector:DeleteEventsByEventType}: Write; on event-type. */
  public static final Action DELETE_EVENTS_BY_EVENT_TYPE = Action.of(PREFIX, "DeleteEventsByEventType");

  /** {@code frauddetector:DeleteExternalModel}: Write; on external-model. */
  public static final Action DELETE_EXTERNAL_MODEL = Action.of(PREFIX, "DeleteExternalModel");

  /** {@code frauddetector:DeleteLabel}: Write; on label. */
  public static final Action DELETE_LABEL = Action.of(PREFIX, "DeleteLabel");

  /** {@code frauddetector:DeleteList}: Write; on list. */
  public static final Action DELETE_LIST = Action.of(PREFIX, "DeleteList");

  /** {@code frauddetector:DeleteModel}: Write; on model. */
  public static final Action DELETE_MODEL = Action.of(PREFIX, "DeleteModel");

  /** {@code frauddetector:DeleteModelVersion}: Write; on model-version. */
  public static final Action DELETE_MODEL_VERSION = Action.of(PREFIX, "DeleteModelVersion");

  /** {@code frauddetector:DeleteOutcome}: Write; on outcome. */
  public static final Action DELETE_OUTCOME = Action.of(PREFIX, "DeleteOutcome");

  /** {@code frauddetector:DeleteRule}: Write; on rule. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code frauddetector:DeleteVariable}: Write; on variable. */
  public static final Action DELETE_VARIABLE = Action.of(PREFIX, "DeleteVariable");

  /** {@code frauddetector:DescribeDetector}: Read; on detector. */
  public static final Action DESCRIBE_DETECTOR = Action.of(PREFIX, "DescribeDetector");

  /** {@code frauddetector:DescribeModelVersions}: Read; on model-version. */
  public static final Action DESCRIBE_MODEL_VERSIONS = Action.of(PREFIX, "DescribeModelVersions");

  /** {@code frauddetector:GetBatchImportJobValidationReport}: Read; on batch-import. */
  public static final Action GET_BATCH_IMPORT_JOB_VALIDATION_REPORT = Action.of(PREFIX, "GetBatchImportJobValidationReport");

  /** {@code frauddetector:GetBatchImportJobs}: List; on batch-import. */
  public static final Action GET_BATCH_IMPORT_JOBS = Action.of(PREFIX, "GetBatchImportJobs");

  /** {@code frauddetector:GetBatchPredictionJobs}: List; on batch-prediction. */
  public static final Action GET_BATCH_PREDICTION_JOBS = Action.of(PREFIX, "GetBatchPredictionJobs");

  /** {@code frauddetector:GetDeleteEventsByEventTypeStatus}: Read; on event-type. */
  public static final Action GET_DELETE_EVENTS_BY_EVENT_TYPE_STATUS = Action.of(PREFIX, "GetDeleteEventsByEventTypeStatus");

  /** {@code frauddetector:GetDetectorVersion}: Read; on detector-version. */
  public static final Action GET_DETECTOR_VERSION = Action.of(PREFIX, "GetDetectorVersion");

  /** {@code frauddetector:GetDetectors}: List; on detector. */
  public static final Action GET_DETECTORS = Action.of(PREFIX, "GetDetectors");

  /** {@code frauddetector:GetEntityTypes}: List; on entity-type. */
  public static final Action GET_ENTITY_TYPES = Action.of(PREFIX, "GetEntityTypes");

  /** {@code frauddetector:GetEvent}: Read; on event-type. */
  public static final Action GET_EVENT = Action.of(PREFIX, "GetEvent");

  /** {@code frauddetector:GetEventPrediction}: Read; on detector, detector-version, event-type. */
  public static final Action GET_EVENT_PREDICTION = Action.of(PREFIX, "GetEventPrediction");

  /** {@code frauddetector:GetEventPredictionMetadata}: Read; on detector, detector-version, event-type. */
  public static final Action GET_EVENT_PREDICTION_METADATA = Action.of(PREFIX, "GetEventPredictionMetadata");

  /** {@code frauddetector:GetEventTypes}: List; on event-type. */
  public static final Action GET_EVENT_TYPES = Action.of(PREFIX, "GetEventTypes");

  /** {@code frauddetector:GetExternalModels}: List; on external-model. */
  public static final Action GET_EXTERNAL_MODELS = Action.of(PREFIX, "GetExternalModels");

  /** {@code frauddetector:GetKMSEncryptionKey}: Read; on no resource type (give {@code *}). */
  public static final Action GET_KMS_ENCRYPTION_KEY = Action.of(PREFIX, "GetKMSEncryptionKey");

  /** {@code frauddetector:GetLabels}: List; on label. */
  public static final Action GET_LABELS = Action.of(PREFIX, "GetLabels");

  /** {@code frauddetector:GetListElements}: Read; on list. */
  public static final Action GET_LIST_ELEMENTS = Action.of(PREFIX, "GetListElements");

  /** {@code frauddetector:GetListsMetadata}: List; on list. */
  public static final Action GET_LISTS_METADATA = Action.of(PREFIX, "GetListsMetadata");

  /** {@code frauddetector:GetModelVersion}: Read; on model-version. */
  public static final Action GET_MODEL_VERSION = Action.of(PREFIX, "GetModelVersion");

  /** {@code frauddetector:GetModels}: List; on model. */
  public static final Action GET_MODELS = Action.of(PREFIX, "GetModels");

  /** {@code frauddetector:GetOutcomes}: List; on outcome. */
  public static final Action GET_OUTCOMES = Action.of(PREFIX, "GetOutcomes");

  /** {@code frauddetector:GetRules}: List; on rule. */
  public static final Action GET_RULES = Action.of(PREFIX, "GetRules");

  /** {@code frauddetector:GetVariables}: List; on variable. */
  public static final Action GET_VARIABLES = Action.of(PREFIX, "GetVariables");

  /** {@code frauddetector:ListEventPredictions}: List; on detector, detector-version, event-type. */
  public static final Action LIST_EVENT_PREDICTIONS = Action.of(PREFIX, "ListEventPredictions");

  /** {@code frauddetector:ListTagsForResource}: Read; on batch-import, batch-prediction, detector, detector-version, entity-type, event-type, external-model, label, list, model, model-version, outcome, rule, variable. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code frauddetector:PutDetector}: Write; on detector, event-type. */
  public static final Action PUT_DETECTOR = Action.of(PREFIX, "PutDetector");

  /** {@code frauddetector:PutEntityType}: Write; on entity-type. */
  public static final Action PUT_ENTITY_TYPE = Action.of(PREFIX, "PutEntityType");

  /** {@code frauddetector:PutEventType}: Write; on event-type. */
  public static final Action PUT_EVENT_TYPE = Action.of(PREFIX, "PutEventType");

  /** {@code frauddetector:PutExternalModel}: Write; on event-type, external-model. */
  public static final Action PUT_EXTERNAL_MODEL = Action.of(PREFIX, "PutExternalModel");

  /** {@code frauddetector:PutKMSEncryptionKey}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_KMS_ENCRYPTION_KEY = Action.of(PREFIX, "PutKMSEncryptionKey");

  /** {@code frauddetector:PutLabel}: Write; on label. */
  public static final Action PUT_LABEL = Action.of(PREFIX, "PutLabel");

  /** {@code frauddetector:PutOutcome}: Write; on outcome. */
  public static final Action PUT_OUTCOME = Action.of(PREFIX, "PutOutcome");

  /** {@code frauddetector:SendEvent}: Write; on event-type. */
  public static final Action SEND_EVENT = Action.of(PREFIX, "SendEvent");

  /** {@code frauddetector:TagResource}: Tagging; on batch-import, batch-prediction, detector, detector-version, entity-type, event-type, external-model, label, list, model, model-version, outcome, rule, variable. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code frauddetector:UntagResource}: Tagging; on batch-import, batch-prediction, detector, detector-version, entity-type, event-type, external-model, label, list, model, model-version, outcome, rule, variable. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code frauddetector:UpdateDetectorVersion}: Write; on detector, external-model, model-version. */
  public static final Action UPDATE_DETECTOR_VERSION = Action.of(PREFIX, "UpdateDetectorVersion");

  /** {@code frauddetector:UpdateDetectorVersionMetadata}: Write; on detector-version. */
  public static final Action UPDATE_DETECTOR_VERSION_METADATA = Action.of(PREFIX, "UpdateDetectorVersionMetadata");

  /** {@code frauddetector:UpdateDetectorVersionStatus}: Write; on detector-version. */
  public static final Action UPDATE_DETECTOR_VERSION_STATUS = Action.of(PREFIX, "UpdateDetectorVersionStatus");

  /** {@code frauddetector:UpdateEventLabel}: Write; on event-type. */
  public static final Action UPDATE_EVENT_LABEL = Action.of(PREFIX, "UpdateEventLabel");

  /** {@code frauddetector:UpdateList}: Write; on list. */
  public static final Action UPDATE_LIST = Action.of(PREFIX, "UpdateList");

  /** {@code frauddetector:UpdateModel}: Write; on model. */
  public static final Action UPDATE_MODEL = Action.of(PREFIX, "UpdateModel");

  /** {@code frauddetector:UpdateModelVersion}: Write; on model. */
  public static final Action UPDATE_MODEL_VERSION = Action.of(PREFIX, "UpdateModelVersion");

  /** {@code frauddetector:UpdateModelVersionStatus}: Write; on model-version. */
  public static final Action UPDATE_MODEL_VERSION_STATUS = Action.of(PREFIX, "UpdateModelVersionStatus");

  /** {@code frauddetector:UpdateRuleMetadata}: Write; on rule. */
  public static final Action UPDATE_RULE_METADATA = Action.of(PREFIX, "UpdateRuleMetadata");

  /** {@code frauddetector:UpdateRuleVersion}: Write; on rule. */
  public static final Action UPDATE_RULE_VERSION = Action.of(PREFIX, "UpdateRuleVersion");

  /** {@code frauddetector:UpdateVariable}: Write; on variable. */
  public static final Action UPDATE_VARIABLE = Action.of(PREFIX, "UpdateVariable");

  private Frauddetector() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
