// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Comprehend (prefix {@code comprehend}), as the service authorization reference lists them.
 */
public final class Comprehend {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "comprehend";

  /** {@code comprehend:BatchDetectDominantLanguage}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DETECT_DOMINANT_LANGUAGE = Action.of(PREFIX, "BatchDetectDominantLanguage");

  /** {@code comprehend:BatchDetectEntities}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DETECT_ENTITIES = Action.of(PREFIX, "BatchDetectEntities");

  /** {@code comprehend:BatchDetectKeyPhrases}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DETECT_KEY_PHRASES = Action.of(PREFIX, "BatchDetectKeyPhrases");

  /** {@code comprehend:BatchDetectSentiment}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DETECT_SENTIMENT = Action.of(PREFIX, "BatchDetectSentiment");

  /** {@code comprehend:BatchDetectSyntax}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DETECT_SYNTAX = Action.of(PREFIX, "BatchDetectSyntax");

  /** {@code comprehend:BatchDetectTargetedSentiment}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DETECT_TARGETED_SENTIMENT = Action.of(PREFIX, "BatchDetectTargetedSentiment");

  /** {@code comprehend:ClassifyDocument}: Read; on document-classifier-endpoint. */
  public static final Action CLASSIFY_DOCUMENT = Action.of(PREFIX, "ClassifyDocument");

  /** {@code comprehend:ContainsPiiEntities}: Read; on no resource type (give {@code *}). */
  public static final Action CONTAINS_PII_ENTITIES = Action.of(PREFIX, "ContainsPiiEntities");

