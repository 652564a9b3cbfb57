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
 * Creates a custom vocabulary that you can use to improve the transcription accuracy of
 * domain-specific words and phrases.
 *
 * <p>CloudFormation type {@code AWS::Transcribe::Vocabulary}.
 */
public final class Vocabulary extends Resource<Vocabulary> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transcribe::Vocabulary")
      .required("LanguageCode", "VocabularyName")
      .constrain("DataAccessRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,@.-]{0,1024}$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .allowed("LanguageCode", "ab-GE", "af-ZA", "am-ET", "ar-AE", "ar-SA", "ast-ES", "az-AZ",
          "ba-RU", "be-BY", "bg-BG", "bn-IN", "bs-BA", "ca-ES", "ckb-IQ", "ckb-IR", "cs-CZ",
          "cy-GB", "cy-WL", "da-DK", "de-CH", "de-DE", "el-GR", "en-AB", "en-AU", "en-GB", "en-IE",
          "en-IN", "en-NZ", "en-US", "en-WL", "en-ZA", "es-ES", "es-MX", "es-US", "et-EE", "et-ET",
          "eu-ES", "fa-AF", "fa-IR", "fi-FI", "fr-CA", "fr-FR", "ga-IE", "gd-GB", "gl-ES", "gu-IN",
          "ha-NG", "he-IL", "hi-IN", "hr-HR", "ht-HT", "hu-HU", "hy-AM", "id-ID", "is-IS", "it-IT",
          "ja-JP", "jv-ID", "ka-GE", "kab-DZ", "kk-KZ", "km-KH", "kn-IN", "ko-KR", "ky-KG", "lg-IN",
          "lt-LT", "lv-LV", "mhr-RU", "mi-NZ", "mk-MK", "ml-IN", "mn-MN", "mr-IN", "ms-MY", "mt-MT",
          "my-MM", "ne-NP", "nl-NL", "no-NO", "or-IN", "pa-IN", "pl-PL", "ps-AF", "pt-BR", "pt-PT",
          "ro-RO", "ru-RU", "rw-RW", "si-LK", "sk-SK", "sl-SI", "so-SO", "sq-AL", "sr-RS", "su-ID",
          "sv-SE", "sw-BI", "sw-KE", "sw-RW", "sw-TZ", "sw-UG", "ta-IN", "te-IN", "th-TH", "tl-PH",
          "tr-TR", "tt-RU", "ug-CN", "uk-UA", "uz-UZ", "vi-VN", "wo-SN", "zh-CN", "zh-HK", "zh-TW",
          "zu-ZA")
      .constrain("Phrases", Constraint.of().pattern("^.+$").minLength(0).maxLength(256))
      .constrain("VocabularyFileUri", Constraint.of().pattern("^(s3://|http(s*)://).+$").minLength(1).maxLength(2000))
      .constrain("VocabularyName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
      .refYields("Arn")
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
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,&#64;.-]{0,1024}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code DataAccessRoleArn}.
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
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ab-GE}, {@code af-ZA},
   * {@code am-ET}, {@code ar-AE}, {@code ar-SA}, {@code ast-ES}, {@code az-AZ}, {@code ba-RU},
   * {@code be-BY}, {@code bg-BG}, {@code bn-IN}, {@code bs-BA}, {@code ca-ES}, {@code ckb-IQ},
   * {@code ckb-IR}, {@code cs-CZ}, {@code cy-GB}, {@code cy-WL}, {@code da-DK}, {@code de-CH},
   * {@code de-DE}, {@code el-GR}, {@code en-AB}, {@code en-AU}, {@code en-GB}, {@code en-IE},
   * {@code en-IN}, {@code en-NZ}, {@code en-US}, {@code en-WL}, {@code en-ZA}, {@code es-ES},
   * {@code es-MX}, {@code es-US}, {@code et-EE}, {@code et-ET}, {@code eu-ES}, {@code fa-AF},
   * {@code fa-IR}, {@code fi-FI}, {@code fr-CA}, {@code fr-FR}, {@code ga-IE}, {@code gd-GB},
   * {@code gl-ES}, {@code gu-IN}, {@code ha-NG}, {@code he-IL}, {@code hi-IN}, {@code hr-HR},
   * {@code ht-HT}, {@code hu-HU}, {@code hy-AM}, {@code id-ID}, {@code is-IS}, {@code it-IT},
   * {@code ja-JP}, {@code jv-ID}, {@code ka-GE}, {@code kab-DZ}, {@code kk-KZ}, {@code km-KH},
   * {@code kn-IN}, {@code ko-KR}, {@code ky-KG}, {@code lg-IN}, {@code lt-LT}, {@code lv-LV},
   * {@code mhr-RU}, {@code mi-NZ}, {@code mk-MK}, {@code ml-IN}, {@code mn-MN}, {@code mr-IN},
   * {@code ms-MY}, {@code mt-MT}, {@code my-MM}, {@code ne-NP}, {@code nl-NL}, {@code no-NO},
   * {@code or-IN}, {@code pa-IN}, {@code pl-PL}, {@code ps-AF}, {@code pt-BR}, {@code pt-PT},
   * {@code ro-RO}, {@code ru-RU}, {@code rw-RW}, {@code si-LK}, {@code sk-SK}, {@code sl-SI},
   * {@code so-SO}, {@code sq-AL}, {@code sr-RS}, {@code su-ID}, {@code sv-SE}, {@code sw-BI},
   * {@code sw-KE}, {@code sw-RW}, {@code sw-TZ}, {@code sw-UG}, {@code ta-IN}, {@code te-IN},
   * {@code th-TH}, {@code tl-PH}, {@code tr-TR}, {@code tt-RU}, {@code ug-CN}, {@code uk-UA},
   * {@code uz-UZ}, {@code vi-VN}, {@code wo-SN}, {@code zh-CN}, {@code zh-HK}, {@code zh-TW},
   * {@code zu-ZA}. CloudFormation property {@code LanguageCode}.
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
   * <p>Length: 0 to 256 characters. Pattern: {@code ^.+$}. CloudFormation property {@code Phrases}.
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
   * <p>Length: 1 to 2000 characters. Pattern: {@code ^(s3://|http(s*)://).+$}. CloudFormation
   * property {@code VocabularyFileUri}.
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
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
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
