// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for an Amazon Chime SDK Media Insights Pipeline Configuration
 *
 * <p>CloudFormation type {@code AWS::Chime::MediaInsightsPipelineConfiguration}.
 */
public final class MediaInsightsPipelineConfiguration extends Resource<MediaInsightsPipelineConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration")
      .required("Elements", "MediaInsightsPipelineConfigurationName", "ResourceAccessRoleArn")
      .constrain("MediaInsightsPipelineConfigurationName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(2).maxLength(64))
      .constrain("ResourceAccessRoleArn", Constraint.of().pattern("^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$").minLength(1).maxLength(1024).format("AWS::IAM::Role.Arn"))
      .refYields("MediaInsightsPipelineConfigurationArn")
      .attributes("CreatedTimestamp", "MediaInsightsPipelineConfigurationArn",
          "MediaInsightsPipelineConfigurationId", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MediaInsightsPipelineConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The elements in the configuration.
   *
   * <p>Required. CloudFormation property {@code Elements}.
   */
  public MediaInsightsPipelineConfiguration elements(List<MediaInsightsPipelineConfigurationElement> value) {
    return set("Elements", Value.listOf(value));
  }

  /** Sets {@code Elements} to this value; see {@link #elements(List)}. */
  public MediaInsightsPipelineConfiguration elements(Value<List<MediaInsightsPipelineConfigurationElement>> value) {
    return set("Elements", value);
  }

  /** Sets {@code Elements} to a list of these; see {@link #elements(List)}. */
  public MediaInsightsPipelineConfiguration elements(MediaInsightsPipelineConfigurationElement... values) {
    return set("Elements", Value.list(values));
  }

  /**
   * The name of the media insights pipeline configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 64 characters. Pattern: {@code
   * ^[0-9a-zA-Z._-]+$}. CloudFormation property {@code MediaInsightsPipelineConfigurationName}.
   */
  public MediaInsightsPipelineConfiguration mediaInsightsPipelineConfigurationName(String value) {
    return set("MediaInsightsPipelineConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code MediaInsightsPipelineConfigurationName} to this value; see {@link
   * #mediaInsightsPipelineConfigurationName(String)}.
   */
  public MediaInsightsPipelineConfiguration mediaInsightsPipelineConfigurationName(Value<String> value) {
    return set("MediaInsightsPipelineConfigurationName", value);
  }

  /** CloudFormation property {@code RealTimeAlertConfiguration}. */
  public MediaInsightsPipelineConfiguration realTimeAlertConfiguration(Value<RealTimeAlertConfiguration> value) {
    return set("RealTimeAlertConfiguration", value);
  }

  /**
   * The ARN of the role used by the service to access Amazon Web Services resources.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
   * ^arn[&#92;/&#92;:&#92;-&#92;_&#92;.a-zA-Z0-9]+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code ResourceAccessRoleArn}.
   */
  public MediaInsightsPipelineConfiguration resourceAccessRoleArn(String value) {
    return set("ResourceAccessRoleArn", Value.of(value));
  }

  /**
   * Sets {@code ResourceAccessRoleArn} to this value; see {@link #resourceAccessRoleArn(String)}.
   */
  public MediaInsightsPipelineConfiguration resourceAccessRoleArn(Value<String> value) {
    return set("ResourceAccessRoleArn", value);
  }

  /**
   * The tags associated with the configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MediaInsightsPipelineConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MediaInsightsPipelineConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MediaInsightsPipelineConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time at which the configuration was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The ARN of the configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MediaInsightsPipelineConfigurationArn}.
   */
  public Value<String> mediaInsightsPipelineConfigurationArn() {
    return getAtt("MediaInsightsPipelineConfigurationArn");
  }

  /**
   * The unique identifier of the configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MediaInsightsPipelineConfigurationId}.
   */
  public Value<String> mediaInsightsPipelineConfigurationId() {
    return getAtt("MediaInsightsPipelineConfigurationId");
  }

  /**
   * The time at which the configuration was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedTimestamp}.
   */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /**
   * Property type {@code
   * AWS::Chime::MediaInsightsPipelineConfiguration.AmazonTranscribeCallAnalyticsProcessorConfiguration}.
   */
  public static final class AmazonTranscribeCallAnalyticsProcessorConfiguration extends Struct<AmazonTranscribeCallAnalyticsProcessorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.AmazonTranscribeCallAnalyticsProcessorConfiguration")
        .required("LanguageCode")
        .constrain("CallAnalyticsStreamCategories", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
        .allowed("ContentIdentificationType", "PII")
        .allowed("ContentRedactionType", "PII")
        .allowed("LanguageCode", "en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT",
            "de-DE", "pt-BR")
        .constrain("LanguageModelName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
        .allowed("PartialResultsStability", "high", "medium", "low")
        .constrain("PiiEntityTypes", Constraint.of().pattern("^[A-Z_, ]+$").minLength(1).maxLength(300))
        .allowed("VocabularyFilterMethod", "remove", "mask", "tag")
        .constrain("VocabularyFilterName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
        .constrain("VocabularyName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
        .build();

    public AmazonTranscribeCallAnalyticsProcessorConfiguration() {
      super(SCHEMA);
    }

    /**
     * The categories to send to the insights target.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation property
     * {@code CallAnalyticsStreamCategories}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration callAnalyticsStreamCategories(List<String> value) {
      return set("CallAnalyticsStreamCategories", Value.listOf(value));
    }

    /**
     * Sets {@code CallAnalyticsStreamCategories} to this value; see {@link
     * #callAnalyticsStreamCategories(List)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration callAnalyticsStreamCategories(Value<List<String>> value) {
      return set("CallAnalyticsStreamCategories", value);
    }

    /**
     * Labels all PII identified in the transcript.
     *
     * <p>Allowed values: {@code PII}. CloudFormation property {@code ContentIdentificationType}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration contentIdentificationType(String value) {
      return set("ContentIdentificationType", Value.of(value));
    }

    /**
     * Sets {@code ContentIdentificationType} to this value; see {@link
     * #contentIdentificationType(String)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration contentIdentificationType(Value<String> value) {
      return set("ContentIdentificationType", value);
    }

    /**
     * Redacts all PII identified in the transcript.
     *
     * <p>Allowed values: {@code PII}. CloudFormation property {@code ContentRedactionType}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration contentRedactionType(String value) {
      return set("ContentRedactionType", Value.of(value));
    }

    /**
     * Sets {@code ContentRedactionType} to this value; see {@link #contentRedactionType(String)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration contentRedactionType(Value<String> value) {
      return set("ContentRedactionType", value);
    }

    /**
     * Enables partial result stabilization.
     *
     * <p>CloudFormation property {@code EnablePartialResultsStabilization}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration enablePartialResultsStabilization(boolean value) {
      return set("EnablePartialResultsStabilization", Value.of(value));
    }

    /**
     * Sets {@code EnablePartialResultsStabilization} to this value; see {@link
     * #enablePartialResultsStabilization(boolean)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration enablePartialResultsStabilization(Value<Boolean> value) {
      return set("EnablePartialResultsStabilization", value);
    }

    /**
     * If true, partial results are filtered out.
     *
     * <p>CloudFormation property {@code FilterPartialResults}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration filterPartialResults(boolean value) {
      return set("FilterPartialResults", Value.of(value));
    }

    /**
     * Sets {@code FilterPartialResults} to this value; see {@link #filterPartialResults(boolean)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration filterPartialResults(Value<Boolean> value) {
      return set("FilterPartialResults", value);
    }

    /**
     * The language code in the configuration.
     *
     * <p>Required. Allowed values: {@code en-US}, {@code en-GB}, {@code es-US}, {@code fr-CA},
     * {@code fr-FR}, {@code en-AU}, {@code it-IT}, {@code de-DE}, {@code pt-BR}. CloudFormation
     * property {@code LanguageCode}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * The name of the custom language model.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation property
     * {@code LanguageModelName}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration languageModelName(String value) {
      return set("LanguageModelName", Value.of(value));
    }

    /** Sets {@code LanguageModelName} to this value; see {@link #languageModelName(String)}. */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration languageModelName(Value<String> value) {
      return set("LanguageModelName", value);
    }

    /**
     * The level of stability for partial results.
     *
     * <p>Allowed values: {@code high}, {@code medium}, {@code low}. CloudFormation property {@code
     * PartialResultsStability}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration partialResultsStability(String value) {
      return set("PartialResultsStability", Value.of(value));
    }

    /**
     * Sets {@code PartialResultsStability} to this value; see {@link
     * #partialResultsStability(String)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration partialResultsStability(Value<String> value) {
      return set("PartialResultsStability", value);
    }

    /**
     * The types of PII to redact.
     *
     * <p>Length: 1 to 300 characters. Pattern: {@code ^[A-Z_, ]+$}. CloudFormation property {@code
     * PiiEntityTypes}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration piiEntityTypes(String value) {
      return set("PiiEntityTypes", Value.of(value));
    }

    /** Sets {@code PiiEntityTypes} to this value; see {@link #piiEntityTypes(String)}. */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration piiEntityTypes(Value<String> value) {
      return set("PiiEntityTypes", value);
    }

    /** CloudFormation property {@code PostCallAnalyticsSettings}. */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration postCallAnalyticsSettings(Value<PostCallAnalyticsSettings> value) {
      return set("PostCallAnalyticsSettings", value);
    }

    /**
     * The vocabulary filtering method.
     *
     * <p>Allowed values: {@code remove}, {@code mask}, {@code tag}. CloudFormation property {@code
     * VocabularyFilterMethod}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration vocabularyFilterMethod(String value) {
      return set("VocabularyFilterMethod", Value.of(value));
    }

    /**
     * Sets {@code VocabularyFilterMethod} to this value; see {@link
     * #vocabularyFilterMethod(String)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration vocabularyFilterMethod(Value<String> value) {
      return set("VocabularyFilterMethod", value);
    }

    /**
     * The name of the custom vocabulary filter.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation property
     * {@code VocabularyFilterName}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration vocabularyFilterName(String value) {
      return set("VocabularyFilterName", Value.of(value));
    }

    /**
     * Sets {@code VocabularyFilterName} to this value; see {@link #vocabularyFilterName(String)}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration vocabularyFilterName(Value<String> value) {
      return set("VocabularyFilterName", value);
    }

    /**
     * The name of the custom vocabulary.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation property
     * {@code VocabularyName}.
     */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration vocabularyName(String value) {
      return set("VocabularyName", Value.of(value));
    }

    /** Sets {@code VocabularyName} to this value; see {@link #vocabularyName(String)}. */
    public AmazonTranscribeCallAnalyticsProcessorConfiguration vocabularyName(Value<String> value) {
      return set("VocabularyName", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Chime::MediaInsightsPipelineConfiguration.AmazonTranscribeProcessorConfiguration}.
   */
  public static final class AmazonTranscribeProcessorConfiguration extends Struct<AmazonTranscribeProcessorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.AmazonTranscribeProcessorConfiguration")
        .allowed("ContentIdentificationType", "PII")
        .allowed("ContentRedactionType", "PII")
        .allowed("LanguageCode", "en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT",
            "de-DE", "pt-BR")
        .constrain("LanguageModelName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
        .constrain("LanguageOptions", Constraint.of().pattern("^[a-zA-Z-,]+$").minLength(1).maxLength(200))
        .allowed("PartialResultsStability", "high", "medium", "low")
        .constrain("PiiEntityTypes", Constraint.of().pattern("^[A-Z_, ]+$").minLength(1).maxLength(300))
        .allowed("PreferredLanguage", "en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT",
            "de-DE", "pt-BR")
        .allowed("VocabularyFilterMethod", "remove", "mask", "tag")
        .constrain("VocabularyFilterName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
        .constrain("VocabularyFilterNames", Constraint.of().pattern("^[a-zA-Z0-9,-._]+$").minLength(1).maxLength(3000))
        .constrain("VocabularyName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(200))
        .constrain("VocabularyNames", Constraint.of().pattern("^[a-zA-Z0-9,-._]+$").minLength(1).maxLength(3000))
        .build();

    public AmazonTranscribeProcessorConfiguration() {
      super(SCHEMA);
    }

    /**
     * Labels all PII identified in the transcript.
     *
     * <p>Allowed values: {@code PII}. CloudFormation property {@code ContentIdentificationType}.
     */
    public AmazonTranscribeProcessorConfiguration contentIdentificationType(String value) {
      return set("ContentIdentificationType", Value.of(value));
    }

    /**
     * Sets {@code ContentIdentificationType} to this value; see {@link
     * #contentIdentificationType(String)}.
     */
    public AmazonTranscribeProcessorConfiguration contentIdentificationType(Value<String> value) {
      return set("ContentIdentificationType", value);
    }

    /**
     * Redacts all PII identified in the transcript.
     *
     * <p>Allowed values: {@code PII}. CloudFormation property {@code ContentRedactionType}.
     */
    public AmazonTranscribeProcessorConfiguration contentRedactionType(String value) {
      return set("ContentRedactionType", Value.of(value));
    }

    /**
     * Sets {@code ContentRedactionType} to this value; see {@link #contentRedactionType(String)}.
     */
    public AmazonTranscribeProcessorConfiguration contentRedactionType(Value<String> value) {
      return set("ContentRedactionType", value);
    }

    /**
     * Enables partial result stabilization.
     *
     * <p>CloudFormation property {@code EnablePartialResultsStabilization}.
     */
    public AmazonTranscribeProcessorConfiguration enablePartialResultsStabilization(boolean value) {
      return set("EnablePartialResultsStabilization", Value.of(value));
    }

    /**
     * Sets {@code EnablePartialResultsStabilization} to this value; see {@link
     * #enablePartialResultsStabilization(boolean)}.
     */
    public AmazonTranscribeProcessorConfiguration enablePartialResultsStabilization(Value<Boolean> value) {
      return set("EnablePartialResultsStabilization", value);
    }

    /**
     * If true, partial results are filtered out.
     *
     * <p>CloudFormation property {@code FilterPartialResults}.
     */
    public AmazonTranscribeProcessorConfiguration filterPartialResults(boolean value) {
      return set("FilterPartialResults", Value.of(value));
    }

    /**
     * Sets {@code FilterPartialResults} to this value; see {@link #filterPartialResults(boolean)}.
     */
    public AmazonTranscribeProcessorConfiguration filterPartialResults(Value<Boolean> value) {
      return set("FilterPartialResults", value);
    }

    /**
     * Turns language identification on or off.
     *
     * <p>CloudFormation property {@code IdentifyLanguage}.
     */
    public AmazonTranscribeProcessorConfiguration identifyLanguage(boolean value) {
      return set("IdentifyLanguage", Value.of(value));
    }

    /** Sets {@code IdentifyLanguage} to this value; see {@link #identifyLanguage(boolean)}. */
    public AmazonTranscribeProcessorConfiguration identifyLanguage(Value<Boolean> value) {
      return set("IdentifyLanguage", value);
    }

    /**
     * Turns multiple language identification on or off.
     *
     * <p>CloudFormation property {@code IdentifyMultipleLanguages}.
     */
    public AmazonTranscribeProcessorConfiguration identifyMultipleLanguages(boolean value) {
      return set("IdentifyMultipleLanguages", Value.of(value));
    }

    /**
     * Sets {@code IdentifyMultipleLanguages} to this value; see {@link
     * #identifyMultipleLanguages(boolean)}.
     */
    public AmazonTranscribeProcessorConfiguration identifyMultipleLanguages(Value<Boolean> value) {
      return set("IdentifyMultipleLanguages", value);
    }

    /**
     * The language code.
     *
     * <p>Allowed values: {@code en-US}, {@code en-GB}, {@code es-US}, {@code fr-CA}, {@code fr-FR},
     * {@code en-AU}, {@code it-IT}, {@code de-DE}, {@code pt-BR}. CloudFormation property {@code
     * LanguageCode}.
     */
    public AmazonTranscribeProcessorConfiguration languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public AmazonTranscribeProcessorConfiguration languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * The name of the custom language model.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation property
     * {@code LanguageModelName}.
     */
    public AmazonTranscribeProcessorConfiguration languageModelName(String value) {
      return set("LanguageModelName", Value.of(value));
    }

    /** Sets {@code LanguageModelName} to this value; see {@link #languageModelName(String)}. */
    public AmazonTranscribeProcessorConfiguration languageModelName(Value<String> value) {
      return set("LanguageModelName", value);
    }

    /**
     * The language options for transcription.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[a-zA-Z-,]+$}. CloudFormation property
     * {@code LanguageOptions}.
     */
    public AmazonTranscribeProcessorConfiguration languageOptions(String value) {
      return set("LanguageOptions", Value.of(value));
    }

    /** Sets {@code LanguageOptions} to this value; see {@link #languageOptions(String)}. */
    public AmazonTranscribeProcessorConfiguration languageOptions(Value<String> value) {
      return set("LanguageOptions", value);
    }

    /**
     * The level of stability for partial results.
     *
     * <p>Allowed values: {@code high}, {@code medium}, {@code low}. CloudFormation property {@code
     * PartialResultsStability}.
     */
    public AmazonTranscribeProcessorConfiguration partialResultsStability(String value) {
      return set("PartialResultsStability", Value.of(value));
    }

    /**
     * Sets {@code PartialResultsStability} to this value; see {@link
     * #partialResultsStability(String)}.
     */
    public AmazonTranscribeProcessorConfiguration partialResultsStability(Value<String> value) {
      return set("PartialResultsStability", value);
    }

    /**
     * The types of PII to redact.
     *
     * <p>Length: 1 to 300 characters. Pattern: {@code ^[A-Z_, ]+$}. CloudFormation property {@code
     * PiiEntityTypes}.
     */
    public AmazonTranscribeProcessorConfiguration piiEntityTypes(String value) {
      return set("PiiEntityTypes", Value.of(value));
    }

    /** Sets {@code PiiEntityTypes} to this value; see {@link #piiEntityTypes(String)}. */
    public AmazonTranscribeProcessorConfiguration piiEntityTypes(Value<String> value) {
      return set("PiiEntityTypes", value);
    }

    /**
     * The preferred language for transcription.
     *
     * <p>Allowed values: {@code en-US}, {@code en-GB}, {@code es-US}, {@code fr-CA}, {@code fr-FR},
     * {@code en-AU}, {@code it-IT}, {@code de-DE}, {@code pt-BR}. CloudFormation property {@code
     * PreferredLanguage}.
     */
    public AmazonTranscribeProcessorConfiguration preferredLanguage(String value) {
      return set("PreferredLanguage", Value.of(value));
    }

    /** Sets {@code PreferredLanguage} to this value; see {@link #preferredLanguage(String)}. */
    public AmazonTranscribeProcessorConfiguration preferredLanguage(Value<String> value) {
      return set("PreferredLanguage", value);
    }

    /**
     * Enables speaker partitioning.
     *
     * <p>CloudFormation property {@code ShowSpeakerLabel}.
     */
    public AmazonTranscribeProcessorConfiguration showSpeakerLabel(boolean value) {
      return set("ShowSpeakerLabel", Value.of(value));
    }

    /** Sets {@code ShowSpeakerLabel} to this value; see {@link #showSpeakerLabel(boolean)}. */
    public AmazonTranscribeProcessorConfiguration showSpeakerLabel(Value<Boolean> value) {
      return set("ShowSpeakerLabel", value);
    }

    /**
     * The vocabulary filtering method.
     *
     * <p>Allowed values: {@code remove}, {@code mask}, {@code tag}. CloudFormation property {@code
     * VocabularyFilterMethod}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyFilterMethod(String value) {
      return set("VocabularyFilterMethod", Value.of(value));
    }

    /**
     * Sets {@code VocabularyFilterMethod} to this value; see {@link
     * #vocabularyFilterMethod(String)}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyFilterMethod(Value<String> value) {
      return set("VocabularyFilterMethod", value);
    }

    /**
     * The name of the custom vocabulary filter.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation property
     * {@code VocabularyFilterName}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyFilterName(String value) {
      return set("VocabularyFilterName", Value.of(value));
    }

    /**
     * Sets {@code VocabularyFilterName} to this value; see {@link #vocabularyFilterName(String)}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyFilterName(Value<String> value) {
      return set("VocabularyFilterName", value);
    }

    /**
     * The names of the custom vocabulary filters.
     *
     * <p>Length: 1 to 3000 characters. Pattern: {@code ^[a-zA-Z0-9,-._]+$}. CloudFormation property
     * {@code VocabularyFilterNames}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyFilterNames(String value) {
      return set("VocabularyFilterNames", Value.of(value));
    }

    /**
     * Sets {@code VocabularyFilterNames} to this value; see {@link #vocabularyFilterNames(String)}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyFilterNames(Value<String> value) {
      return set("VocabularyFilterNames", value);
    }

    /**
     * The name of the custom vocabulary.
     *
     * <p>Length: 1 to 200 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation property
     * {@code VocabularyName}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyName(String value) {
      return set("VocabularyName", Value.of(value));
    }

    /** Sets {@code VocabularyName} to this value; see {@link #vocabularyName(String)}. */
    public AmazonTranscribeProcessorConfiguration vocabularyName(Value<String> value) {
      return set("VocabularyName", value);
    }

    /**
     * The names of the custom vocabularies.
     *
     * <p>Length: 1 to 3000 characters. Pattern: {@code ^[a-zA-Z0-9,-._]+$}. CloudFormation property
     * {@code VocabularyNames}.
     */
    public AmazonTranscribeProcessorConfiguration vocabularyNames(String value) {
      return set("VocabularyNames", Value.of(value));
    }

    /** Sets {@code VocabularyNames} to this value; see {@link #vocabularyNames(String)}. */
    public AmazonTranscribeProcessorConfiguration vocabularyNames(Value<String> value) {
      return set("VocabularyNames", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Chime::MediaInsightsPipelineConfiguration.IssueDetectionConfiguration}.
   */
  public static final class IssueDetectionConfiguration extends Struct<IssueDetectionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.IssueDetectionConfiguration")
        .required("RuleName")
        .constrain("RuleName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(2).maxLength(64))
        .build();

    public IssueDetectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the issue detection rule.
     *
     * <p>Required. Length: 2 to 64 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation
     * property {@code RuleName}.
     */
    public IssueDetectionConfiguration ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public IssueDetectionConfiguration ruleName(Value<String> value) {
      return set("RuleName", value);
    }
  }

  /**
   * Property type {@code AWS::Chime::MediaInsightsPipelineConfiguration.KeywordMatchConfiguration}.
   */
  public static final class KeywordMatchConfiguration extends Struct<KeywordMatchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.KeywordMatchConfiguration")
        .required("Keywords", "RuleName")
        .constrain("Keywords", Constraint.of().pattern("^[\\s0-9a-zA-Z'-]+$").minLength(1).maxLength(100))
        .constrain("RuleName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(2).maxLength(64))
        .build();

    public KeywordMatchConfiguration() {
      super(SCHEMA);
    }

    /**
     * The keywords or phrases to match.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[&#92;s0-9a-zA-Z'-]+$}.
     * CloudFormation property {@code Keywords}.
     */
    public KeywordMatchConfiguration keywords(List<String> value) {
      return set("Keywords", Value.listOf(value));
    }

    /** Sets {@code Keywords} to this value; see {@link #keywords(List)}. */
    public KeywordMatchConfiguration keywords(Value<List<String>> value) {
      return set("Keywords", value);
    }

    /**
     * Matches keywords on their presence or absence.
     *
     * <p>CloudFormation property {@code Negate}.
     */
    public KeywordMatchConfiguration negate(boolean value) {
      return set("Negate", Value.of(value));
    }

    /** Sets {@code Negate} to this value; see {@link #negate(boolean)}. */
    public KeywordMatchConfiguration negate(Value<Boolean> value) {
      return set("Negate", value);
    }

    /**
     * The name of the keyword match rule.
     *
     * <p>Required. Length: 2 to 64 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation
     * property {@code RuleName}.
     */
    public KeywordMatchConfiguration ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public KeywordMatchConfiguration ruleName(Value<String> value) {
      return set("RuleName", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Chime::MediaInsightsPipelineConfiguration.KinesisDataStreamSinkConfiguration}.
   */
  public static final class KinesisDataStreamSinkConfiguration extends Struct<KinesisDataStreamSinkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.KinesisDataStreamSinkConfiguration")
        .constrain("InsightsTarget", Constraint.of().pattern("^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$").minLength(1).maxLength(1024))
        .build();

    public KinesisDataStreamSinkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Kinesis Data Stream sink.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^arn[&#92;/&#92;:&#92;-&#92;_&#92;.a-zA-Z0-9]+$}. CloudFormation property {@code
     * InsightsTarget}.
     */
    public KinesisDataStreamSinkConfiguration insightsTarget(String value) {
      return set("InsightsTarget", Value.of(value));
    }

    /** Sets {@code InsightsTarget} to this value; see {@link #insightsTarget(String)}. */
    public KinesisDataStreamSinkConfiguration insightsTarget(Value<String> value) {
      return set("InsightsTarget", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Chime::MediaInsightsPipelineConfiguration.MediaInsightsPipelineConfigurationElement}.
   */
  public static final class MediaInsightsPipelineConfigurationElement extends Struct<MediaInsightsPipelineConfigurationElement> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.MediaInsightsPipelineConfigurationElement")
        .required("Type")
        .allowed("Type", "AmazonTranscribeCallAnalyticsProcessor", "AmazonTranscribeProcessor",
            "KinesisDataStreamSink", "S3RecordingSink")
        .build();

    public MediaInsightsPipelineConfigurationElement() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AmazonTranscribeCallAnalyticsProcessorConfiguration}. */
    public MediaInsightsPipelineConfigurationElement amazonTranscribeCallAnalyticsProcessorConfiguration(Value<AmazonTranscribeCallAnalyticsProcessorConfiguration> value) {
      return set("AmazonTranscribeCallAnalyticsProcessorConfiguration", value);
    }

    /** CloudFormation property {@code AmazonTranscribeProcessorConfiguration}. */
    public MediaInsightsPipelineConfigurationElement amazonTranscribeProcessorConfiguration(Value<AmazonTranscribeProcessorConfiguration> value) {
      return set("AmazonTranscribeProcessorConfiguration", value);
    }

    /** CloudFormation property {@code KinesisDataStreamSinkConfiguration}. */
    public MediaInsightsPipelineConfigurationElement kinesisDataStreamSinkConfiguration(Value<KinesisDataStreamSinkConfiguration> value) {
      return set("KinesisDataStreamSinkConfiguration", value);
    }

    /** CloudFormation property {@code S3RecordingSinkConfiguration}. */
    public MediaInsightsPipelineConfigurationElement s3RecordingSinkConfiguration(Value<S3RecordingSinkConfiguration> value) {
      return set("S3RecordingSinkConfiguration", value);
    }

    /**
     * The element type.
     *
     * <p>Required. Allowed values: {@code AmazonTranscribeCallAnalyticsProcessor}, {@code
     * AmazonTranscribeProcessor}, {@code KinesisDataStreamSink}, {@code S3RecordingSink}.
     * CloudFormation property {@code Type}.
     */
    public MediaInsightsPipelineConfigurationElement type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MediaInsightsPipelineConfigurationElement type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Property type {@code AWS::Chime::MediaInsightsPipelineConfiguration.PostCallAnalyticsSettings}.
   */
  public static final class PostCallAnalyticsSettings extends Struct<PostCallAnalyticsSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.PostCallAnalyticsSettings")
        .required("DataAccessRoleArn", "OutputLocation")
        .allowed("ContentRedactionOutput", "redacted", "redacted_and_unredacted")
        .constrain("DataAccessRoleArn", Constraint.of().maxLength(4096).format("AWS::IAM::Role.Arn"))
        .constrain("OutputEncryptionKMSKeyId", Constraint.of().maxLength(4096))
        .constrain("OutputLocation", Constraint.of().maxLength(4096))
        .build();

    public PostCallAnalyticsSettings() {
      super(SCHEMA);
    }

    /**
     * The content redaction output settings.
     *
     * <p>Allowed values: {@code redacted}, {@code redacted_and_unredacted}. CloudFormation property
     * {@code ContentRedactionOutput}.
     */
    public PostCallAnalyticsSettings contentRedactionOutput(String value) {
      return set("ContentRedactionOutput", Value.of(value));
    }

    /**
     * Sets {@code ContentRedactionOutput} to this value; see {@link
     * #contentRedactionOutput(String)}.
     */
    public PostCallAnalyticsSettings contentRedactionOutput(Value<String> value) {
      return set("ContentRedactionOutput", value);
    }

    /**
     * The ARN of the role used by Transcribe to upload post-call analysis.
     *
     * <p>Required. Length: at most 4096 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code DataAccessRoleArn}.
     */
    public PostCallAnalyticsSettings dataAccessRoleArn(String value) {
      return set("DataAccessRoleArn", Value.of(value));
    }

    /** Sets {@code DataAccessRoleArn} to this value; see {@link #dataAccessRoleArn(String)}. */
    public PostCallAnalyticsSettings dataAccessRoleArn(Value<String> value) {
      return set("DataAccessRoleArn", value);
    }

    /**
     * The ID of the KMS key used to encrypt the output.
     *
     * <p>Length: at most 4096 characters. CloudFormation property {@code OutputEncryptionKMSKeyId}.
     */
    public PostCallAnalyticsSettings outputEncryptionKMSKeyId(String value) {
      return set("OutputEncryptionKMSKeyId", Value.of(value));
    }

    /**
     * Sets {@code OutputEncryptionKMSKeyId} to this value; see {@link
     * #outputEncryptionKMSKeyId(String)}.
     */
    public PostCallAnalyticsSettings outputEncryptionKMSKeyId(Value<String> value) {
      return set("OutputEncryptionKMSKeyId", value);
    }

    /**
     * The URL of the Amazon S3 bucket for post-call data.
     *
     * <p>Required. Length: at most 4096 characters. CloudFormation property {@code OutputLocation}.
     */
    public PostCallAnalyticsSettings outputLocation(String value) {
      return set("OutputLocation", Value.of(value));
    }

    /** Sets {@code OutputLocation} to this value; see {@link #outputLocation(String)}. */
    public PostCallAnalyticsSettings outputLocation(Value<String> value) {
      return set("OutputLocation", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Chime::MediaInsightsPipelineConfiguration.RealTimeAlertConfiguration}.
   */
  public static final class RealTimeAlertConfiguration extends Struct<RealTimeAlertConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Chime::MediaInsightsPipelineConfiguration.RealTimeAlertConfiguration");

    public RealTimeAlertConfiguration() {
      super(SCHEMA);
    }

    /**
     * Turns off real-time alerts.
     *
     * <p>CloudFormation property {@code Disabled}.
     */
    public RealTimeAlertConfiguration disabled(boolean value) {
      return set("Disabled", Value.of(value));
    }

    /** Sets {@code Disabled} to this value; see {@link #disabled(boolean)}. */
    public RealTimeAlertConfiguration disabled(Value<Boolean> value) {
      return set("Disabled", value);
    }

    /**
     * The rules in the alert.
     *
     * <p>CloudFormation property {@code Rules}.
     */
    public RealTimeAlertConfiguration rules(List<RealTimeAlertRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public RealTimeAlertConfiguration rules(Value<List<RealTimeAlertRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public RealTimeAlertConfiguration rules(RealTimeAlertRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /** Property type {@code AWS::Chime::MediaInsightsPipelineConfiguration.RealTimeAlertRule}. */
  public static final class RealTimeAlertRule extends Struct<RealTimeAlertRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.RealTimeAlertRule")
        .required("Type")
        .allowed("Type", "KeywordMatch", "Sentiment", "IssueDetection")
        .build();

    public RealTimeAlertRule() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code IssueDetectionConfiguration}. */
    public RealTimeAlertRule issueDetectionConfiguration(Value<IssueDetectionConfiguration> value) {
      return set("IssueDetectionConfiguration", value);
    }

    /** CloudFormation property {@code KeywordMatchConfiguration}. */
    public RealTimeAlertRule keywordMatchConfiguration(Value<KeywordMatchConfiguration> value) {
      return set("KeywordMatchConfiguration", value);
    }

    /** CloudFormation property {@code SentimentConfiguration}. */
    public RealTimeAlertRule sentimentConfiguration(Value<SentimentConfiguration> value) {
      return set("SentimentConfiguration", value);
    }

    /**
     * The type of alert rule.
     *
     * <p>Required. Allowed values: {@code KeywordMatch}, {@code Sentiment}, {@code IssueDetection}.
     * CloudFormation property {@code Type}.
     */
    public RealTimeAlertRule type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RealTimeAlertRule type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Chime::MediaInsightsPipelineConfiguration.S3RecordingSinkConfiguration}.
   */
  public static final class S3RecordingSinkConfiguration extends Struct<S3RecordingSinkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.S3RecordingSinkConfiguration")
        .constrain("Destination", Constraint.of().pattern("^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$").minLength(1).maxLength(1024))
        .allowed("RecordingFileFormat", "Wav", "Opus")
        .build();

    public S3RecordingSinkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The default URI of the Amazon S3 bucket.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^arn[&#92;/&#92;:&#92;-&#92;_&#92;.a-zA-Z0-9]+$}. CloudFormation property {@code
     * Destination}.
     */
    public S3RecordingSinkConfiguration destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public S3RecordingSinkConfiguration destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * The recording file format.
     *
     * <p>Allowed values: {@code Wav}, {@code Opus}. CloudFormation property {@code
     * RecordingFileFormat}.
     */
    public S3RecordingSinkConfiguration recordingFileFormat(String value) {
      return set("RecordingFileFormat", Value.of(value));
    }

    /** Sets {@code RecordingFileFormat} to this value; see {@link #recordingFileFormat(String)}. */
    public S3RecordingSinkConfiguration recordingFileFormat(Value<String> value) {
      return set("RecordingFileFormat", value);
    }
  }

  /**
   * Property type {@code AWS::Chime::MediaInsightsPipelineConfiguration.SentimentConfiguration}.
   */
  public static final class SentimentConfiguration extends Struct<SentimentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaInsightsPipelineConfiguration.SentimentConfiguration")
        .required("RuleName", "SentimentType", "TimePeriod")
        .constrain("RuleName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(2).maxLength(64))
        .allowed("SentimentType", "NEGATIVE")
        .constrain("TimePeriod", Constraint.of().minimum(60).maximum(1800))
        .build();

    public SentimentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the sentiment rule.
     *
     * <p>Required. Length: 2 to 64 characters. Pattern: {@code ^[0-9a-zA-Z._-]+$}. CloudFormation
     * property {@code RuleName}.
     */
    public SentimentConfiguration ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public SentimentConfiguration ruleName(Value<String> value) {
      return set("RuleName", value);
    }

    /**
     * The type of sentiment.
     *
     * <p>Required. Allowed values: {@code NEGATIVE}. CloudFormation property {@code SentimentType}.
     */
    public SentimentConfiguration sentimentType(String value) {
      return set("SentimentType", Value.of(value));
    }

    /** Sets {@code SentimentType} to this value; see {@link #sentimentType(String)}. */
    public SentimentConfiguration sentimentType(Value<String> value) {
      return set("SentimentType", value);
    }

    /**
     * The analysis interval in seconds.
     *
     * <p>Required. Range: 60 to 1800. CloudFormation property {@code TimePeriod}.
     */
    public SentimentConfiguration timePeriod(int value) {
      return set("TimePeriod", Value.of(value));
    }

    /** Sets {@code TimePeriod} to this value; see {@link #timePeriod(int)}. */
    public SentimentConfiguration timePeriod(Value<Integer> value) {
      return set("TimePeriod", value);
    }
  }
}