  /** {@code comprehend:CreateDataset}: Write; on flywheel. */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code comprehend:CreateDocumentClassifier}: Write; on document-classifier. */
  public static final Action CREATE_DOCUMENT_CLASSIFIER = Action.of(PREFIX, "CreateDocumentClassifier");

  /** {@code comprehend:CreateEndpoint}: Write; on document-classifier, document-classifier-endpoint, entity-recognizer, entity-recognizer-endpoint, flywheel. */
  public static final Action CREATE_ENDPOINT = Action.of(PREFIX, "CreateEndpoint");

  /** {@code comprehend:CreateEntityRecognizer}: Write; on entity-recognizer. */
  public static final Action CREATE_ENTITY_RECOGNIZER = Action.of(PREFIX, "CreateEntityRecognizer");

  /** {@code comprehend:CreateFlywheel}: Write; on document-classifier, entity-recognizer, flywheel. */
  public static final Action CREATE_FLYWHEEL = Action.of(PREFIX, "CreateFlywheel");

  /** {@code comprehend:DeleteDocumentClassifier}: Write; on document-classifier. */
  public static final Action DELETE_DOCUMENT_CLASSIFIER = Action.of(PREFIX, "DeleteDocumentClassifier");

  /** {@code comprehend:DeleteEndpoint}: Write; on document-classifier-endpoint, entity-recognizer-endpoint. */
  public static final Action DELETE_ENDPOINT = Action.of(PREFIX, "DeleteEndpoint");

  /** {@code comprehend:DeleteEntityRecognizer}: Write; on entity-recognizer. */
  public static final Action DELETE_ENTITY_RECOGNIZER = Action.of(PREFIX, "DeleteEntityRecognizer");

  /** {@code comprehend:DeleteFlywheel}: Write; on flywheel. */
  public static final Action DELETE_FLYWHEEL = Action.of(PREFIX, "DeleteFlywheel");

  /** {@code comprehend:DeleteResourcePolicy}: Write; on document-classifier, entity-recognizer. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code comprehend:DescribeDataset}: Read; on flywheel-dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code comprehend:DescribeDocumentClassificationJob}: Read; on document-classification-job. */
  public static final Action DESCRIBE_DOCUMENT_CLASSIFICATION_JOB = Action.of(PREFIX, "DescribeDocumentClassificationJob");

  /** {@code comprehend:DescribeDocumentClassifier}: Read; on document-classifier. */
  public static final Action DESCRIBE_DOCUMENT_CLASSIFIER = Action.of(PREFIX, "DescribeDocumentClassifier");

  /** {@code comprehend:DescribeDominantLanguageDetectionJob}: Read; on dominant-language-detection-job. */
  public static final Action DESCRIBE_DOMINANT_LANGUAGE_DETECTION_JOB = Action.of(PREFIX, "DescribeDominantLanguageDetectionJob");

  /** {@code comprehend:DescribeEndpoint}: Read; on document-classifier-endpoint, entity-recognizer-endpoint. */
  public static final Action DESCRIBE_ENDPOINT = Action.of(PREFIX, "DescribeEndpoint");

  /** {@code comprehend:DescribeEntitiesDetectionJob}: Read; on entities-detection-job. */
  public static final Action DESCRIBE_ENTITIES_DETECTION_JOB = Action.of(PREFIX, "DescribeEntitiesDetectionJob");

  /** {@code comprehend:DescribeEntityRecognizer}: Read; on entity-recognizer. */
  public static final Action DESCRIBE_ENTITY_RECOGNIZER = Action.of(PREFIX, "DescribeEntityRecognizer");

  /** {@code comprehend:DescribeEventsDetectionJob}: Read; on events-detection-job. */
  public static final Action DESCRIBE_EVENTS_DETECTION_JOB = Action.of(PREFIX, "DescribeEventsDetectionJob");

  /** {@code comprehend:DescribeFlywheel}: Read; on flywheel. */
  public static final Action DESCRIBE_FLYWHEEL = Action.of(PREFIX, "DescribeFlywheel");

  /** {@code comprehend:DescribeFlywheelIteration}: Read; on flywheel. */
  public static final Action DESCRIBE_FLYWHEEL_ITERATION = Action.of(PREFIX, "DescribeFlywheelIteration");

  /** {@code comprehend:DescribeKeyPhrasesDetectionJob}: Read; on key-phrases-detection-job. */
  public static final Action DESCRIBE_KEY_PHRASES_DETECTION_JOB = Action.of(PREFIX, "DescribeKeyPhrasesDetectionJob");

  /** {@code comprehend:DescribePiiEntitiesDetectionJob}: Read; on pii-entities-detection-job. */
  public static final Action DESCRIBE_PII_ENTITIES_DETECTION_JOB = Action.of(PREFIX, "DescribePiiEntitiesDetectionJob");

  /** {@code comprehend:DescribeResourcePolicy}: Read; on document-classifier, entity-recognizer. */
  public static final Action DESCRIBE_RESOURCE_POLICY = Action.of(PREFIX, "DescribeResourcePolicy");

  /** {@code comprehend:DescribeSentimentDetectionJob}: Read; on sentiment-detection-job. */
  public static final Action DESCRIBE_SENTIMENT_DETECTION_JOB = Action.of(PREFIX, "DescribeSentimentDetectionJob");

  /** {@code comprehend:DescribeTargetedSentimentDetectionJob}: Read; on targeted-sentiment-detection-job. */
  public static final Action DESCRIBE_TARGETED_SENTIMENT_DETECTION_JOB = Action.of(PREFIX, "DescribeTargetedSentimentDetectionJob");

  /** {@code comprehend:DescribeTopicsDetectionJob}: Read; on topics-detection-job. */
  public static final Action DESCRIBE_TOPICS_DETECTION_JOB = Action.of(PREFIX, "DescribeTopicsDetectionJob");

  /** {@code comprehend:DetectDominantLanguage}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_DOMINANT_LANGUAGE = Action.of(PREFIX, "DetectDominantLanguage");

  /** {@code comprehend:DetectEntities}: Read; on entity-recognizer-endpoint. */
  public static final Action DETECT_ENTITIES = Action.of(PREFIX, "DetectEntities");

  /** {@code comprehend:DetectKeyPhrases}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_KEY_PHRASES = Action.of(PREFIX, "DetectKeyPhrases");

  /** {@code comprehend:DetectPiiEntities}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_PII_ENTITIES = Action.of(PREFIX, "DetectPiiEntities");

  /** {@code comprehend:DetectSentiment}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_SENTIMENT = Action.of(PREFIX, "DetectSentiment");

  /** {@code comprehend:DetectSyntax}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_SYNTAX = Action.of(PREFIX, "DetectSyntax");

  /** {@code comprehend:DetectTargetedSentiment}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_TARGETED_SENTIMENT = Action.of(PREFIX, "DetectTargetedSentiment");

  /** {@code comprehend:DetectToxicContent}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_TOXIC_CONTENT = Action.of(PREFIX, "DetectToxicContent");

  /** {@code comprehend:ImportModel}: Write; on document-classifier, entity-recognizer. */
  public static final Action IMPORT_MODEL = Action.of(PREFIX, "ImportModel");

  /** {@code comprehend:ListDatasets}: Read; on flywheel. */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code comprehend:ListDocumentClassificationJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DOCUMENT_CLASSIFICATION_JOBS = Action.of(PREFIX, "ListDocumentClassificationJobs");

  /** {@code comprehend:ListDocumentClassifierSummaries}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DOCUMENT_CLASSIFIER_SUMMARIES = Action.of(PREFIX, "ListDocumentClassifierSummaries");

  /** {@code comprehend:ListDocumentClassifiers}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DOCUMENT_CLASSIFIERS = Action.of(PREFIX, "ListDocumentClassifiers");

  /** {@code comprehend:ListDominantLanguageDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DOMINANT_LANGUAGE_DETECTION_JOBS = Action.of(PREFIX, "ListDominantLanguageDetectionJobs");

  /** {@code comprehend:ListEndpoints}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENDPOINTS = Action.of(PREFIX, "ListEndpoints");

  /** {@code comprehend:ListEntitiesDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITIES_DETECTION_JOBS = Action.of(PREFIX, "ListEntitiesDetectionJobs");

  /** {@code comprehend:ListEntityRecognizerSummaries}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITY_RECOGNIZER_SUMMARIES = Action.of(PREFIX, "ListEntityRecognizerSummaries");

  /** {@code comprehend:ListEntityRecognizers}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITY_RECOGNIZERS = Action.of(PREFIX, "ListEntityRecognizers");

  /** {@code comprehend:ListEventsDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EVENTS_DETECTION_JOBS = Action.of(PREFIX, "ListEventsDetectionJobs");

  /** {@code comprehend:ListFlywheelIterationHistory}: Read; on flywheel. */
  public static final Action LIST_FLYWHEEL_ITERATION_HISTORY = Action.of(PREFIX, "ListFlywheelIterationHistory");

  /** {@code comprehend:ListFlywheels}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_FLYWHEELS = Action.of(PREFIX, "ListFlywheels");

  /** {@code comprehend:ListKeyPhrasesDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_KEY_PHRASES_DETECTION_JOBS = Action.of(PREFIX, "ListKeyPhrasesDetectionJobs");

  /** {@code comprehend:ListPiiEntitiesDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PII_ENTITIES_DETECTION_JOBS = Action.of(PREFIX, "ListPiiEntitiesDetectionJobs");

  /** {@code comprehend:ListSentimentDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SENTIMENT_DETECTION_JOBS = Action.of(PREFIX, "ListSentimentDetectionJobs");

  /** {@code comprehend:ListTagsForResource}: Read; on document-classification-job, document-classifier, document-classifier-endpoint, dominant-language-detection-job, entities-detection-job, entity-recognizer, entity-recognizer-endpoint, events-detection-job, flywheel, flywheel-dataset, key-phrases-detection-job, pii-entities-detection-job, sentiment-detection-job, targeted-sentiment-detection-job, topics-detection-job. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code comprehend:ListTargetedSentimentDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TARGETED_SENTIMENT_DETECTION_JOBS = Action.of(PREFIX, "ListTargetedSentimentDetectionJobs");

  /** {@code comprehend:ListTopicsDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TOPICS_DETECTION_JOBS = Action.of(PREFIX, "ListTopicsDetectionJobs");

  /** {@code comprehend:PutResourcePolicy}: Write; on document-classifier, entity-recognizer. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code comprehend:StartDocumentClassificationJob}: Write; on document-classification-job, document-classifier, flywheel. */
  public static final Action START_DOCUMENT_CLASSIFICATION_JOB = Action.of(PREFIX, "StartDocumentClassificationJob");

  /** {@code comprehend:StartDominantLanguageDetectionJob}: Write; on dominant-language-detection-job. */
  public static final Action START_DOMINANT_LANGUAGE_DETECTION_JOB = Action.of(PREFIX, "StartDominantLanguageDetectionJob");

  /** {@code comprehend:StartEntitiesDetectionJob}: Write; on entities-detection-job, entity-recognizer, flywheel. */
  public static final Action START_ENTITIES_DETECTION_JOB = Action.of(PREFIX, "StartEntitiesDetectionJob");

  /** {@code comprehend:StartEventsDetectionJob}: Write; on events-detection-job. */
  public static final Action START_EVENTS_DETECTION_JOB = Action.of(PREFIX, "StartEventsDetectionJob");

  /** {@code comprehend:StartFlywheelIteration}: Write; on flywheel. */
  public static final Action START_FLYWHEEL_ITERATION = Action.of(PREFIX, "StartFlywheelIteration");

  /** {@code comprehend:StartKeyPhrasesDetectionJob}: Write; on key-phrases-detection-job. */
  public static final Action START_KEY_PHRASES_DETECTION_JOB = Action.of(PREFIX, "StartKeyPhrasesDetectionJob");

  /** {@code comprehend:StartPiiEntitiesDetectionJob}: Write; on pii-entities-detection-job. */
  public static final Action START_PII_ENTITIES_DETECTION_JOB = Action.of(PREFIX, "StartPiiEntitiesDetectionJob");

  /** {@code comprehend:StartSentimentDetectionJob}: Write; on sentiment-detection-job. */
  public static final Action START_SENTIMENT_DETECTION_JOB = Action.of(PREFIX, "StartSentimentDetectionJob");

  /** {@code comprehend:StartTargetedSentimentDetectionJob}: Write; on targeted-sentiment-detection-job. */
  public static final Action START_TARGETED_SENTIMENT_DETECTION_JOB = Action.of(PREFIX, "StartTargetedSentimentDetectionJob");

  /** {@code comprehend:StartTopicsDetectionJob}: Write; on topics-detection-job. */
  public static final Action START_TOPICS_DETECTION_JOB = Action.of(PREFIX, "StartTopicsDetectionJob");

  /** {@code comprehend:StopDominantLanguageDetectionJob}: Write; on dominant-language-detection-job. */
  public static final Action STOP_DOMINANT_LANGUAGE_DETECTION_JOB = Action.of(PREFIX, "StopDominantLanguageDetectionJob");

  /** {@code comprehend:StopEntitiesDetectionJob}: Write; on entities-detection-job. */
  public static final Action STOP_ENTITIES_DETECTION_JOB = Action.of(PREFIX, "StopEntitiesDetectionJob");

  /** {@code comprehend:StopEventsDetectionJob}: Write; on events-detection-job. */
  public static final Action STOP_EVENTS_DETECTION_JOB = Action.of(PREFIX, "StopEventsDetectionJob");

  /** {@code comprehend:StopKeyPhrasesDetectionJob}: Write; on key-phrases-detection-job. */
  public static final Action STOP_KEY_PHRASES_DETECTION_JOB = Action.of(PREFIX, "StopKeyPhrasesDetectionJob");

  /** {@code comprehend:StopPiiEntitiesDetectionJob}: Write; on pii-entities-detection-job. */
  public static final Action STOP_PII_ENTITIES_DETECTION_JOB = Action.of(PREFIX, "StopPiiEntitiesDetectionJob");

  /** {@code comprehend:StopSentimentDetectionJob}: Write; on sentiment-detection-job. */
  public static final Action STOP_SENTIMENT_DETECTION_JOB = Action.of(PREFIX, "StopSentimentDetectionJob");

  /** {@code comprehend:StopTargetedSentimentDetectionJob}: Write; on targeted-sentiment-detection-job. */
  public static final Action STOP_TARGETED_SENTIMENT_DETECTION_JOB = Action.of(PREFIX, "StopTargetedSentimentDetectionJob");

  /** {@code comprehend:StopTrainingDocumentClassifier}: Write; on document-classifier. */
  public static final Action STOP_TRAINING_DOCUMENT_CLASSIFIER = Action.of(PREFIX, "StopTrainingDocumentClassifier");

  /** {@code comprehend:StopTrainingEntityRecognizer}: Write; on entity-recognizer. */
  public static final Action STOP_TRAINING_ENTITY_RECOGNIZER = Action.of(PREFIX, "StopTrainingEntityRecognizer");

  /** {@code comprehend:TagResource}: Tagging; on document-classification-job, document-classifier, document-classifier-endpoint, dominant-language-detection-job, entities-detection-job, entity-recognizer, entity-recognizer-endpoint, events-detection-job, flywheel, flywheel-dataset, key-phrases-detection-job, pii-entities-detection-job, sentiment-detection-job, targeted-sentiment-detection-job, topics-detection-job. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code comprehend:UntagResource}: Tagging; on document-classification-job, document-classifier, document-classifier-endpoint, dominant-language-detection-job, entities-detection-job, entity-recognizer, entity-recognizer-endpoint, events-detection-job, flywheel, flywheel-dataset, key-phrases-detection-job, pii-entities-detection-job, sentiment-detection-job, targeted-sentiment-detection-job, topics-detection-job. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code comprehend:UpdateEndpoint}: Write; on document-classifier-endpoint, entity-recognizer-endpoint, flywheel. */
  public static final Action UPDATE_ENDPOINT = Action.of(PREFIX, "UpdateEndpoint");

  /** {@code comprehend:UpdateFlywheel}: Write; on document-classifier, entity-recognizer, flywheel. */
  public static final Action UPDATE_FLYWHEEL = Action.of(PREFIX, "UpdateFlywheel");

  private Comprehend() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
