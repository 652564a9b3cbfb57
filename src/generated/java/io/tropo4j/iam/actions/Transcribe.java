// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Transcribe (prefix {@code transcribe}), as the service authorization reference lists them.
 */
public final class Transcribe {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "transcribe";

  /** {@code transcribe:CreateCallAnalyticsCategory}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CALL_ANALYTICS_CATEGORY = Action.of(PREFIX, "CreateCallAnalyticsCategory");

  /** {@code transcribe:CreateLanguageModel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LANGUAGE_MODEL = Action.of(PREFIX, "CreateLanguageModel");

  /** {@code transcribe:CreateMedicalVocabulary}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEDICAL_VOCABULARY = Action.of(PREFIX, "CreateMedicalVocabulary");

  /** {@code transcribe:CreateVocabulary}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VOCABULARY = Action.of(PREFIX, "CreateVocabulary");

  /** {@code transcribe:CreateVocabularyFilter}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VOCABULARY_FILTER = Action.of(PREFIX, "CreateVocabularyFilter");

  /** {@code transcribe:DeleteCallAnalyticsCategory}: Write; on callanalyticscategory. */
  public static final Action DELETE_CALL_ANALYTICS_CATEGORY = Action.of(PREFIX, "DeleteCallAnalyticsCategory");

  /** {@code transcribe:DeleteCallAnalyticsJob}: Write; on callanalyticsjob. */
  public static final Action DELETE_CALL_ANALYTICS_JOB = Action.of(PREFIX, "DeleteCallAnalyticsJob");

  /** {@code transcribe:DeleteLanguageModel}: Write; on languagemodel. */
  public static final Action DELETE_LANGUAGE_MODEL = Action.of(PREFIX, "DeleteLanguageModel");

  /** {@code transcribe:DeleteMedicalScribeJob}: Write; on medicalscribejob. */
  public static final Action DELETE_MEDICAL_SCRIBE_JOB = Action.of(PREFIX, "DeleteMedicalScribeJob");

  /** {@code transcribe:DeleteMedicalTranscriptionJob}: Write; on medicaltranscriptionjob. */
  public static final Action DELETE_MEDICAL_TRANSCRIPTION_JOB = Action.of(PREFIX, "DeleteMedicalTranscriptionJob");

  /** {@code transcribe:DeleteMedicalVocabulary}: Write; on medicalvocabulary. */
  public static final Action DELETE_MEDICAL_VOCABULARY = Action.of(PREFIX, "DeleteMedicalVocabulary");

  /** {@code transcribe:DeleteTranscriptionJob}: Write; on transcriptionjob. */
  public static final Action DELETE_TRANSCRIPTION_JOB = Action.of(PREFIX, "DeleteTranscriptionJob");

  /** {@code transcribe:DeleteVocabulary}: Write; on vocabulary. */
  public static final Action DELETE_VOCABULARY = Action.of(PREFIX, "DeleteVocabulary");

  /** {@code transcribe:DeleteVocabularyFilter}: Write; on vocabularyfilter. */
  public static final Action DELETE_VOCABULARY_FILTER = Action.of(PREFIX, "DeleteVocabularyFilter");

  /** {@code transcribe:DescribeLanguageModel}: Read; on languagemodel. */
  public static final Action DESCRIBE_LANGUAGE_MODEL = Action.of(PREFIX, "DescribeLanguageModel");

  /** {@code transcribe:GetCallAnalyticsCategory}: Read; on callanalyticscategory. */
  public static final Action GET_CALL_ANALYTICS_CATEGORY = Action.of(PREFIX, "GetCallAnalyticsCategory");

  /** {@code transcribe:GetCallAnalyticsJob}: Read; on callanalyticsjob. */
  public static final Action GET_CALL_ANALYTICS_JOB = Action.of(PREFIX, "GetCallAnalyticsJob");

  /** {@code transcribe:GetMedicalScribeJob}: Read; on medicalscribejob. */
  public static final Action GET_MEDICAL_SCRIBE_JOB = Action.of(PREFIX, "GetMedicalScribeJob");

  /** {@code transcribe:GetMedicalScribeStream}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MEDICAL_SCRIBE_STREAM = Action.of(PREFIX, "GetMedicalScribeStream");

  /** {@code transcribe:GetMedicalTranscriptionJob}: Read; on medicaltranscriptionjob. */
  public static final Action GET_MEDICAL_TRANSCRIPTION_JOB = Action.of(PREFIX, "GetMedicalTranscriptionJob");

  /** {@code transcribe:GetMedicalVocabulary}: Read; on medicalvocabulary. */
  public static final Action GET_MEDICAL_VOCABULARY = Action.of(PREFIX, "GetMedicalVocabulary");

  /** {@code transcribe:GetTranscriptionJob}: Read; on transcriptionjob. */
  public static final Action GET_TRANSCRIPTION_JOB = Action.of(PREFIX, "GetTranscriptionJob");

  /** {@code transcribe:GetVocabulary}: Read; on vocabulary. */
  public static final Action GET_VOCABULARY = Action.of(PREFIX, "GetVocabulary");

