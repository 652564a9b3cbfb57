// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transcribe;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::Transcribe::MedicalVocabulary
 *
 * <p>CloudFormation type {@code AWS::Transcribe::MedicalVocabulary}.
 */
public final class MedicalVocabulary extends Resource<MedicalVocabulary> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::MedicalVocabulary")
      .required("LanguageCode", "VocabularyName")
      .allowed("LanguageCode", "af-ZA", "ar-AE", "ar-SA", "da-DK", "de-CH", "de-DE", "en-AB",
          "en-AU", "en-GB", "en-IE", "en-IN", "en-US", "en-WL", "es-ES", "es-US", "fa-IR", "fr-CA",
          "fr-FR", "he-IL", "hi-IN", "id-ID", "it-IT", "ja-JP", "ko-KR", "ms-MY", "nl-NL", "pt-BR",
          "pt-PT", "ru-RU", "ta-IN", "te-IN", "tr-TR", "zh-CN", "zh-TW", "th-TH", "en-ZA", "en-NZ",
          "vi-VN", "sv-SE")
      .constrain("VocabularyFileUri", Constraint.of().pattern("(s3://|http(s*)://).+").minLength(1).maxLength(2000))
      .constrain("VocabularyName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MedicalVocabulary(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code of the vocabulary entries.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code af-ZA}, {@code ar-AE},
   * {@code ar-SA}, {@code da-DK}, {@code de-CH}, {@code de-DE}, {@code en-AB}, {@code en-AU},
   * {@code en-GB}, {@code en-IE}, {@code en-IN}, {@code en-US}, {@code en-WL}, {@code es-ES},
   * {@code es-US}, {@code fa-IR}, {@code fr-CA}, {@code fr-FR}, {@code he-IL}, {@code hi-IN},
   * {@code id-ID}, {@code it-IT}, {@code ja-JP}, {@code ko-KR}, {@code ms-MY}, {@code nl-NL},
   * {@code pt-BR}, {@code pt-PT}, {@code ru-RU}, {@code ta-IN}, {@code te-IN}, {@code tr-TR},
   * {@code zh-CN}, {@code zh-TW}, {@code th-TH}, {@code en-ZA}, {@code en-NZ}, {@code vi-VN},
   * {@code sv-SE}. CloudFormation property {@code LanguageCode}.
   */
  public MedicalVocabulary languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public MedicalVocabulary languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * Tags associated with the medical vocabulary.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MedicalVocabulary tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MedicalVocabulary tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MedicalVocabulary tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon S3 location of the text file that contains the medical vocabulary.
   *
   * <p>Length: 1 to 2000 characters. Pattern: {@code (s3://|http(s*)://).+}. CloudFormation
   * property {@code VocabularyFileUri}.
   */
  public MedicalVocabulary vocabularyFileUri(String value) {
    return set("VocabularyFileUri", Value.of(value));
  }

  /** Sets {@code VocabularyFileUri} to this value; see {@link #vocabularyFileUri(String)}. */
  public MedicalVocabulary vocabularyFileUri(Value<String> value) {
    return set("VocabularyFileUri", value);
  }

  /**
   * The name of the medical vocabulary.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[0-9a-zA-Z._-]+$}. CloudFormation property {@code VocabularyName}.
   */
  public MedicalVocabulary vocabularyName(String value) {
    return set("VocabularyName", Value.of(value));
  }

  /** Sets {@code VocabularyName} to this value; see {@link #vocabularyName(String)}. */
  public MedicalVocabulary vocabularyName(Value<String> value) {
    return set("VocabularyName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the medical vocabulary.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
