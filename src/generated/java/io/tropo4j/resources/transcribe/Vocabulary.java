// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transcribe;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom vocabulary that you can use to improve the transcription accuracy of
 * domain-specific words and phrases.
 *
 * <p>CloudFormation type {@code AWS::Transcribe::Vocabulary}.
 */
public final class Vocabulary extends Resource<Vocabulary> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::Vocabulary")
      .required("LanguageCode", "VocabularyName")
      .attributes("Arn", "LastModifiedTime", "VocabularyState")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Vocabulary(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role that has permissions to access the Amazon S3
   * bucket that contains your input file.
   *
   * <p>CloudFormation property {@code DataAccessRoleArn}.
   */
  public Vocabulary dataAccessRoleArn(String value) {
    return set("DataAccessRoleArn", Value.of(value));
  }

  /** Sets {@code DataAccessRoleArn} to this value; see {@link #dataAccessRoleArn(String)}. */
  public Vocabulary dataAccessRoleArn(Value<String> value) {
    return set("DataAccessRoleArn", value);
  }

  /**
   * The language code that represents the language of the entries in your custom vocabulary. Each
   * custom vocabulary must contain terms in only one language.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LanguageCode}.
   */
  public Vocabulary languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public Vocabulary languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * Use this parameter if you want to create your custom vocabulary by including all desired terms,
   * as comma-separated values, within your request. You cannot use this parameter together with
   * VocabularyFileUri.
   *
   * <p>CloudFormation property {@code Phrases}.
   */
  public Vocabulary phrases(List<String> value) {
    return set("Phrases", Value.listOf(value));
  }

  /** Sets {@code Phrases} to this value; see {@link #phrases(List)}. */
  public Vocabulary phrases(Value<List<String>> value) {
    return set("Phrases", value);
  }

  /**
   * Adds one or more custom tags, each in the form of a key:value pair, to the custom vocabulary.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Vocabulary tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Vocabulary tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Vocabulary tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon S3 location of the text file that contains your custom vocabulary. You cannot use
   * this parameter together with Phrases.
   *
   * <p>CloudFormation property {@code VocabularyFileUri}.
   */
  public Vocabulary vocabularyFileUri(String value) {
    return set("VocabularyFileUri", Value.of(value));
  }

  /** Sets {@code VocabularyFileUri} to this value; see {@link #vocabularyFileUri(String)}. */
  public Vocabulary vocabularyFileUri(Value<String> value) {
    return set("VocabularyFileUri", value);
  }

  /**
   * A unique name, chosen by you, for your custom vocabulary. This name is case sensitive, cannot
   * contain spaces, and must be unique within an AWS account.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VocabularyName}.
   */
  public Vocabulary vocabularyName(String value) {
    return set("VocabularyName", Value.of(value));
  }

  /** Sets {@code VocabularyName} to this value; see {@link #vocabularyName(String)}. */
  public Vocabulary vocabularyName(Value<String> value) {
    return set("VocabularyName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the custom vocabulary.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the specified custom vocabulary was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The processing state of your custom vocabulary. If the state is READY, you can use the custom
   * vocabulary in a StartTranscriptionJob request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VocabularyState}.
   */
  public Value<String> vocabularyState() {
    return getAtt("VocabularyState");
  }
}
