// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::Connect::Vocabulary
 *
 * <p>CloudFormation type {@code AWS::Connect::Vocabulary}.
 */
public final class Vocabulary extends Resource<Vocabulary> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Vocabulary")
      .required("Content", "InstanceId", "LanguageCode", "VocabularyName")
      .constrain("Content", Constraint.of().minLength(1).maxLength(60000))
      .constrain("InstanceId", Constraint.of().minLength(1).maxLength(100))
      .allowed("LanguageCode", "ar-AE", "de-CH", "de-DE", "en-AB", "en-AU", "en-GB", "en-IE",
          "en-IN", "en-US", "en-WL", "es-ES", "es-US", "fr-CA", "fr-FR", "hi-IN", "it-IT", "ja-JP",
          "ko-KR", "pt-BR", "pt-PT", "zh-CN", "en-NZ", "en-ZA", "ca-ES", "da-DK", "fi-FI", "id-ID",
          "ms-MY", "nl-NL", "no-NO", "pl-PL", "sv-SE", "tl-PH")
      .constrain("VocabularyName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(140))
      .refYields("Arn")
      .attributes("Arn", "LastModifiedTime", "State", "VocabularyId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Vocabulary(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The content of the custom vocabulary in plain-text format with a table of values.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 60000 characters. CloudFormation
   * property {@code Content}.
   */
  public Vocabulary content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public Vocabulary content(Value<String> value) {
    return set("Content", value);
  }

  /**
   * The identifier of the Amazon Connect instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code InstanceId}.
   */
  public Vocabulary instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public Vocabulary instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The language code of the vocabulary entries.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ar-AE}, {@code de-CH},
   * {@code de-DE}, {@code en-AB}, {@code en-AU}, {@code en-GB}, {@code en-IE}, {@code en-IN},
   * {@code en-US}, {@code en-WL}, {@code es-ES}, {@code es-US}, {@code fr-CA}, {@code fr-FR},
   * {@code hi-IN}, {@code it-IT}, {@code ja-JP}, {@code ko-KR}, {@code pt-BR}, {@code pt-PT},
   * {@code zh-CN}, {@code en-NZ}, {@code en-ZA}, {@code ca-ES}, {@code da-DK}, {@code fi-FI},
   * {@code id-ID}, {@code ms-MY}, {@code nl-NL}, {@code no-NO}, {@code pl-PL}, {@code sv-SE},
   * {@code tl-PH}. CloudFormation property {@code LanguageCode}.
   */
  public Vocabulary languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public Vocabulary languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
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
   * A unique name of the custom vocabulary.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 140 characters. Pattern: {@code
   * ^[0-9a-zA-Z._-]+$}. CloudFormation property {@code VocabularyName}.
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
   * The timestamp when the custom vocabulary was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The current state of the custom vocabulary.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The identifier of the custom vocabulary.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VocabularyId}.
   */
  public Value<String> vocabularyId() {
    return getAtt("VocabularyId");
  }
}
