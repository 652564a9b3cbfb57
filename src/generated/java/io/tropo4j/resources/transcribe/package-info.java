// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Transcribe}: {@link CallAnalyticsCategory}, {@link
 * MedicalVocabulary}, {@link Vocabulary}, {@link VocabularyFilter}.
 */
package io.tropo4j.resources.transcribe;
