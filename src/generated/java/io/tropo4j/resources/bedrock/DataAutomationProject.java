// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * A data automation project.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::DataAutomationProject}.
 */
public final class DataAutomationProject extends Resource<DataAutomationProject> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject")
      .required("ProjectName")
      .constrain("ProjectName", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(128))
      .allowed("ProjectType", "ASYNC", "SYNC")
      .refYields("ProjectArn")
      .attributes("CreationTime", "LastModifiedTime", "ProjectArn", "ProjectStage", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataAutomationProject(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Blueprints to apply to objects processed by the project.
   *
   * <p>CloudFormation property {@code CustomOutputConfiguration}.
   */
  public DataAutomationProject customOutputConfiguration(Value<CustomOutputConfiguration> value) {
    return set("CustomOutputConfiguration", value);
  }

  /**
   * The AWS encryption context to use for encryption.
   *
   * <p>CloudFormation property {@code KmsEncryptionContext}.
   */
  public DataAutomationProject kmsEncryptionContext(Map<String, String> value) {
    return set("KmsEncryptionContext", Value.mapOf(value));
  }

  /** Sets {@code KmsEncryptionContext} to this value; see {@link #kmsEncryptionContext(Map)}. */
  public DataAutomationProject kmsEncryptionContext(Value<Map<String, String>> value) {
    return set("KmsEncryptionContext", value);
  }

  /**
   * The AWS key to use for encryption.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public DataAutomationProject kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public DataAutomationProject kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Additional settings for the project.
   *
   * <p>CloudFormation property {@code OverrideConfiguration}.
   */
  public DataAutomationProject overrideConfiguration(Value<OverrideConfiguration> value) {
    return set("OverrideConfiguration", value);
  }

  /**
   * The project's description.
   *
   * <p>CloudFormation property {@code ProjectDescription}.
   */
  public DataAutomationProject projectDescription(String value) {
    return set("ProjectDescription", Value.of(value));
  }

  /** Sets {@code ProjectDescription} to this value; see {@link #projectDescription(String)}. */
  public DataAutomationProject projectDescription(Value<String> value) {
    return set("ProjectDescription", value);
  }

  /**
   * The project's name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]+$}. CloudFormation property {@code ProjectName}.
   */
  public DataAutomationProject projectName(String value) {
    return set("ProjectName", Value.of(value));
  }

  /** Sets {@code ProjectName} to this value; see {@link #projectName(String)}. */
  public DataAutomationProject projectName(Value<String> value) {
    return set("ProjectName", value);
  }

  /**
   * Type of the DataAutomationProject - Sync or Async
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ASYNC}, {@code SYNC}.
   * CloudFormation property {@code ProjectType}.
   */
  public DataAutomationProject projectType(String value) {
    return set("ProjectType", Value.of(value));
  }

  /** Sets {@code ProjectType} to this value; see {@link #projectType(String)}. */
  public DataAutomationProject projectType(Value<String> value) {
    return set("ProjectType", value);
  }

  /**
   * The project's standard output configuration.
   *
   * <p>CloudFormation property {@code StandardOutputConfiguration}.
   */
  public DataAutomationProject standardOutputConfiguration(Value<StandardOutputConfiguration> value) {
    return set("StandardOutputConfiguration", value);
  }

  /**
   * List of Tags
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataAutomationProject tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataAutomationProject tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataAutomationProject tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * When the project was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * When the project was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The project's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectArn}.
   */
  public Value<String> projectArn() {
    return getAtt("ProjectArn");
  }

  /**
   * The project's stage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectStage}.
   */
  public Value<String> projectStage() {
    return getAtt("ProjectStage");
  }

  /**
   * The project's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Settings for generating data from audio.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.AudioExtractionCategory}.
   */
  public static final class AudioExtractionCategory extends Struct<AudioExtractionCategory> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.AudioExtractionCategory")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .allowed("Types", "AUDIO_CONTENT_MODERATION", "TRANSCRIPT", "TOPIC_CONTENT_MODERATION")
        .build();

    public AudioExtractionCategory() {
      super(SCHEMA);
    }

    /**
     * Whether generating categorical data from audio is enabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public AudioExtractionCategory state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public AudioExtractionCategory state(Value<String> value) {
      return set("State", value);
    }

    /**
     * This element contains information about extractions from different types. Used to enable
     * speaker and channel labeling for transcripts.
     *
     * <p>CloudFormation property {@code TypeConfiguration}.
     */
    public AudioExtractionCategory typeConfiguration(Value<AudioExtractionCategoryTypeConfiguration> value) {
      return set("TypeConfiguration", value);
    }

    /**
     * The types of data to generate.
     *
     * <p>Allowed values: {@code AUDIO_CONTENT_MODERATION}, {@code TRANSCRIPT}, {@code
     * TOPIC_CONTENT_MODERATION}. CloudFormation property {@code Types}.
     */
    public AudioExtractionCategory types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public AudioExtractionCategory types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Allows configuration of extractions for different types of data, such as transcript and content
   * moderation.
   *
   * <p>Property type {@code
   * AWS::Bedrock::DataAutomationProject.AudioExtractionCategoryTypeConfiguration}.
   */
  public static final class AudioExtractionCategoryTypeConfiguration extends Struct<AudioExtractionCategoryTypeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.AudioExtractionCategoryTypeConfiguration");

    public AudioExtractionCategoryTypeConfiguration() {
      super(SCHEMA);
    }

    /**
     * This element allows you to configure different extractions for your transcript data, such as
     * speaker and channel labeling.
     *
     * <p>CloudFormation property {@code Transcript}.
     */
    public AudioExtractionCategoryTypeConfiguration transcript(Value<TranscriptConfiguration> value) {
      return set("Transcript", value);
    }
  }

  /**
   * This allows you to set the input and output language of your audio. The input language can be
   * set to any of the languages supported by Bedrock Data Automation. The output can either be set
   * to english or whatever the dominant language is of the audio, determined by the language spoken
   * for the most seconds.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.AudioLanguageConfiguration}.
   */
  public static final class AudioLanguageConfiguration extends Struct<AudioLanguageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.AudioLanguageConfiguration")
        .allowed("GenerativeOutputLanguage", "DEFAULT", "EN")
        .allowed("InputLanguages", "EN", "DE", "ES", "FR", "IT", "PT", "JA", "KO", "CN", "TW", "HK")
        .build();

    public AudioLanguageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The output language of your processing results. This can either be set to <code>EN</code>
     * (English) or <code>DEFAULT</code> which will output the results in the dominant language of
     * the audio. The dominant language is determined as the language in the audio, spoken the
     * longest in the input audio.
     *
     * <p>Allowed values: {@code DEFAULT}, {@code EN}. CloudFormation property {@code
     * GenerativeOutputLanguage}.
     */
    public AudioLanguageConfiguration generativeOutputLanguage(String value) {
      return set("GenerativeOutputLanguage", Value.of(value));
    }

    /**
     * Sets {@code GenerativeOutputLanguage} to this value; see {@link
     * #generativeOutputLanguage(String)}.
     */
    public AudioLanguageConfiguration generativeOutputLanguage(Value<String> value) {
      return set("GenerativeOutputLanguage", value);
    }

    /**
     * The toggle determining if you want to detect multiple languages from your audio.
     *
     * <p>CloudFormation property {@code IdentifyMultipleLanguages}.
     */
    public AudioLanguageConfiguration identifyMultipleLanguages(boolean value) {
      return set("IdentifyMultipleLanguages", Value.of(value));
    }

    /**
     * Sets {@code IdentifyMultipleLanguages} to this value; see {@link
     * #identifyMultipleLanguages(boolean)}.
     */
    public AudioLanguageConfiguration identifyMultipleLanguages(Value<Boolean> value) {
      return set("IdentifyMultipleLanguages", value);
    }

    /**
     * The input language of your audio. This can be set to any of the currently supported languages
     * via the language codes.
     *
     * <p>Allowed values: {@code EN}, {@code DE}, {@code ES}, {@code FR}, {@code IT}, {@code PT},
     * {@code JA}, {@code KO}, {@code CN}, {@code TW}, {@code HK}. CloudFormation property {@code
     * InputLanguages}.
     */
    public AudioLanguageConfiguration inputLanguages(List<String> value) {
      return set("InputLanguages", Value.listOf(value));
    }

    /** Sets {@code InputLanguages} to this value; see {@link #inputLanguages(List)}. */
    public AudioLanguageConfiguration inputLanguages(Value<List<String>> value) {
      return set("InputLanguages", value);
    }
  }

  /**
   * Sets whether your project will process audio or not.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.AudioOverrideConfiguration}.
   */
  public static final class AudioOverrideConfiguration extends Struct<AudioOverrideConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.AudioOverrideConfiguration");

    public AudioOverrideConfiguration() {
      super(SCHEMA);
    }

    /**
     * The output and input language configuration for your audio.
     *
     * <p>CloudFormation property {@code LanguageConfiguration}.
     */
    public AudioOverrideConfiguration languageConfiguration(Value<AudioLanguageConfiguration> value) {
      return set("LanguageConfiguration", value);
    }

    /**
     * Sets modality processing for audio files. All modalities are enabled by default.
     *
     * <p>CloudFormation property {@code ModalityProcessing}.
     */
    public AudioOverrideConfiguration modalityProcessing(Value<ModalityProcessingConfiguration> value) {
      return set("ModalityProcessing", value);
    }

    /**
     * Configuration for sensitive data detection and redaction for audio files.
     *
     * <p>CloudFormation property {@code SensitiveDataConfiguration}.
     */
    public AudioOverrideConfiguration sensitiveDataConfiguration(Value<SensitiveDataConfiguration> value) {
      return set("SensitiveDataConfiguration", value);
    }
  }

  /**
   * Settings for generating data from audio.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.AudioStandardExtraction}.
   */
  public static final class AudioStandardExtraction extends Struct<AudioStandardExtraction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.AudioStandardExtraction")
        .required("Category")
        .build();

    public AudioStandardExtraction() {
      super(SCHEMA);
    }

    /**
     * Settings for generating data from audio.
     *
     * <p>Required. CloudFormation property {@code Category}.
     */
    public AudioStandardExtraction category(Value<AudioExtractionCategory> value) {
      return set("Category", value);
    }
  }

  /**
   * Settings for generating descriptions of audio.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.AudioStandardGenerativeField}.
   */
  public static final class AudioStandardGenerativeField extends Struct<AudioStandardGenerativeField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.AudioStandardGenerativeField")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .allowed("Types", "AUDIO_SUMMARY", "IAB", "TOPIC_SUMMARY")
        .build();

    public AudioStandardGenerativeField() {
      super(SCHEMA);
    }

    /**
     * Whether generating descriptions is enabled for audio.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public AudioStandardGenerativeField state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public AudioStandardGenerativeField state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The types of description to generate.
     *
     * <p>Allowed values: {@code AUDIO_SUMMARY}, {@code IAB}, {@code TOPIC_SUMMARY}. CloudFormation
     * property {@code Types}.
     */
    public AudioStandardGenerativeField types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public AudioStandardGenerativeField types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Output settings for processing audio.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.AudioStandardOutputConfiguration}.
   */
  public static final class AudioStandardOutputConfiguration extends Struct<AudioStandardOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.AudioStandardOutputConfiguration");

    public AudioStandardOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for populating data fields that describe the audio.
     *
     * <p>CloudFormation property {@code Extraction}.
     */
    public AudioStandardOutputConfiguration extraction(Value<AudioStandardExtraction> value) {
      return set("Extraction", value);
    }

    /**
     * Whether to generate descriptions of the data.
     *
     * <p>CloudFormation property {@code GenerativeField}.
     */
    public AudioStandardOutputConfiguration generativeField(Value<AudioStandardGenerativeField> value) {
      return set("GenerativeField", value);
    }
  }

  /**
   * An abbreviated summary of a blueprint.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.BlueprintItem}.
   */
  public static final class BlueprintItem extends Struct<BlueprintItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.BlueprintItem")
        .required("BlueprintArn")
        .constrain("BlueprintArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov|-iso|-iso-[a-z]):bedrock:[a-zA-Z0-9-]*:(aws|[0-9]{12}):blueprint/(bedrock-data-automation-public-[a-zA-Z0-9-_]{1,30}|[a-zA-Z0-9-]{12,36})$").maxLength(128))
        .allowed("BlueprintStage", "DEVELOPMENT", "LIVE")
        .constrain("BlueprintVersion", Constraint.of().pattern("^[0-9]*$").minLength(1).maxLength(128))
        .build();

    public BlueprintItem() {
      super(SCHEMA);
    }

    /**
     * The blueprint's ARN.
     *
     * <p>Required. Length: at most 128 characters. Pattern: {@code
     * ^arn:aws(|-cn|-us-gov|-iso|-iso-[a-z]):bedrock:[a-zA-Z0-9-]*:(aws|[0-9]{12}):blueprint/(bedrock-data-automation-public-[a-zA-Z0-9-_]{1,30}|[a-zA-Z0-9-]{12,36})$}.
     * CloudFormation property {@code BlueprintArn}.
     */
    public BlueprintItem blueprintArn(String value) {
      return set("BlueprintArn", Value.of(value));
    }

    /** Sets {@code BlueprintArn} to this value; see {@link #blueprintArn(String)}. */
    public BlueprintItem blueprintArn(Value<String> value) {
      return set("BlueprintArn", value);
    }

    /**
     * The blueprint's stage.
     *
     * <p>Allowed values: {@code DEVELOPMENT}, {@code LIVE}. CloudFormation property {@code
     * BlueprintStage}.
     */
    public BlueprintItem blueprintStage(String value) {
      return set("BlueprintStage", Value.of(value));
    }

    /** Sets {@code BlueprintStage} to this value; see {@link #blueprintStage(String)}. */
    public BlueprintItem blueprintStage(Value<String> value) {
      return set("BlueprintStage", value);
    }

    /**
     * The blueprint's version.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[0-9]*$}. CloudFormation property {@code
     * BlueprintVersion}.
     */
    public BlueprintItem blueprintVersion(String value) {
      return set("BlueprintVersion", Value.of(value));
    }

    /** Sets {@code BlueprintVersion} to this value; see {@link #blueprintVersion(String)}. */
    public BlueprintItem blueprintVersion(Value<String> value) {
      return set("BlueprintVersion", value);
    }
  }

  /**
   * Enables or disables channel labeling. Channel labeling, when enabled will assign a number to
   * each audio channel, and indicate which channel is being used in each portion of the transcript.
   * This appears in the response as "ch_0" for the first channel, and "ch_1" for the second.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ChannelLabelingConfiguration}.
   */
  public static final class ChannelLabelingConfiguration extends Struct<ChannelLabelingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.ChannelLabelingConfiguration")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public ChannelLabelingConfiguration() {
      super(SCHEMA);
    }

    /**
     * State of channel labeling, either enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public ChannelLabelingConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ChannelLabelingConfiguration state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Blueprints to apply to objects processed by the project.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.CustomOutputConfiguration}.
   */
  public static final class CustomOutputConfiguration extends Struct<CustomOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.CustomOutputConfiguration");

    public CustomOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of blueprints.
     *
     * <p>CloudFormation property {@code Blueprints}.
     */
    public CustomOutputConfiguration blueprints(List<BlueprintItem> value) {
      return set("Blueprints", Value.listOf(value));
    }

    /** Sets {@code Blueprints} to this value; see {@link #blueprints(List)}. */
    public CustomOutputConfiguration blueprints(Value<List<BlueprintItem>> value) {
      return set("Blueprints", value);
    }

    /** Sets {@code Blueprints} to a list of these; see {@link #blueprints(List)}. */
    public CustomOutputConfiguration blueprints(BlueprintItem... values) {
      return set("Blueprints", Value.list(values));
    }
  }

  /**
   * Bounding box settings for documents.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.DocumentBoundingBox}.
   */
  public static final class DocumentBoundingBox extends Struct<DocumentBoundingBox> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.DocumentBoundingBox")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public DocumentBoundingBox() {
      super(SCHEMA);
    }

    /**
     * Whether bounding boxes are enabled for documents.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public DocumentBoundingBox state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public DocumentBoundingBox state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Granularity settings for documents.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.DocumentExtractionGranularity}.
   */
  public static final class DocumentExtractionGranularity extends Struct<DocumentExtractionGranularity> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.DocumentExtractionGranularity")
        .allowed("Types", "DOCUMENT", "PAGE", "ELEMENT", "WORD", "LINE")
        .build();

    public DocumentExtractionGranularity() {
      super(SCHEMA);
    }

    /**
     * Granularity settings for documents.
     *
     * <p>Allowed values: {@code DOCUMENT}, {@code PAGE}, {@code ELEMENT}, {@code WORD}, {@code
     * LINE}. CloudFormation property {@code Types}.
     */
    public DocumentExtractionGranularity types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public DocumentExtractionGranularity types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Output settings for additional file formats.
   *
   * <p>Property type {@code
   * AWS::Bedrock::DataAutomationProject.DocumentOutputAdditionalFileFormat}.
   */
  public static final class DocumentOutputAdditionalFileFormat extends Struct<DocumentOutputAdditionalFileFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.DocumentOutputAdditionalFileFormat")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public DocumentOutputAdditionalFileFormat() {
      super(SCHEMA);
    }

    /**
     * Whether additional file formats are enabled for a project.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public DocumentOutputAdditionalFileFormat state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public DocumentOutputAdditionalFileFormat state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * A document output format.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.DocumentOutputFormat}.
   */
  public static final class DocumentOutputFormat extends Struct<DocumentOutputFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.DocumentOutputFormat")
        .required("AdditionalFileFormat", "TextFormat")
        .build();

    public DocumentOutputFormat() {
      super(SCHEMA);
    }

    /**
     * Output settings for additional file formats.
     *
     * <p>Required. CloudFormation property {@code AdditionalFileFormat}.
     */
    public DocumentOutputFormat additionalFileFormat(Value<DocumentOutputAdditionalFileFormat> value) {
      return set("AdditionalFileFormat", value);
    }

    /**
     * An output text format.
     *
     * <p>Required. CloudFormation property {@code TextFormat}.
     */
    public DocumentOutputFormat textFormat(Value<DocumentOutputTextFormat> value) {
      return set("TextFormat", value);
    }
  }

  /**
   * An output text format.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.DocumentOutputTextFormat}.
   */
  public static final class DocumentOutputTextFormat extends Struct<DocumentOutputTextFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.DocumentOutputTextFormat")
        .allowed("Types", "PLAIN_TEXT", "MARKDOWN", "HTML", "CSV")
        .build();

    public DocumentOutputTextFormat() {
      super(SCHEMA);
    }

    /**
     * The types of output text to generate.
     *
     * <p>Allowed values: {@code PLAIN_TEXT}, {@code MARKDOWN}, {@code HTML}, {@code CSV}.
     * CloudFormation property {@code Types}.
     */
    public DocumentOutputTextFormat types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public DocumentOutputTextFormat types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Additional settings for a project.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.DocumentOverrideConfiguration}.
   */
  public static final class DocumentOverrideConfiguration extends Struct<DocumentOverrideConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.DocumentOverrideConfiguration");

    public DocumentOverrideConfiguration() {
      super(SCHEMA);
    }

    /**
     * Sets modality processing for document files. All modalities are enabled by default.
     *
     * <p>CloudFormation property {@code ModalityProcessing}.
     */
    public DocumentOverrideConfiguration modalityProcessing(Value<ModalityProcessingConfiguration> value) {
      return set("ModalityProcessing", value);
    }

    /**
     * Configuration for sensitive data detection and redaction for document files.
     *
     * <p>CloudFormation property {@code SensitiveDataConfiguration}.
     */
    public DocumentOverrideConfiguration sensitiveDataConfiguration(Value<SensitiveDataConfiguration> value) {
      return set("SensitiveDataConfiguration", value);
    }

    /**
     * Whether document splitter is enabled for a project.
     *
     * <p>CloudFormation property {@code Splitter}.
     */
    public DocumentOverrideConfiguration splitter(Value<SplitterConfiguration> value) {
      return set("Splitter", value);
    }
  }

  /**
   * Settings for generating data from documents.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.DocumentStandardExtraction}.
   */
  public static final class DocumentStandardExtraction extends Struct<DocumentStandardExtraction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.DocumentStandardExtraction")
        .required("BoundingBox", "Granularity")
        .build();

    public DocumentStandardExtraction() {
      super(SCHEMA);
    }

    /**
     * Whether to generate bounding boxes.
     *
     * <p>Required. CloudFormation property {@code BoundingBox}.
     */
    public DocumentStandardExtraction boundingBox(Value<DocumentBoundingBox> value) {
      return set("BoundingBox", value);
    }

    /**
     * Which granularities to generate data for.
     *
     * <p>Required. CloudFormation property {@code Granularity}.
     */
    public DocumentStandardExtraction granularity(Value<DocumentExtractionGranularity> value) {
      return set("Granularity", value);
    }
  }

  /**
   * Settings for generating descriptions of documents.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.DocumentStandardGenerativeField}.
   */
  public static final class DocumentStandardGenerativeField extends Struct<DocumentStandardGenerativeField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.DocumentStandardGenerativeField")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public DocumentStandardGenerativeField() {
      super(SCHEMA);
    }

    /**
     * Whether generating descriptions is enabled for documents.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public DocumentStandardGenerativeField state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public DocumentStandardGenerativeField state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Output settings for processing documents.
   *
   * <p>Property type {@code
   * AWS::Bedrock::DataAutomationProject.DocumentStandardOutputConfiguration}.
   */
  public static final class DocumentStandardOutputConfiguration extends Struct<DocumentStandardOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.DocumentStandardOutputConfiguration");

    public DocumentStandardOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for populating data fields that describe the document.
     *
     * <p>CloudFormation property {@code Extraction}.
     */
    public DocumentStandardOutputConfiguration extraction(Value<DocumentStandardExtraction> value) {
      return set("Extraction", value);
    }

    /**
     * Whether to generate descriptions.
     *
     * <p>CloudFormation property {@code GenerativeField}.
     */
    public DocumentStandardOutputConfiguration generativeField(Value<DocumentStandardGenerativeField> value) {
      return set("GenerativeField", value);
    }

    /**
     * The output format to generate.
     *
     * <p>CloudFormation property {@code OutputFormat}.
     */
    public DocumentStandardOutputConfiguration outputFormat(Value<DocumentOutputFormat> value) {
      return set("OutputFormat", value);
    }
  }

  /**
   * Bounding box settings for a project.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ImageBoundingBox}.
   */
  public static final class ImageBoundingBox extends Struct<ImageBoundingBox> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.ImageBoundingBox")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public ImageBoundingBox() {
      super(SCHEMA);
    }

    /**
     * Bounding box settings for a project.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public ImageBoundingBox state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ImageBoundingBox state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Settings for generating categorical data from images.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ImageExtractionCategory}.
   */
  public static final class ImageExtractionCategory extends Struct<ImageExtractionCategory> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.ImageExtractionCategory")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .allowed("Types", "CONTENT_MODERATION", "TEXT_DETECTION", "LOGOS")
        .build();

    public ImageExtractionCategory() {
      super(SCHEMA);
    }

    /**
     * Whether generating categorical data from images is enabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public ImageExtractionCategory state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ImageExtractionCategory state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The types of data to generate.
     *
     * <p>Allowed values: {@code CONTENT_MODERATION}, {@code TEXT_DETECTION}, {@code LOGOS}.
     * CloudFormation property {@code Types}.
     */
    public ImageExtractionCategory types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public ImageExtractionCategory types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Sets whether your project will process images or not.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ImageOverrideConfiguration}.
   */
  public static final class ImageOverrideConfiguration extends Struct<ImageOverrideConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.ImageOverrideConfiguration");

    public ImageOverrideConfiguration() {
      super(SCHEMA);
    }

    /**
     * Sets modality processing for image files. All modalities are enabled by default.
     *
     * <p>CloudFormation property {@code ModalityProcessing}.
     */
    public ImageOverrideConfiguration modalityProcessing(Value<ModalityProcessingConfiguration> value) {
      return set("ModalityProcessing", value);
    }

    /**
     * Configuration for sensitive data detection and redaction for image files.
     *
     * <p>CloudFormation property {@code SensitiveDataConfiguration}.
     */
    public ImageOverrideConfiguration sensitiveDataConfiguration(Value<SensitiveDataConfiguration> value) {
      return set("SensitiveDataConfiguration", value);
    }
  }

  /**
   * Settings for generating data from images.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ImageStandardExtraction}.
   */
  public static final class ImageStandardExtraction extends Struct<ImageStandardExtraction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.ImageStandardExtraction")
        .required("BoundingBox", "Category")
        .build();

    public ImageStandardExtraction() {
      super(SCHEMA);
    }

    /**
     * Settings for generating bounding boxes.
     *
     * <p>Required. CloudFormation property {@code BoundingBox}.
     */
    public ImageStandardExtraction boundingBox(Value<ImageBoundingBox> value) {
      return set("BoundingBox", value);
    }

    /**
     * Settings for generating categorical data.
     *
     * <p>Required. CloudFormation property {@code Category}.
     */
    public ImageStandardExtraction category(Value<ImageExtractionCategory> value) {
      return set("Category", value);
    }
  }

  /**
   * Settings for generating descriptions of images.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ImageStandardGenerativeField}.
   */
  public static final class ImageStandardGenerativeField extends Struct<ImageStandardGenerativeField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.ImageStandardGenerativeField")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .allowed("Types", "IMAGE_SUMMARY", "IAB")
        .build();

    public ImageStandardGenerativeField() {
      super(SCHEMA);
    }

    /**
     * Whether generating descriptions is enabled for images.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public ImageStandardGenerativeField state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ImageStandardGenerativeField state(Value<String> value) {
      return set("State", value);
    }

    /**
     * Settings for generating descriptions of images.
     *
     * <p>Allowed values: {@code IMAGE_SUMMARY}, {@code IAB}. CloudFormation property {@code Types}.
     */
    public ImageStandardGenerativeField types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public ImageStandardGenerativeField types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Output settings for processing images.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ImageStandardOutputConfiguration}.
   */
  public static final class ImageStandardOutputConfiguration extends Struct<ImageStandardOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.ImageStandardOutputConfiguration");

    public ImageStandardOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for populating data fields that describe the image.
     *
     * <p>CloudFormation property {@code Extraction}.
     */
    public ImageStandardOutputConfiguration extraction(Value<ImageStandardExtraction> value) {
      return set("Extraction", value);
    }

    /**
     * Whether to generate descriptions of the data.
     *
     * <p>CloudFormation property {@code GenerativeField}.
     */
    public ImageStandardOutputConfiguration generativeField(Value<ImageStandardGenerativeField> value) {
      return set("GenerativeField", value);
    }
  }

  /**
   * This element is used to determine if the modality it is associated with is enabled or disabled.
   * All modalities are enabled by default.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ModalityProcessingConfiguration}.
   */
  public static final class ModalityProcessingConfiguration extends Struct<ModalityProcessingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.ModalityProcessingConfiguration")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public ModalityProcessingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Stores the state of the modality for your project, set to either enabled or disabled
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
     */
    public ModalityProcessingConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ModalityProcessingConfiguration state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * This element allows you to set up where JPEG, PNG, MOV, and MP4 files get routed to for
   * processing. JPEG routing applies to both "JPEG" and "JPG" file extensions.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.ModalityRoutingConfiguration}.
   */
  public static final class ModalityRoutingConfiguration extends Struct<ModalityRoutingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.ModalityRoutingConfiguration")
        .allowed("jpeg", "DOCUMENT", "IMAGE", "VIDEO", "AUDIO")
        .allowed("mov", "DOCUMENT", "IMAGE", "VIDEO", "AUDIO")
        .allowed("mp4", "DOCUMENT", "IMAGE", "VIDEO", "AUDIO")
        .allowed("png", "DOCUMENT", "IMAGE", "VIDEO", "AUDIO")
        .build();

    public ModalityRoutingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Sets whether JPEG files are routed to document or image processing.
     *
     * <p>Allowed values: {@code DOCUMENT}, {@code IMAGE}, {@code VIDEO}, {@code AUDIO}.
     * CloudFormation property {@code jpeg}.
     */
    public ModalityRoutingConfiguration jpeg(String value) {
      return set("jpeg", Value.of(value));
    }

    /** Sets {@code jpeg} to this value; see {@link #jpeg(String)}. */
    public ModalityRoutingConfiguration jpeg(Value<String> value) {
      return set("jpeg", value);
    }

    /**
     * Sets whether MOV files are routed to audio or video processing.
     *
     * <p>Allowed values: {@code DOCUMENT}, {@code IMAGE}, {@code VIDEO}, {@code AUDIO}.
     * CloudFormation property {@code mov}.
     */
    public ModalityRoutingConfiguration mov(String value) {
      return set("mov", Value.of(value));
    }

    /** Sets {@code mov} to this value; see {@link #mov(String)}. */
    public ModalityRoutingConfiguration mov(Value<String> value) {
      return set("mov", value);
    }

    /**
     * Sets whether MP4 files are routed to audio or video processing.
     *
     * <p>Allowed values: {@code DOCUMENT}, {@code IMAGE}, {@code VIDEO}, {@code AUDIO}.
     * CloudFormation property {@code mp4}.
     */
    public ModalityRoutingConfiguration mp4(String value) {
      return set("mp4", Value.of(value));
    }

    /** Sets {@code mp4} to this value; see {@link #mp4(String)}. */
    public ModalityRoutingConfiguration mp4(Value<String> value) {
      return set("mp4", value);
    }

    /**
     * Sets whether PNG files are routed to document or image processing.
     *
     * <p>Allowed values: {@code DOCUMENT}, {@code IMAGE}, {@code VIDEO}, {@code AUDIO}.
     * CloudFormation property {@code png}.
     */
    public ModalityRoutingConfiguration png(String value) {
      return set("png", Value.of(value));
    }

    /** Sets {@code png} to this value; see {@link #png(String)}. */
    public ModalityRoutingConfiguration png(Value<String> value) {
      return set("png", value);
    }
  }

  /**
   * Additional settings for a project.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.OverrideConfiguration}.
   */
  public static final class OverrideConfiguration extends Struct<OverrideConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.OverrideConfiguration");

    public OverrideConfiguration() {
      super(SCHEMA);
    }

    /**
     * This element declares whether your project will process audio files.
     *
     * <p>CloudFormation property {@code Audio}.
     */
    public OverrideConfiguration audio(Value<AudioOverrideConfiguration> value) {
      return set("Audio", value);
    }

    /**
     * Additional settings for a project.
     *
     * <p>CloudFormation property {@code Document}.
     */
    public OverrideConfiguration document(Value<DocumentOverrideConfiguration> value) {
      return set("Document", value);
    }

    /**
     * This element declares whether your project will process image files.
     *
     * <p>CloudFormation property {@code Image}.
     */
    public OverrideConfiguration image(Value<ImageOverrideConfiguration> value) {
      return set("Image", value);
    }

    /**
     * Lets you set which modalities certain file types are processed as.
     *
     * <p>CloudFormation property {@code ModalityRouting}.
     */
    public OverrideConfiguration modalityRouting(Value<ModalityRoutingConfiguration> value) {
      return set("ModalityRouting", value);
    }

    /**
     * This element declares whether your project will process video files.
     *
     * <p>CloudFormation property {@code Video}.
     */
    public OverrideConfiguration video(Value<VideoOverrideConfiguration> value) {
      return set("Video", value);
    }
  }

  /**
   * Configuration for detecting and redacting Personally Identifiable Information (PII) entities.
   * Specify which PII entity types to detect and the redaction mask mode. If not provided, defaults
   * to ALL entity types with ENTITY_TYPE redaction mask mode.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.PIIEntitiesConfiguration}.
   */
  public static final class PIIEntitiesConfiguration extends Struct<PIIEntitiesConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.PIIEntitiesConfiguration")
        .allowed("PiiEntityTypes", "ALL", "ADDRESS", "AGE", "NAME", "EMAIL", "PHONE", "USERNAME",
            "PASSWORD", "DRIVER_ID", "LICENSE_PLATE", "VEHICLE_IDENTIFICATION_NUMBER",
            "CREDIT_DEBIT_CARD_CVV", "CREDIT_DEBIT_CARD_EXPIRY", "CREDIT_DEBIT_CARD_NUMBER", "PIN",
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL",
            "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "US_BANK_ACCOUNT_NUMBER", "US_BANK_ROUTING_NUMBER",
            "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "US_PASSPORT_NUMBER",
            "US_SOCIAL_SECURITY_NUMBER", "CA_HEALTH_NUMBER", "CA_SOCIAL_INSURANCE_NUMBER",
            "UK_NATIONAL_HEALTH_SERVICE_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
            "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER")
        .allowed("RedactionMaskMode", "PII", "ENTITY_TYPE")
        .build();

    public PIIEntitiesConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of PII entity types to detect/redact in the output. Choose from specific entity types
     * (such as ADDRESS, NAME, EMAIL, PHONE, US_SOCIAL_SECURITY_NUMBER) or specify ALL to detect all
     * supported PII types. If not specified, defaults to ALL.
     *
     * <p>Allowed values: {@code ALL}, {@code ADDRESS}, {@code AGE}, {@code NAME}, {@code EMAIL},
     * {@code PHONE}, {@code USERNAME}, {@code PASSWORD}, {@code DRIVER_ID}, {@code LICENSE_PLATE},
     * {@code VEHICLE_IDENTIFICATION_NUMBER}, {@code CREDIT_DEBIT_CARD_CVV}, {@code
     * CREDIT_DEBIT_CARD_EXPIRY}, {@code CREDIT_DEBIT_CARD_NUMBER}, {@code PIN}, {@code
     * INTERNATIONAL_BANK_ACCOUNT_NUMBER}, {@code SWIFT_CODE}, {@code IP_ADDRESS}, {@code
     * MAC_ADDRESS}, {@code URL}, {@code AWS_ACCESS_KEY}, {@code AWS_SECRET_KEY}, {@code
     * US_BANK_ACCOUNT_NUMBER}, {@code US_BANK_ROUTING_NUMBER}, {@code
     * US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER}, {@code US_PASSPORT_NUMBER}, {@code
     * US_SOCIAL_SECURITY_NUMBER}, {@code CA_HEALTH_NUMBER}, {@code CA_SOCIAL_INSURANCE_NUMBER},
     * {@code UK_NATIONAL_HEALTH_SERVICE_NUMBER}, {@code UK_NATIONAL_INSURANCE_NUMBER}, {@code
     * UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER}. CloudFormation property {@code PiiEntityTypes}.
     */
    public PIIEntitiesConfiguration piiEntityTypes(List<String> value) {
      return set("PiiEntityTypes", Value.listOf(value));
    }

    /** Sets {@code PiiEntityTypes} to this value; see {@link #piiEntityTypes(List)}. */
    public PIIEntitiesConfiguration piiEntityTypes(Value<List<String>> value) {
      return set("PiiEntityTypes", value);
    }

    /**
     * Defines how detected PII entities are masked in redacted output files. Set to PII to replace
     * all detected entities with a generic [PII] marker regardless of entity type. Set to
     * ENTITY_TYPE to replace each detected entity with its specific type marker (for example,
     * [NAME], [EMAIL], [ADDRESS]). This setting only applies when detectionMode is set to
     * DETECTION_AND_REDACTION. If not specified, defaults to ENTITY_TYPE.
     *
     * <p>Allowed values: {@code PII}, {@code ENTITY_TYPE}. CloudFormation property {@code
     * RedactionMaskMode}.
     */
    public PIIEntitiesConfiguration redactionMaskMode(String value) {
      return set("RedactionMaskMode", Value.of(value));
    }

    /** Sets {@code RedactionMaskMode} to this value; see {@link #redactionMaskMode(String)}. */
    public PIIEntitiesConfiguration redactionMaskMode(Value<String> value) {
      return set("RedactionMaskMode", value);
    }
  }

  /**
   * Configuration for detecting and redacting sensitive data in content. Use this to control
   * whether sensitive data is detected only or both detected and redacted, specify the scope of
   * detection (standard output, custom output, or both), and configure specific PII entity types to
   * detect along with how they should be masked when redacted.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.SensitiveDataConfiguration}.
   */
  public static final class SensitiveDataConfiguration extends Struct<SensitiveDataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.SensitiveDataConfiguration")
        .allowed("DetectionMode", "DETECTION", "DETECTION_AND_REDACTION")
        .allowed("DetectionScope", "STANDARD", "CUSTOM")
        .build();

    public SensitiveDataConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the mode for handling sensitive data detection. Set to DETECTION to only identify
     * sensitive data without modifying content - this produces one output file per detection scope
     * containing detection information with original unredacted content. Set to
     * DETECTION_AND_REDACTION to both identify and mask sensitive data - this produces two output
     * files per detection scope: one unredacted file with detection information and one redacted
     * file with masking applied to sensitive content. For example, if detectionScope includes both
     * STANDARD and CUSTOM with DETECTION_AND_REDACTION mode, four output files will be generated
     * (two for standard output and two for custom output).
     *
     * <p>Allowed values: {@code DETECTION}, {@code DETECTION_AND_REDACTION}. CloudFormation
     * property {@code DetectionMode}.
     */
    public SensitiveDataConfiguration detectionMode(String value) {
      return set("DetectionMode", Value.of(value));
    }

    /** Sets {@code DetectionMode} to this value; see {@link #detectionMode(String)}. */
    public SensitiveDataConfiguration detectionMode(Value<String> value) {
      return set("DetectionMode", value);
    }

    /**
     * Defines which BDA output types to apply sensitive data detection to. Specify STANDARD to
     * detect sensitive data in standard output, CUSTOM to detect in custom output (blueprint-based
     * extraction), or both to apply detection to both output types. If not specified, defaults to
     * both STANDARD and CUSTOM. The number of output files generated depends on both the detection
     * mode and the scopes selected - each scope specified will produce its own set of output files
     * according to the detection mode configured.
     *
     * <p>Allowed values: {@code STANDARD}, {@code CUSTOM}. CloudFormation property {@code
     * DetectionScope}.
     */
    public SensitiveDataConfiguration detectionScope(List<String> value) {
      return set("DetectionScope", Value.listOf(value));
    }

    /** Sets {@code DetectionScope} to this value; see {@link #detectionScope(List)}. */
    public SensitiveDataConfiguration detectionScope(Value<List<String>> value) {
      return set("DetectionScope", value);
    }

    /**
     * Configuration for detecting and redacting Personally Identifiable Information (PII) entities.
     *
     * <p>CloudFormation property {@code PiiEntitiesConfiguration}.
     */
    public SensitiveDataConfiguration piiEntitiesConfiguration(Value<PIIEntitiesConfiguration> value) {
      return set("PiiEntitiesConfiguration", value);
    }
  }

  /**
   * Enables or disables speaker labeling. Speaker labeling, when enabled will assign a number to
   * each speaker, and indicate which speaker is talking in each portion of the transcript. This
   * appears in the response as "spk_0" for the first speaker, "spk_1" for the second, and so on for
   * up to 30 speakers.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.SpeakerLabelingConfiguration}.
   */
  public static final class SpeakerLabelingConfiguration extends Struct<SpeakerLabelingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.SpeakerLabelingConfiguration")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public SpeakerLabelingConfiguration() {
      super(SCHEMA);
    }

    /**
     * State of speaker labeling, either enabled or disabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public SpeakerLabelingConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public SpeakerLabelingConfiguration state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Document splitter settings. If a document is too large to be processed in one pass, the
   * document splitter splits it into smaller documents.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.SplitterConfiguration}.
   */
  public static final class SplitterConfiguration extends Struct<SplitterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.SplitterConfiguration")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public SplitterConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether document splitter is enabled for a project.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
     */
    public SplitterConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public SplitterConfiguration state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The project's standard output configuration.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.StandardOutputConfiguration}.
   */
  public static final class StandardOutputConfiguration extends Struct<StandardOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.StandardOutputConfiguration");

    public StandardOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for processing audio.
     *
     * <p>CloudFormation property {@code Audio}.
     */
    public StandardOutputConfiguration audio(Value<AudioStandardOutputConfiguration> value) {
      return set("Audio", value);
    }

    /**
     * Settings for processing documents.
     *
     * <p>CloudFormation property {@code Document}.
     */
    public StandardOutputConfiguration document(Value<DocumentStandardOutputConfiguration> value) {
      return set("Document", value);
    }

    /**
     * Settings for processing images.
     *
     * <p>CloudFormation property {@code Image}.
     */
    public StandardOutputConfiguration image(Value<ImageStandardOutputConfiguration> value) {
      return set("Image", value);
    }

    /**
     * Settings for processing video.
     *
     * <p>CloudFormation property {@code Video}.
     */
    public StandardOutputConfiguration video(Value<VideoStandardOutputConfiguration> value) {
      return set("Video", value);
    }
  }

  /**
   * Configuration for transcript options. This option allows you to enable speaker labeling and
   * channel labeling.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.TranscriptConfiguration}.
   */
  public static final class TranscriptConfiguration extends Struct<TranscriptConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.TranscriptConfiguration");

    public TranscriptConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables channel labeling. Each audio channel will be labeled with a number, and the
     * transcript will indicate which channel is being used.
     *
     * <p>CloudFormation property {@code ChannelLabeling}.
     */
    public TranscriptConfiguration channelLabeling(Value<ChannelLabelingConfiguration> value) {
      return set("ChannelLabeling", value);
    }

    /**
     * Enables speaker labeling. Each speaker within a transcript will recieve a number, and the
     * transcript will note which speaker is talking.
     *
     * <p>CloudFormation property {@code SpeakerLabeling}.
     */
    public TranscriptConfiguration speakerLabeling(Value<SpeakerLabelingConfiguration> value) {
      return set("SpeakerLabeling", value);
    }
  }

  /**
   * Bounding box settings for video.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.VideoBoundingBox}.
   */
  public static final class VideoBoundingBox extends Struct<VideoBoundingBox> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.VideoBoundingBox")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public VideoBoundingBox() {
      super(SCHEMA);
    }

    /**
     * Whether bounding boxes are enabled for video.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public VideoBoundingBox state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public VideoBoundingBox state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Settings for generating categorical data from video.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.VideoExtractionCategory}.
   */
  public static final class VideoExtractionCategory extends Struct<VideoExtractionCategory> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.VideoExtractionCategory")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .allowed("Types", "CONTENT_MODERATION", "TEXT_DETECTION", "TRANSCRIPT", "LOGOS")
        .build();

    public VideoExtractionCategory() {
      super(SCHEMA);
    }

    /**
     * Whether generating categorical data from video is enabled.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public VideoExtractionCategory state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public VideoExtractionCategory state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The types of data to generate.
     *
     * <p>Allowed values: {@code CONTENT_MODERATION}, {@code TEXT_DETECTION}, {@code TRANSCRIPT},
     * {@code LOGOS}. CloudFormation property {@code Types}.
     */
    public VideoExtractionCategory types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public VideoExtractionCategory types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Sets whether your project will process videos or not.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.VideoOverrideConfiguration}.
   */
  public static final class VideoOverrideConfiguration extends Struct<VideoOverrideConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.VideoOverrideConfiguration");

    public VideoOverrideConfiguration() {
      super(SCHEMA);
    }

    /**
     * Sets modality processing for video files. All modalities are enabled by default.
     *
     * <p>CloudFormation property {@code ModalityProcessing}.
     */
    public VideoOverrideConfiguration modalityProcessing(Value<ModalityProcessingConfiguration> value) {
      return set("ModalityProcessing", value);
    }

    /**
     * Configuration for sensitive data detection and redaction for video files.
     *
     * <p>CloudFormation property {@code SensitiveDataConfiguration}.
     */
    public VideoOverrideConfiguration sensitiveDataConfiguration(Value<SensitiveDataConfiguration> value) {
      return set("SensitiveDataConfiguration", value);
    }
  }

  /**
   * Settings for generating data from video.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.VideoStandardExtraction}.
   */
  public static final class VideoStandardExtraction extends Struct<VideoStandardExtraction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.VideoStandardExtraction")
        .required("BoundingBox", "Category")
        .build();

    public VideoStandardExtraction() {
      super(SCHEMA);
    }

    /**
     * Settings for generating bounding boxes.
     *
     * <p>Required. CloudFormation property {@code BoundingBox}.
     */
    public VideoStandardExtraction boundingBox(Value<VideoBoundingBox> value) {
      return set("BoundingBox", value);
    }

    /**
     * Settings for generating categorical data.
     *
     * <p>Required. CloudFormation property {@code Category}.
     */
    public VideoStandardExtraction category(Value<VideoExtractionCategory> value) {
      return set("Category", value);
    }
  }

  /**
   * Settings for generating descriptions of video.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.VideoStandardGenerativeField}.
   */
  public static final class VideoStandardGenerativeField extends Struct<VideoStandardGenerativeField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationProject.VideoStandardGenerativeField")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .allowed("Types", "VIDEO_SUMMARY", "IAB", "CHAPTER_SUMMARY")
        .build();

    public VideoStandardGenerativeField() {
      super(SCHEMA);
    }

    /**
     * Whether generating descriptions is enabled for video.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public VideoStandardGenerativeField state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public VideoStandardGenerativeField state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The types of description to generate.
     *
     * <p>Allowed values: {@code VIDEO_SUMMARY}, {@code IAB}, {@code CHAPTER_SUMMARY}.
     * CloudFormation property {@code Types}.
     */
    public VideoStandardGenerativeField types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public VideoStandardGenerativeField types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * Output settings for processing video.
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationProject.VideoStandardOutputConfiguration}.
   */
  public static final class VideoStandardOutputConfiguration extends Struct<VideoStandardOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::DataAutomationProject.VideoStandardOutputConfiguration");

    public VideoStandardOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for populating data fields that describe the video.
     *
     * <p>CloudFormation property {@code Extraction}.
     */
    public VideoStandardOutputConfiguration extraction(Value<VideoStandardExtraction> value) {
      return set("Extraction", value);
    }

    /**
     * Whether to generate descriptions of the video.
     *
     * <p>CloudFormation property {@code GenerativeField}.
     */
    public VideoStandardOutputConfiguration generativeField(Value<VideoStandardGenerativeField> value) {
      return set("GenerativeField", value);
    }
  }
}