  /** {@code transcribe:GetVocabularyFilter}: Read; on vocabularyfilter. */
  public static final Action GET_VOCABULARY_FILTER = Action.of(PREFIX, "GetVocabularyFilter");

  /** {@code transcribe:ListCallAnalyticsCategories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CALL_ANALYTICS_CATEGORIES = Action.of(PREFIX, "ListCallAnalyticsCategories");

  /** {@code transcribe:ListCallAnalyticsJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CALL_ANALYTICS_JOBS = Action.of(PREFIX, "ListCallAnalyticsJobs");

  /** {@code transcribe:ListLanguageModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LANGUAGE_MODELS = Action.of(PREFIX, "ListLanguageModels");

  /** {@code transcribe:ListMedicalScribeJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEDICAL_SCRIBE_JOBS = Action.of(PREFIX, "ListMedicalScribeJobs");

  /** {@code transcribe:ListMedicalTranscriptionJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEDICAL_TRANSCRIPTION_JOBS = Action.of(PREFIX, "ListMedicalTranscriptionJobs");

  /** {@code transcribe:ListMedicalVocabularies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEDICAL_VOCABULARIES = Action.of(PREFIX, "ListMedicalVocabularies");

  /** {@code transcribe:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code transcribe:ListTranscriptionJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRANSCRIPTION_JOBS = Action.of(PREFIX, "ListTranscriptionJobs");

  /** {@code transcribe:ListVocabularies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VOCABULARIES = Action.of(PREFIX, "ListVocabularies");

  /** {@code transcribe:ListVocabularyFilters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VOCABULARY_FILTERS = Action.of(PREFIX, "ListVocabularyFilters");

  /** {@code transcribe:StartCallAnalyticsJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_CALL_ANALYTICS_JOB = Action.of(PREFIX, "StartCallAnalyticsJob");

  /** {@code transcribe:StartCallAnalyticsStreamTranscription}: Write; on no resource type (give {@code *}). */
  public static final Action START_CALL_ANALYTICS_STREAM_TRANSCRIPTION = Action.of(PREFIX, "StartCallAnalyticsStreamTranscription");

  /** {@code transcribe:StartCallAnalyticsStreamTranscriptionWebSocket}: Write; on no resource type (give {@code *}). */
  public static final Action START_CALL_ANALYTICS_STREAM_TRANSCRIPTION_WEB_SOCKET = Action.of(PREFIX, "StartCallAnalyticsStreamTranscriptionWebSocket");

  /** {@code transcribe:StartMedicalScribeJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_MEDICAL_SCRIBE_JOB = Action.of(PREFIX, "StartMedicalScribeJob");

  /** {@code transcribe:StartMedicalScribeStream}: Write; on no resource type (give {@code *}). */
  public static final Action START_MEDICAL_SCRIBE_STREAM = Action.of(PREFIX, "StartMedicalScribeStream");

  /** {@code transcribe:StartMedicalStreamTranscription}: Write; on no resource type (give {@code *}). */
  public static final Action START_MEDICAL_STREAM_TRANSCRIPTION = Action.of(PREFIX, "StartMedicalStreamTranscription");

  /** {@code transcribe:StartMedicalStreamTranscriptionWebSocket}: Write; on no resource type (give {@code *}). */
  public static final Action START_MEDICAL_STREAM_TRANSCRIPTION_WEB_SOCKET = Action.of(PREFIX, "StartMedicalStreamTranscriptionWebSocket");

  /** {@code transcribe:StartMedicalTranscriptionJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_MEDICAL_TRANSCRIPTION_JOB = Action.of(PREFIX, "StartMedicalTranscriptionJob");

  /** {@code transcribe:StartStreamTranscription}: Write; on no resource type (give {@code *}). */
  public static final Action START_STREAM_TRANSCRIPTION = Action.of(PREFIX, "StartStreamTranscription");

  /** {@code transcribe:StartStreamTranscriptionWebSocket}: Write; on no resource type (give {@code *}). */
  public static final Action START_STREAM_TRANSCRIPTION_WEB_SOCKET = Action.of(PREFIX, "StartStreamTranscriptionWebSocket");

  /** {@code transcribe:StartTranscriptionJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_TRANSCRIPTION_JOB = Action.of(PREFIX, "StartTranscriptionJob");

  /** {@code transcribe:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code transcribe:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code transcribe:UpdateCallAnalyticsCategory}: Write; on callanalyticscategory. */
  public static final Action UPDATE_CALL_ANALYTICS_CATEGORY = Action.of(PREFIX, "UpdateCallAnalyticsCategory");

  /** {@code transcribe:UpdateMedicalVocabulary}: Write; on medicalvocabulary. */
  public static final Action UPDATE_MEDICAL_VOCABULARY = Action.of(PREFIX, "UpdateMedicalVocabulary");

  /** {@code transcribe:UpdateVocabulary}: Write; on vocabulary. */
  public static final Action UPDATE_VOCABULARY = Action.of(PREFIX, "UpdateVocabulary");

  /** {@code transcribe:UpdateVocabularyFilter}: Write; on vocabularyfilter. */
  public static final Action UPDATE_VOCABULARY_FILTER = Action.of(PREFIX, "UpdateVocabularyFilter");

  private Transcribe() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
