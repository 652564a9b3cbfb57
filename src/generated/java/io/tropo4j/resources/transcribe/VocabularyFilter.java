// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transcribe;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom vocabulary filter that you can use to mask, delete, or flag specific words from
 * your transcript.
 *
 * <p>CloudFormation type {@code AWS::Transcribe::VocabularyFilter}.
 */
public final class VocabularyFilter extends Resource<VocabularyFilter> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::VocabularyFilter")
      .required("LanguageCode", "VocabularyFilterName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VocabularyFilter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role that has permissions to access the Amazon S3
   * bucket that contains your input files.
   *
   * <p>CloudFormation property {@code DataAccessRoleArn}.
   */
  public VocabularyFilter dataAccessRoleArn(String value) {
    return set("DataAccessRoleArn", Value.of(value));
  }

  /** Sets {@code DataAccessRoleArn} to this value; see {@link #dataAccessRoleArn(String)}. */
  public VocabularyFilter dataAccessRoleArn(Value<String> value) {
    return set("DataAccessRoleArn", value);
  }

  /**
   * The language code that represents the language of the entries in your vocabulary filter.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LanguageCode}.
   */
  public VocabularyFilter languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public VocabularyFilter languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * Tags associated with the vocabulary filter.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VocabularyFilter tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VocabularyFilter tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VocabularyFilter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon S3 location of the text file that contains your custom vocabulary filter terms.
   *
   * <p>CloudFormation property {@code VocabularyFilterFileUri}.
   */
  public VocabularyFilter vocabularyFilterFileUri(String value) {
    return set("VocabularyFilterFileUri", Value.of(value));
  }

  /**
   * Sets {@code VocabularyFilterFileUri} to this value; see {@link
   * #vocabularyFilterFileUri(String)}.
   */
  public VocabularyFilter vocabularyFilterFileUri(Value<String> value) {
    return set("VocabularyFilterFileUri", value);
  }

  /**
   * A unique name, chosen by you, for your custom vocabulary filter.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * VocabularyFilterName}.
   */
  public VocabularyFilter vocabularyFilterName(String value) {
    return set("VocabularyFilterName", Value.of(value));
  }

  /** Sets {@code VocabularyFilterName} to this value; see {@link #vocabularyFilterName(String)}. */
  public VocabularyFilter vocabularyFilterName(Value<String> value) {
    return set("VocabularyFilterName", value);
  }

  /**
   * Use this parameter if you want to create your custom vocabulary filter by including all desired
   * terms, as comma-separated values, within your request.
   *
   * <p>CloudFormation property {@code Words}.
   */
  public VocabularyFilter words(List<String> value) {
    return set("Words", Value.listOf(value));
  }

  /** Sets {@code Words} to this value; see {@link #words(List)}. */
  public VocabularyFilter words(Value<List<String>> value) {
    return set("Words", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the vocabulary filter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
