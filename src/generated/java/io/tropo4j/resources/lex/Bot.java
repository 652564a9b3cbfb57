// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lex;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * Amazon Lex V2 is the only supported version in CloudFormation .
 *
 * <p>Specifies an Amazon Lex conversational bot.
 *
 * <p>You must configure an intent based on the <code>AMAZON.FallbackIntent</code> built-in intent.
 * If you don't add one, creating the bot will fail.
 *
 * <p>CloudFormation type {@code AWS::Lex::Bot}.
 */
public final class Bot extends Resource<Bot> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot")
      .required("DataPrivacy", "IdleSessionTTLInSeconds", "Name", "RoleArn")
      .allowed("BotType", "Bot", "BotNetwork")
      .constrain("Description", Constraint.of().maxLength(2000))
      .constrain("IdleSessionTTLInSeconds", Constraint.of().minimum(60).maximum(86400))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:iam::[0-9]{12}:role/.*$").minLength(32).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("BotTags", Schema.TagForm.LIST)
      .build();

  public Bot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether Amazon Lex V2 should automatically build the locales for the bot after a
   * change.
   *
   * <p>CloudFormation property {@code AutoBuildBotLocales}.
   */
  public Bot autoBuildBotLocales(boolean value) {
    return set("AutoBuildBotLocales", Value.of(value));
  }

  /** Sets {@code AutoBuildBotLocales} to this value; see {@link #autoBuildBotLocales(boolean)}. */
  public Bot autoBuildBotLocales(Value<Boolean> value) {
    return set("AutoBuildBotLocales", value);
  }

  /**
   * The Amazon S3 location of files used to import a bot. The files must be in the import format
   * specified in <a
   * href="https://docs.aws.amazon.com/lexv2/latest/dg/import-export-format.html">JSON format for
   * importing and exporting</a> in the <em>Amazon Lex developer guide.</em>
   *
   * <p>CloudFormation property {@code BotFileS3Location}.
   */
  public Bot botFileS3Location(Value<S3Location> value) {
    return set("BotFileS3Location", value);
  }

  /**
   * A list of locales for the bot.
   *
   * <p>CloudFormation property {@code BotLocales}.
   */
  public Bot botLocales(List<BotLocale> value) {
    return set("BotLocales", Value.listOf(value));
  }

  /** Sets {@code BotLocales} to this value; see {@link #botLocales(List)}. */
  public Bot botLocales(Value<List<BotLocale>> value) {
    return set("BotLocales", value);
  }

  /** Sets {@code BotLocales} to a list of these; see {@link #botLocales(List)}. */
  public Bot botLocales(BotLocale... values) {
    return set("BotLocales", Value.list(values));
  }

  /**
   * The list of bot members in a network to be created.
   *
   * <p>CloudFormation property {@code BotMembers}.
   */
  public Bot botMembers(List<BotMember> value) {
    return set("BotMembers", Value.listOf(value));
  }

  /** Sets {@code BotMembers} to this value; see {@link #botMembers(List)}. */
  public Bot botMembers(Value<List<BotMember>> value) {
    return set("BotMembers", value);
  }

  /** Sets {@code BotMembers} to a list of these; see {@link #botMembers(List)}. */
  public Bot botMembers(BotMember... values) {
    return set("BotMembers", Value.list(values));
  }

  /**
   * A list of tags to add to the bot. You can only add tags when you import a bot. You can't use
   * the <code>UpdateBot</code> operation to update tags. To update tags, use the
   * <code>TagResource</code> operation.
   *
   * <p>CloudFormation property {@code BotTags}.
   */
  public Bot botTags(List<Tag> value) {
    return set("BotTags", Value.listOf(value));
  }

  /** Sets {@code BotTags} to this value; see {@link #botTags(List)}. */
  public Bot botTags(Value<List<Tag>> value) {
    return set("BotTags", value);
  }

  /** Sets {@code BotTags} to the tags, as a list of Key and Value; see {@link #botTags(List)}. */
  public Bot botTags(Tags tags) {
    return set("BotTags", tags);
  }

  /**
   * The type of a bot to create.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Bot}, {@code BotNetwork}. Default:
   * {@code "Bot"}. CloudFormation property {@code BotType}.
   */
  public Bot botType(String value) {
    return set("BotType", Value.of(value));
  }

  /** Sets {@code BotType} to this value; see {@link #botType(String)}. */
  public Bot botType(Value<String> value) {
    return set("BotType", value);
  }

  /**
   * By default, data stored by Amazon Lex is encrypted. The <code>DataPrivacy</code> structure
   * provides settings that determine how Amazon Lex handles special cases of securing the data for
   * your bot.
   *
   * <p>Required. CloudFormation property {@code DataPrivacy}.
   */
  public Bot dataPrivacy(Value<DataPrivacy> value) {
    return set("DataPrivacy", value);
  }

  /**
   * The description of the version.
   *
   * <p>Length: at most 2000 characters. CloudFormation property {@code Description}.
   */
  public Bot description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Bot description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code ErrorLogSettings}. */
  public Bot errorLogSettings(Value<ErrorLogSettings> value) {
    return set("ErrorLogSettings", value);
  }

  /**
   * The time, in seconds, that Amazon Lex should keep information about a user's conversation with
   * the bot.
   *
   * <p>A user interaction remains active for the amount of time specified. If no conversation
   * occurs during this time, the session expires and Amazon Lex deletes any data provided before
   * the timeout.
   *
   * <p>You can specify between 60 (1 minute) and 86,400 (24 hours) seconds.
   *
   * <p>Required. Range: 60 to 86400. CloudFormation property {@code IdleSessionTTLInSeconds}.
   */
  public Bot idleSessionTTLInSeconds(int value) {
    return set("IdleSessionTTLInSeconds", Value.of(value));
  }

  /**
   * Sets {@code IdleSessionTTLInSeconds} to this value; see {@link #idleSessionTTLInSeconds(int)}.
   */
  public Bot idleSessionTTLInSeconds(Value<Integer> value) {
    return set("IdleSessionTTLInSeconds", value);
  }

  /**
   * The name of the bot locale.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
   * CloudFormation property {@code Name}.
   */
  public Bot name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Bot name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Replication}. */
  public Bot replication(Value<Replication> value) {
    return set("Replication", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role used to build and run the bot.
   *
   * <p>Required. Length: 32 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-zA-Z-]*:iam::[0-9]{12}:role/.*$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public Bot roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Bot roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Bot roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * Specifies configuration settings for the alias used to test the bot. If the
   * <code>TestBotAliasSettings</code> property is not specified, the settings are configured with
   * default values.
   *
   * <p>CloudFormation property {@code TestBotAliasSettings}.
   */
  public Bot testBotAliasSettings(Value<TestBotAliasSettings> value) {
    return set("TestBotAliasSettings", value);
  }

  /**
   * A list of tags to add to the test alias for a bot. You can only add tags when you import a bot.
   * You can't use the <code>UpdateAlias</code> operation to update tags. To update tags on the test
   * alias, use the <code>TagResource</code> operation.
   *
   * <p>CloudFormation property {@code TestBotAliasTags}.
   */
  public Bot testBotAliasTags(List<Tag> value) {
    return set("TestBotAliasTags", Value.listOf(value));
  }

  /** Sets {@code TestBotAliasTags} to this value; see {@link #testBotAliasTags(List)}. */
  public Bot testBotAliasTags(Value<List<Tag>> value) {
    return set("TestBotAliasTags", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the bot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the bot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Provides settings that enable advanced recognition settings for slot values.
   *
   * <p>Property type {@code AWS::Lex::Bot.AdvancedRecognitionSetting}.
   */
  public static final class AdvancedRecognitionSetting extends Struct<AdvancedRecognitionSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.AdvancedRecognitionSetting")
        .allowed("AudioRecognitionStrategy", "UseSlotValuesAsCustomVocabulary")
        .build();

    public AdvancedRecognitionSetting() {
      super(SCHEMA);
    }

    /**
     * Enables using the slot values as a custom vocabulary for recognizing user utterances.
     *
     * <p>Allowed values: {@code UseSlotValuesAsCustomVocabulary}. CloudFormation property {@code
     * AudioRecognitionStrategy}.
     */
    public AdvancedRecognitionSetting audioRecognitionStrategy(String value) {
      return set("AudioRecognitionStrategy", Value.of(value));
    }

    /**
     * Sets {@code AudioRecognitionStrategy} to this value; see {@link
     * #audioRecognitionStrategy(String)}.
     */
    public AdvancedRecognitionSetting audioRecognitionStrategy(Value<String> value) {
      return set("AudioRecognitionStrategy", value);
    }
  }

  /**
   * Specifies the allowed input types.
   *
   * <p>Property type {@code AWS::Lex::Bot.AllowedInputTypes}.
   */
  public static final class AllowedInputTypes extends Struct<AllowedInputTypes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.AllowedInputTypes")
        .required("AllowAudioInput", "AllowDTMFInput")
        .build();

    public AllowedInputTypes() {
      super(SCHEMA);
    }

    /**
     * Indicates whether audio input is allowed.
     *
     * <p>Required. CloudFormation property {@code AllowAudioInput}.
     */
    public AllowedInputTypes allowAudioInput(boolean value) {
      return set("AllowAudioInput", Value.of(value));
    }

    /** Sets {@code AllowAudioInput} to this value; see {@link #allowAudioInput(boolean)}. */
    public AllowedInputTypes allowAudioInput(Value<Boolean> value) {
      return set("AllowAudioInput", value);
    }

    /**
     * Indicates whether DTMF input is allowed.
     *
     * <p>Required. CloudFormation property {@code AllowDTMFInput}.
     */
    public AllowedInputTypes allowDTMFInput(boolean value) {
      return set("AllowDTMFInput", Value.of(value));
    }

    /** Sets {@code AllowDTMFInput} to this value; see {@link #allowDTMFInput(boolean)}. */
    public AllowedInputTypes allowDTMFInput(Value<Boolean> value) {
      return set("AllowDTMFInput", value);
    }
  }

  /**
   * Specifies the audio and DTMF input specification.
   *
   * <p>Property type {@code AWS::Lex::Bot.AudioAndDTMFInputSpecification}.
   */
  public static final class AudioAndDTMFInputSpecification extends Struct<AudioAndDTMFInputSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.AudioAndDTMFInputSpecification")
        .required("StartTimeoutMs")
        .build();

    public AudioAndDTMFInputSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies the settings on audio input.
     *
     * <p>CloudFormation property {@code AudioSpecification}.
     */
    public AudioAndDTMFInputSpecification audioSpecification(Value<AudioSpecification> value) {
      return set("AudioSpecification", value);
    }

    /**
     * Specifies the settings on DTMF input.
     *
     * <p>CloudFormation property {@code DTMFSpecification}.
     */
    public AudioAndDTMFInputSpecification dtmfSpecification(Value<DTMFSpecification> value) {
      return set("DTMFSpecification", value);
    }

    /**
     * Time for which a bot waits before assuming that the customer isn't going to speak or press a
     * key. This timeout is shared between Audio and DTMF inputs.
     *
     * <p>Required. CloudFormation property {@code StartTimeoutMs}.
     */
    public AudioAndDTMFInputSpecification startTimeoutMs(int value) {
      return set("StartTimeoutMs", Value.of(value));
    }

    /** Sets {@code StartTimeoutMs} to this value; see {@link #startTimeoutMs(int)}. */
    public AudioAndDTMFInputSpecification startTimeoutMs(Value<Integer> value) {
      return set("StartTimeoutMs", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.AudioFillerSettings}. */
  public static final class AudioFillerSettings extends Struct<AudioFillerSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.AudioFillerSettings")
        .required("Enabled")
        .allowed("AudioType", "MELODY_CHIPPER_CHIME", "MELODY_CURIOUS_CRAWL",
            "MELODY_RISING_RIPPLE", "MELODY_PATIENT_PING", "MELODY_PONDERING_PONG",
            "TYPING_KINETIC_KEYS", "TYPING_QUIET_QWERTY")
        .constrain("MinimumPlayDurationInMilliseconds", Constraint.of().minimum(1000).maximum(5000))
        .constrain("ResponseDeliveryDelayInMilliseconds", Constraint.of().minimum(200).maximum(1000))
        .constrain("StartDelayInMilliseconds", Constraint.of().minimum(500).maximum(5000))
        .build();

    public AudioFillerSettings() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code MELODY_CHIPPER_CHIME}, {@code MELODY_CURIOUS_CRAWL}, {@code
     * MELODY_RISING_RIPPLE}, {@code MELODY_PATIENT_PING}, {@code MELODY_PONDERING_PONG}, {@code
     * TYPING_KINETIC_KEYS}, {@code TYPING_QUIET_QWERTY}. CloudFormation property {@code AudioType}.
     */
    public AudioFillerSettings audioType(String value) {
      return set("AudioType", Value.of(value));
    }

    /** Sets {@code AudioType} to this value; see {@link #audioType(String)}. */
    public AudioFillerSettings audioType(Value<String> value) {
      return set("AudioType", value);
    }

    /** Required. CloudFormation property {@code Enabled}. */
    public AudioFillerSettings enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AudioFillerSettings enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** Range: 1000 to 5000. CloudFormation property {@code MinimumPlayDurationInMilliseconds}. */
    public AudioFillerSettings minimumPlayDurationInMilliseconds(int value) {
      return set("MinimumPlayDurationInMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MinimumPlayDurationInMilliseconds} to this value; see {@link
     * #minimumPlayDurationInMilliseconds(int)}.
     */
    public AudioFillerSettings minimumPlayDurationInMilliseconds(Value<Integer> value) {
      return set("MinimumPlayDurationInMilliseconds", value);
    }

    /** Range: 200 to 1000. CloudFormation property {@code ResponseDeliveryDelayInMilliseconds}. */
    public AudioFillerSettings responseDeliveryDelayInMilliseconds(int value) {
      return set("ResponseDeliveryDelayInMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code ResponseDeliveryDelayInMilliseconds} to this value; see {@link
     * #responseDeliveryDelayInMilliseconds(int)}.
     */
    public AudioFillerSettings responseDeliveryDelayInMilliseconds(Value<Integer> value) {
      return set("ResponseDeliveryDelayInMilliseconds", value);
    }

    /** Range: 500 to 5000. CloudFormation property {@code StartDelayInMilliseconds}. */
    public AudioFillerSettings startDelayInMilliseconds(int value) {
      return set("StartDelayInMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code StartDelayInMilliseconds} to this value; see {@link
     * #startDelayInMilliseconds(int)}.
     */
    public AudioFillerSettings startDelayInMilliseconds(Value<Integer> value) {
      return set("StartDelayInMilliseconds", value);
    }
  }

  /**
   * The location of audio log files collected when conversation logging is enabled for a bot.
   *
   * <p>Property type {@code AWS::Lex::Bot.AudioLogDestination}.
   */
  public static final class AudioLogDestination extends Struct<AudioLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.AudioLogDestination")
        .required("S3Bucket")
        .constrain("S3Bucket", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public AudioLogDestination() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon S3 bucket where the audio files are stored.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public AudioLogDestination s3Bucket(Value<S3BucketLogDestination> value) {
      return set("S3Bucket", value);
    }
  }

  /**
   * Settings for logging audio of conversations between Amazon Lex and a user. You specify whether
   * to log audio and the Amazon S3 bucket where the audio file is stored.
   *
   * <p>Property type {@code AWS::Lex::Bot.AudioLogSetting}.
   */
  public static final class AudioLogSetting extends Struct<AudioLogSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.AudioLogSetting")
        .required("Destination", "Enabled")
        .build();

    public AudioLogSetting() {
      super(SCHEMA);
    }

    /**
     * Specifies the location of the audio log files collected when conversation logging is enabled
     * for a bot.
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public AudioLogSetting destination(Value<AudioLogDestination> value) {
      return set("Destination", value);
    }

    /**
     * Determines whether audio logging in enabled for the bot.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public AudioLogSetting enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AudioLogSetting enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies the audio input specifications.
   *
   * <p>Property type {@code AWS::Lex::Bot.AudioSpecification}.
   */
  public static final class AudioSpecification extends Struct<AudioSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.AudioSpecification")
        .required("EndTimeoutMs", "MaxLengthMs")
        .build();

    public AudioSpecification() {
      super(SCHEMA);
    }

    /**
     * Time for which a bot waits after the customer stops speaking to assume the utterance is
     * finished.
     *
     * <p>Required. CloudFormation property {@code EndTimeoutMs}.
     */
    public AudioSpecification endTimeoutMs(int value) {
      return set("EndTimeoutMs", Value.of(value));
    }

    /** Sets {@code EndTimeoutMs} to this value; see {@link #endTimeoutMs(int)}. */
    public AudioSpecification endTimeoutMs(Value<Integer> value) {
      return set("EndTimeoutMs", value);
    }

    /**
     * Time for how long Amazon Lex waits before speech input is truncated and the speech is
     * returned to application.
     *
     * <p>Required. CloudFormation property {@code MaxLengthMs}.
     */
    public AudioSpecification maxLengthMs(int value) {
      return set("MaxLengthMs", Value.of(value));
    }

    /** Sets {@code MaxLengthMs} to this value; see {@link #maxLengthMs(int)}. */
    public AudioSpecification maxLengthMs(Value<Integer> value) {
      return set("MaxLengthMs", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.BKBExactResponseFields}. */
  public static final class BKBExactResponseFields extends Struct<BKBExactResponseFields> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BKBExactResponseFields")
        .constrain("AnswerField", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public BKBExactResponseFields() {
      super(SCHEMA);
    }

    /** Length: 1 to 5000 characters. CloudFormation property {@code AnswerField}. */
    public BKBExactResponseFields answerField(String value) {
      return set("AnswerField", Value.of(value));
    }

    /** Sets {@code AnswerField} to this value; see {@link #answerField(String)}. */
    public BKBExactResponseFields answerField(Value<String> value) {
      return set("AnswerField", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.BedrockAgentConfiguration}. */
  public static final class BedrockAgentConfiguration extends Struct<BedrockAgentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BedrockAgentConfiguration")
        .constrain("BedrockAgentAliasId", Constraint.of().minLength(1).maxLength(5000))
        .constrain("BedrockAgentId", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public BedrockAgentConfiguration() {
      super(SCHEMA);
    }

    /** Length: 1 to 5000 characters. CloudFormation property {@code BedrockAgentAliasId}. */
    public BedrockAgentConfiguration bedrockAgentAliasId(String value) {
      return set("BedrockAgentAliasId", Value.of(value));
    }

    /** Sets {@code BedrockAgentAliasId} to this value; see {@link #bedrockAgentAliasId(String)}. */
    public BedrockAgentConfiguration bedrockAgentAliasId(Value<String> value) {
      return set("BedrockAgentAliasId", value);
    }

    /** Length: 1 to 5000 characters. CloudFormation property {@code BedrockAgentId}. */
    public BedrockAgentConfiguration bedrockAgentId(String value) {
      return set("BedrockAgentId", Value.of(value));
    }

    /** Sets {@code BedrockAgentId} to this value; see {@link #bedrockAgentId(String)}. */
    public BedrockAgentConfiguration bedrockAgentId(Value<String> value) {
      return set("BedrockAgentId", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.BedrockAgentIntentConfiguration}. */
  public static final class BedrockAgentIntentConfiguration extends Struct<BedrockAgentIntentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.BedrockAgentIntentConfiguration");

    public BedrockAgentIntentConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BedrockAgentConfiguration}. */
    public BedrockAgentIntentConfiguration bedrockAgentConfiguration(Value<BedrockAgentConfiguration> value) {
      return set("BedrockAgentConfiguration", value);
    }

    /** CloudFormation property {@code BedrockAgentIntentKnowledgeBaseConfiguration}. */
    public BedrockAgentIntentConfiguration bedrockAgentIntentKnowledgeBaseConfiguration(Value<BedrockAgentIntentKnowledgeBaseConfiguration> value) {
      return set("BedrockAgentIntentKnowledgeBaseConfiguration", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.BedrockAgentIntentKnowledgeBaseConfiguration}. */
  public static final class BedrockAgentIntentKnowledgeBaseConfiguration extends Struct<BedrockAgentIntentKnowledgeBaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BedrockAgentIntentKnowledgeBaseConfiguration")
        .required("BedrockKnowledgeBaseArn", "BedrockModelConfiguration")
        .constrain("BedrockKnowledgeBaseArn", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public BedrockAgentIntentKnowledgeBaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 5000 characters. CloudFormation property {@code
     * BedrockKnowledgeBaseArn}.
     */
    public BedrockAgentIntentKnowledgeBaseConfiguration bedrockKnowledgeBaseArn(String value) {
      return set("BedrockKnowledgeBaseArn", Value.of(value));
    }

    /**
     * Sets {@code BedrockKnowledgeBaseArn} to this value; see {@link
     * #bedrockKnowledgeBaseArn(String)}.
     */
    public BedrockAgentIntentKnowledgeBaseConfiguration bedrockKnowledgeBaseArn(Value<String> value) {
      return set("BedrockKnowledgeBaseArn", value);
    }

    /** Required. CloudFormation property {@code BedrockModelConfiguration}. */
    public BedrockAgentIntentKnowledgeBaseConfiguration bedrockModelConfiguration(Value<BedrockModelSpecification> value) {
      return set("BedrockModelConfiguration", value);
    }
  }

  /**
   * The details on the Bedrock guardrail configuration.
   *
   * <p>Property type {@code AWS::Lex::Bot.BedrockGuardrailConfiguration}.
   */
  public static final class BedrockGuardrailConfiguration extends Struct<BedrockGuardrailConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BedrockGuardrailConfiguration")
        .constrain("BedrockGuardrailIdentifier", Constraint.of().minLength(1).maxLength(5000))
        .constrain("BedrockGuardrailVersion", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public BedrockGuardrailConfiguration() {
      super(SCHEMA);
    }

    /** Length: 1 to 5000 characters. CloudFormation property {@code BedrockGuardrailIdentifier}. */
    public BedrockGuardrailConfiguration bedrockGuardrailIdentifier(String value) {
      return set("BedrockGuardrailIdentifier", Value.of(value));
    }

    /**
     * Sets {@code BedrockGuardrailIdentifier} to this value; see {@link
     * #bedrockGuardrailIdentifier(String)}.
     */
    public BedrockGuardrailConfiguration bedrockGuardrailIdentifier(Value<String> value) {
      return set("BedrockGuardrailIdentifier", value);
    }

    /** Length: 1 to 5000 characters. CloudFormation property {@code BedrockGuardrailVersion}. */
    public BedrockGuardrailConfiguration bedrockGuardrailVersion(String value) {
      return set("BedrockGuardrailVersion", Value.of(value));
    }

    /**
     * Sets {@code BedrockGuardrailVersion} to this value; see {@link
     * #bedrockGuardrailVersion(String)}.
     */
    public BedrockGuardrailConfiguration bedrockGuardrailVersion(Value<String> value) {
      return set("BedrockGuardrailVersion", value);
    }
  }

  /**
   * Contains details about the configuration of a Amazon Bedrock knowledge base.
   *
   * <p>Property type {@code AWS::Lex::Bot.BedrockKnowledgeStoreConfiguration}.
   */
  public static final class BedrockKnowledgeStoreConfiguration extends Struct<BedrockKnowledgeStoreConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BedrockKnowledgeStoreConfiguration")
        .constrain("BedrockKnowledgeBaseArn", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public BedrockKnowledgeStoreConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BKBExactResponseFields}. */
    public BedrockKnowledgeStoreConfiguration bkbExactResponseFields(Value<BKBExactResponseFields> value) {
      return set("BKBExactResponseFields", value);
    }

    /**
     * The base ARN of the knowledge base used.
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code BedrockKnowledgeBaseArn}.
     */
    public BedrockKnowledgeStoreConfiguration bedrockKnowledgeBaseArn(String value) {
      return set("BedrockKnowledgeBaseArn", Value.of(value));
    }

    /**
     * Sets {@code BedrockKnowledgeBaseArn} to this value; see {@link
     * #bedrockKnowledgeBaseArn(String)}.
     */
    public BedrockKnowledgeStoreConfiguration bedrockKnowledgeBaseArn(Value<String> value) {
      return set("BedrockKnowledgeBaseArn", value);
    }

    /**
     * Specifies whether to return an exact response, or to return an answer generated by the model,
     * using the fields you specify from the database.
     *
     * <p>CloudFormation property {@code ExactResponse}.
     */
    public BedrockKnowledgeStoreConfiguration exactResponse(boolean value) {
      return set("ExactResponse", Value.of(value));
    }

    /** Sets {@code ExactResponse} to this value; see {@link #exactResponse(boolean)}. */
    public BedrockKnowledgeStoreConfiguration exactResponse(Value<Boolean> value) {
      return set("ExactResponse", value);
    }
  }

  /**
   * Contains information about the Amazon Bedrock model used to interpret the prompt used in
   * descriptive bot building.
   *
   * <p>Property type {@code AWS::Lex::Bot.BedrockModelSpecification}.
   */
  public static final class BedrockModelSpecification extends Struct<BedrockModelSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BedrockModelSpecification")
        .required("ModelArn")
        .constrain("BedrockModelCustomPrompt", Constraint.of().minLength(1).maxLength(5000))
        .allowed("BedrockTraceStatus", "ENABLED", "DISABLED")
        .constrain("ModelArn", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public BedrockModelSpecification() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BedrockGuardrailConfiguration}. */
    public BedrockModelSpecification bedrockGuardrailConfiguration(Value<BedrockGuardrailConfiguration> value) {
      return set("BedrockGuardrailConfiguration", value);
    }

    /** Length: 1 to 5000 characters. CloudFormation property {@code BedrockModelCustomPrompt}. */
    public BedrockModelSpecification bedrockModelCustomPrompt(String value) {
      return set("BedrockModelCustomPrompt", Value.of(value));
    }

    /**
     * Sets {@code BedrockModelCustomPrompt} to this value; see {@link
     * #bedrockModelCustomPrompt(String)}.
     */
    public BedrockModelSpecification bedrockModelCustomPrompt(Value<String> value) {
      return set("BedrockModelCustomPrompt", value);
    }

    /**
     * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * BedrockTraceStatus}.
     */
    public BedrockModelSpecification bedrockTraceStatus(String value) {
      return set("BedrockTraceStatus", Value.of(value));
    }

    /** Sets {@code BedrockTraceStatus} to this value; see {@link #bedrockTraceStatus(String)}. */
    public BedrockModelSpecification bedrockTraceStatus(Value<String> value) {
      return set("BedrockTraceStatus", value);
    }

    /**
     * The ARN of the foundation model used in descriptive bot building.
     *
     * <p>Required. Length: 1 to 5000 characters. CloudFormation property {@code ModelArn}.
     */
    public BedrockModelSpecification modelArn(String value) {
      return set("ModelArn", Value.of(value));
    }

    /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
    public BedrockModelSpecification modelArn(Value<String> value) {
      return set("ModelArn", value);
    }
  }

  /**
   * Specifies settings that are unique to a locale. For example, you can use different Lambda
   * function depending on the bot's locale.
   *
   * <p>Property type {@code AWS::Lex::Bot.BotAliasLocaleSettings}.
   */
  public static final class BotAliasLocaleSettings extends Struct<BotAliasLocaleSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BotAliasLocaleSettings")
        .required("Enabled")
        .build();

    public BotAliasLocaleSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies the Lambda function that should be used in the locale.
     *
     * <p>CloudFormation property {@code CodeHookSpecification}.
     */
    public BotAliasLocaleSettings codeHookSpecification(Value<CodeHookSpecification> value) {
      return set("CodeHookSpecification", value);
    }

    /**
     * Determines whether the locale is enabled for the bot. If the value is <code>false</code> ,
     * the locale isn't available for use.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public BotAliasLocaleSettings enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public BotAliasLocaleSettings enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies locale settings for a single locale.
   *
   * <p>Property type {@code AWS::Lex::Bot.BotAliasLocaleSettingsItem}.
   */
  public static final class BotAliasLocaleSettingsItem extends Struct<BotAliasLocaleSettingsItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BotAliasLocaleSettingsItem")
        .required("BotAliasLocaleSetting", "LocaleId")
        .constrain("LocaleId", Constraint.of().minLength(1).maxLength(128))
        .build();

    public BotAliasLocaleSettingsItem() {
      super(SCHEMA);
    }

    /**
     * Specifies locale settings for a locale.
     *
     * <p>Required. CloudFormation property {@code BotAliasLocaleSetting}.
     */
    public BotAliasLocaleSettingsItem botAliasLocaleSetting(Value<BotAliasLocaleSettings> value) {
      return set("BotAliasLocaleSetting", value);
    }

    /**
     * Specifies the locale that the settings apply to.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code LocaleId}.
     */
    public BotAliasLocaleSettingsItem localeId(String value) {
      return set("LocaleId", Value.of(value));
    }

    /** Sets {@code LocaleId} to this value; see {@link #localeId(String)}. */
    public BotAliasLocaleSettingsItem localeId(Value<String> value) {
      return set("LocaleId", value);
    }
  }

  /**
   * Provides configuration information for a locale.
   *
   * <p>Property type {@code AWS::Lex::Bot.BotLocale}.
   */
  public static final class BotLocale extends Struct<BotLocale> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BotLocale")
        .required("LocaleId", "NluConfidenceThreshold")
        .constrain("Description", Constraint.of().maxLength(2000))
        .constrain("NluConfidenceThreshold", Constraint.of().minimum(0).maximum(1))
        .allowed("SpeechDetectionSensitivity", "Default", "HighNoiseTolerance",
            "MaximumNoiseTolerance")
        .build();

    public BotLocale() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioFillerSettings}. */
    public BotLocale audioFillerSettings(Value<AudioFillerSettings> value) {
      return set("AudioFillerSettings", value);
    }

    /**
     * Specifies a custom vocabulary to use with a specific locale.
     *
     * <p>CloudFormation property {@code CustomVocabulary}.
     */
    public BotLocale customVocabulary(Value<CustomVocabulary> value) {
      return set("CustomVocabulary", value);
    }

    /**
     * A description of the bot locale. Use this to help identify the bot locale in lists.
     *
     * <p>Length: at most 2000 characters. CloudFormation property {@code Description}.
     */
    public BotLocale description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public BotLocale description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code GenerativeAISettings}. */
    public BotLocale generativeAISettings(Value<GenerativeAISettings> value) {
      return set("GenerativeAISettings", value);
    }

    /**
     * One or more intents defined for the locale.
     *
     * <p>CloudFormation property {@code Intents}.
     */
    public BotLocale intents(List<Intent> value) {
      return set("Intents", Value.listOf(value));
    }

    /** Sets {@code Intents} to this value; see {@link #intents(List)}. */
    public BotLocale intents(Value<List<Intent>> value) {
      return set("Intents", value);
    }

    /** Sets {@code Intents} to a list of these; see {@link #intents(List)}. */
    public BotLocale intents(Intent... values) {
      return set("Intents", Value.list(values));
    }

    /**
     * The identifier of the language and locale that the bot will be used in. The string must match
     * one of the supported locales.
     *
     * <p>Required. CloudFormation property {@code LocaleId}.
     */
    public BotLocale localeId(String value) {
      return set("LocaleId", Value.of(value));
    }

    /** Sets {@code LocaleId} to this value; see {@link #localeId(String)}. */
    public BotLocale localeId(Value<String> value) {
      return set("LocaleId", value);
    }

    /**
     * Determines the threshold where Amazon Lex will insert the <code>AMAZON.FallbackIntent</code>
     * , <code>AMAZON.KendraSearchIntent</code> , or both when returning alternative intents. You
     * must configure an <code>AMAZON.FallbackIntent</code> . <code>AMAZON.KendraSearchIntent</code>
     * is only inserted if it is configured for the bot.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code NluConfidenceThreshold}.
     */
    public BotLocale nluConfidenceThreshold(double value) {
      return set("NluConfidenceThreshold", Value.of(value));
    }

    /**
     * Sets {@code NluConfidenceThreshold} to this value; see {@link
     * #nluConfidenceThreshold(double)}.
     */
    public BotLocale nluConfidenceThreshold(Value<Double> value) {
      return set("NluConfidenceThreshold", value);
    }

    /**
     * One or more slot types defined for the locale.
     *
     * <p>CloudFormation property {@code SlotTypes}.
     */
    public BotLocale slotTypes(List<SlotType> value) {
      return set("SlotTypes", Value.listOf(value));
    }

    /** Sets {@code SlotTypes} to this value; see {@link #slotTypes(List)}. */
    public BotLocale slotTypes(Value<List<SlotType>> value) {
      return set("SlotTypes", value);
    }

    /** Sets {@code SlotTypes} to a list of these; see {@link #slotTypes(List)}. */
    public BotLocale slotTypes(SlotType... values) {
      return set("SlotTypes", Value.list(values));
    }

    /**
     * Allowed values: {@code Default}, {@code HighNoiseTolerance}, {@code MaximumNoiseTolerance}.
     * CloudFormation property {@code SpeechDetectionSensitivity}.
     */
    public BotLocale speechDetectionSensitivity(String value) {
      return set("SpeechDetectionSensitivity", Value.of(value));
    }

    /**
     * Sets {@code SpeechDetectionSensitivity} to this value; see {@link
     * #speechDetectionSensitivity(String)}.
     */
    public BotLocale speechDetectionSensitivity(Value<String> value) {
      return set("SpeechDetectionSensitivity", value);
    }

    /** CloudFormation property {@code SpeechRecognitionSettings}. */
    public BotLocale speechRecognitionSettings(Value<SpeechRecognitionSettings> value) {
      return set("SpeechRecognitionSettings", value);
    }

    /** CloudFormation property {@code UnifiedSpeechSettings}. */
    public BotLocale unifiedSpeechSettings(Value<UnifiedSpeechSettings> value) {
      return set("UnifiedSpeechSettings", value);
    }

    /**
     * Defines settings for using an Amazon Polly voice to communicate with a user.
     *
     * <p>Valid values include:
     *
     * <ul> <li><code>standard</code> <li><code>neural</code> <li><code>long-form</code>
     * <li><code>generative</code> </ul>
     *
     * <p>CloudFormation property {@code VoiceSettings}.
     */
    public BotLocale voiceSettings(Value<VoiceSettings> value) {
      return set("VoiceSettings", value);
    }
  }

  /**
   * A bot that is a member of a bot network.
   *
   * <p>Property type {@code AWS::Lex::Bot.BotMember}.
   */
  public static final class BotMember extends Struct<BotMember> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.BotMember")
        .required("BotMemberAliasId", "BotMemberAliasName", "BotMemberId", "BotMemberName",
            "BotMemberVersion")
        .constrain("BotMemberAliasId", Constraint.of().minLength(10).maxLength(10))
        .constrain("BotMemberAliasName", Constraint.of().minLength(1).maxLength(100))
        .constrain("BotMemberId", Constraint.of().minLength(10).maxLength(10))
        .constrain("BotMemberName", Constraint.of().minLength(1).maxLength(100))
        .constrain("BotMemberVersion", Constraint.of().minLength(1).maxLength(5))
        .build();

    public BotMember() {
      super(SCHEMA);
    }

    /**
     * The alias ID of a bot that is a member of this network of bots.
     *
     * <p>Required. Length: 10 to 10 characters. CloudFormation property {@code BotMemberAliasId}.
     */
    public BotMember botMemberAliasId(String value) {
      return set("BotMemberAliasId", Value.of(value));
    }

    /** Sets {@code BotMemberAliasId} to this value; see {@link #botMemberAliasId(String)}. */
    public BotMember botMemberAliasId(Value<String> value) {
      return set("BotMemberAliasId", value);
    }

    /**
     * The alias name of a bot that is a member of this network of bots.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code BotMemberAliasName}.
     */
    public BotMember botMemberAliasName(String value) {
      return set("BotMemberAliasName", Value.of(value));
    }

    /** Sets {@code BotMemberAliasName} to this value; see {@link #botMemberAliasName(String)}. */
    public BotMember botMemberAliasName(Value<String> value) {
      return set("BotMemberAliasName", value);
    }

    /**
     * The unique ID of a bot that is a member of this network of bots.
     *
     * <p>Required. Length: 10 to 10 characters. CloudFormation property {@code BotMemberId}.
     */
    public BotMember botMemberId(String value) {
      return set("BotMemberId", Value.of(value));
    }

    /** Sets {@code BotMemberId} to this value; see {@link #botMemberId(String)}. */
    public BotMember botMemberId(Value<String> value) {
      return set("BotMemberId", value);
    }

    /**
     * The unique name of a bot that is a member of this network of bots.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code BotMemberName}.
     */
    public BotMember botMemberName(String value) {
      return set("BotMemberName", Value.of(value));
    }

    /** Sets {@code BotMemberName} to this value; see {@link #botMemberName(String)}. */
    public BotMember botMemberName(Value<String> value) {
      return set("BotMemberName", value);
    }

    /**
     * The version of a bot that is a member of this network of bots.
     *
     * <p>Required. Length: 1 to 5 characters. CloudFormation property {@code BotMemberVersion}.
     */
    public BotMember botMemberVersion(String value) {
      return set("BotMemberVersion", Value.of(value));
    }

    /** Sets {@code BotMemberVersion} to this value; see {@link #botMemberVersion(String)}. */
    public BotMember botMemberVersion(Value<String> value) {
      return set("BotMemberVersion", value);
    }
  }

  /**
   * Contains specifications about the Amazon Lex build time generative AI capabilities from Amazon
   * Bedrock that you can turn on for your bot.
   *
   * <p>Property type {@code AWS::Lex::Bot.BuildtimeSettings}.
   */
  public static final class BuildtimeSettings extends Struct<BuildtimeSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.BuildtimeSettings");

    public BuildtimeSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DescriptiveBotBuilderSpecification}. */
    public BuildtimeSettings descriptiveBotBuilderSpecification(Value<DescriptiveBotBuilderSpecification> value) {
      return set("DescriptiveBotBuilderSpecification", value);
    }

    /** CloudFormation property {@code SampleUtteranceGenerationSpecification}. */
    public BuildtimeSettings sampleUtteranceGenerationSpecification(Value<SampleUtteranceGenerationSpecification> value) {
      return set("SampleUtteranceGenerationSpecification", value);
    }
  }

  /**
   * Describes a button to use on a response card used to gather slot values from a user.
   *
   * <p>Property type {@code AWS::Lex::Bot.Button}.
   */
  public static final class Button extends Struct<Button> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.Button")
        .required("Text", "Value")
        .build();

    public Button() {
      super(SCHEMA);
    }

    /**
     * The text that appears on the button. Use this to tell the user what value is returned when
     * they choose this button.
     *
     * <p>Required. CloudFormation property {@code Text}.
     */
    public Button text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public Button text(Value<String> value) {
      return set("Text", value);
    }

    /**
     * The value returned to Amazon Lex when the user chooses this button. This must be one of the
     * slot values configured for the slot.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Button value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Button value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The Amazon CloudWatch Logs log group where the text and metadata logs are delivered. The log
   * group must exist before you enable logging.
   *
   * <p>Property type {@code AWS::Lex::Bot.CloudWatchLogGroupLogDestination}.
   */
  public static final class CloudWatchLogGroupLogDestination extends Struct<CloudWatchLogGroupLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.CloudWatchLogGroupLogDestination")
        .required("CloudWatchLogGroupArn", "LogPrefix")
        .constrain("CloudWatchLogGroupArn", Constraint.of().minLength(1).maxLength(2048))
        .constrain("LogPrefix", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public CloudWatchLogGroupLogDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the log group where text and metadata logs are delivered.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code
     * CloudWatchLogGroupArn}.
     */
    public CloudWatchLogGroupLogDestination cloudWatchLogGroupArn(String value) {
      return set("CloudWatchLogGroupArn", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogGroupArn} to this value; see {@link #cloudWatchLogGroupArn(String)}.
     */
    public CloudWatchLogGroupLogDestination cloudWatchLogGroupArn(Value<String> value) {
      return set("CloudWatchLogGroupArn", value);
    }

    /**
     * The prefix of the log stream name within the log group that you specified
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code LogPrefix}.
     */
    public CloudWatchLogGroupLogDestination logPrefix(String value) {
      return set("LogPrefix", Value.of(value));
    }

    /** Sets {@code LogPrefix} to this value; see {@link #logPrefix(String)}. */
    public CloudWatchLogGroupLogDestination logPrefix(Value<String> value) {
      return set("LogPrefix", value);
    }
  }

  /**
   * Contains information about code hooks that Amazon Lex calls during a conversation.
   *
   * <p>Property type {@code AWS::Lex::Bot.CodeHookSpecification}.
   */
  public static final class CodeHookSpecification extends Struct<CodeHookSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.CodeHookSpecification")
        .required("LambdaCodeHook")
        .build();

    public CodeHookSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies a Lambda function that verifies requests to a bot or fulfills the user's request to
     * a bot.
     *
     * <p>Required. CloudFormation property {@code LambdaCodeHook}.
     */
    public CodeHookSpecification lambdaCodeHook(Value<LambdaCodeHook> value) {
      return set("LambdaCodeHook", value);
    }
  }

  /**
   * A composite slot is a combination of two or more slots that capture multiple pieces of
   * information in a single user input.
   *
   * <p>Property type {@code AWS::Lex::Bot.CompositeSlotTypeSetting}.
   */
  public static final class CompositeSlotTypeSetting extends Struct<CompositeSlotTypeSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.CompositeSlotTypeSetting");

    public CompositeSlotTypeSetting() {
      super(SCHEMA);
    }

    /**
     * Subslots in the composite slot.
     *
     * <p>CloudFormation property {@code SubSlots}.
     */
    public CompositeSlotTypeSetting subSlots(List<SubSlotTypeComposition> value) {
      return set("SubSlots", Value.listOf(value));
    }

    /** Sets {@code SubSlots} to this value; see {@link #subSlots(List)}. */
    public CompositeSlotTypeSetting subSlots(Value<List<SubSlotTypeComposition>> value) {
      return set("SubSlots", value);
    }

    /** Sets {@code SubSlots} to a list of these; see {@link #subSlots(List)}. */
    public CompositeSlotTypeSetting subSlots(SubSlotTypeComposition... values) {
      return set("SubSlots", Value.list(values));
    }
  }

  /**
   * Provides an expression that evaluates to true or false.
   *
   * <p>Property type {@code AWS::Lex::Bot.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.Condition")
        .required("ExpressionString")
        .constrain("ExpressionString", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public Condition() {
      super(SCHEMA);
    }

    /**
     * The expression string that is evaluated.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code ExpressionString}.
     */
    public Condition expressionString(String value) {
      return set("ExpressionString", Value.of(value));
    }

    /** Sets {@code ExpressionString} to this value; see {@link #expressionString(String)}. */
    public Condition expressionString(Value<String> value) {
      return set("ExpressionString", value);
    }
  }

  /**
   * A set of actions that Amazon Lex should run if the condition is matched.
   *
   * <p>Property type {@code AWS::Lex::Bot.ConditionalBranch}.
   */
  public static final class ConditionalBranch extends Struct<ConditionalBranch> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ConditionalBranch")
        .required("Condition", "Name", "NextStep")
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public ConditionalBranch() {
      super(SCHEMA);
    }

    /**
     * Contains the expression to evaluate. If the condition is true, the branch's actions are
     * taken.
     *
     * <p>Required. CloudFormation property {@code Condition}.
     */
    public ConditionalBranch condition(Value<Condition> value) {
      return set("Condition", value);
    }

    /**
     * The name of the branch.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
     * CloudFormation property {@code Name}.
     */
    public ConditionalBranch name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ConditionalBranch name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next step in the conversation.
     *
     * <p>Required. CloudFormation property {@code NextStep}.
     */
    public ConditionalBranch nextStep(Value<DialogState> value) {
      return set("NextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input.
     *
     * <p>CloudFormation property {@code Response}.
     */
    public ConditionalBranch response(Value<ResponseSpecification> value) {
      return set("Response", value);
    }
  }

  /**
   * Provides a list of conditional branches. Branches are evaluated in the order that they are
   * entered in the list. The first branch with a condition that evaluates to true is executed. The
   * last branch in the list is the default branch. The default branch should not have any condition
   * expression. The default branch is executed if no other branch has a matching condition.
   *
   * <p>Property type {@code AWS::Lex::Bot.ConditionalSpecification}.
   */
  public static final class ConditionalSpecification extends Struct<ConditionalSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ConditionalSpecification")
        .required("ConditionalBranches", "DefaultBranch", "IsActive")
        .build();

    public ConditionalSpecification() {
      super(SCHEMA);
    }

    /**
     * A list of conditional branches. A conditional branch is made up of a condition, a response
     * and a next step. The response and next step are executed when the condition is true.
     *
     * <p>Required. CloudFormation property {@code ConditionalBranches}.
     */
    public ConditionalSpecification conditionalBranches(List<ConditionalBranch> value) {
      return set("ConditionalBranches", Value.listOf(value));
    }

    /** Sets {@code ConditionalBranches} to this value; see {@link #conditionalBranches(List)}. */
    public ConditionalSpecification conditionalBranches(Value<List<ConditionalBranch>> value) {
      return set("ConditionalBranches", value);
    }

    /**
     * Sets {@code ConditionalBranches} to a list of these; see {@link #conditionalBranches(List)}.
     */
    public ConditionalSpecification conditionalBranches(ConditionalBranch... values) {
      return set("ConditionalBranches", Value.list(values));
    }

    /**
     * The conditional branch that should be followed when the conditions for other branches are not
     * satisfied. A conditional branch is made up of a condition, a response and a next step.
     *
     * <p>Required. CloudFormation property {@code DefaultBranch}.
     */
    public ConditionalSpecification defaultBranch(Value<DefaultConditionalBranch> value) {
      return set("DefaultBranch", value);
    }

    /**
     * Determines whether a conditional branch is active. When <code>IsActive</code> is false, the
     * conditions are not evaluated.
     *
     * <p>Required. CloudFormation property {@code IsActive}.
     */
    public ConditionalSpecification isActive(boolean value) {
      return set("IsActive", Value.of(value));
    }

    /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
    public ConditionalSpecification isActive(Value<Boolean> value) {
      return set("IsActive", value);
    }
  }

  /**
   * Configures conversation logging that saves audio, text, and metadata for the conversations with
   * your users.
   *
   * <p>Property type {@code AWS::Lex::Bot.ConversationLogSettings}.
   */
  public static final class ConversationLogSettings extends Struct<ConversationLogSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.ConversationLogSettings");

    public ConversationLogSettings() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 settings for logging audio to an S3 bucket.
     *
     * <p>CloudFormation property {@code AudioLogSettings}.
     */
    public ConversationLogSettings audioLogSettings(List<AudioLogSetting> value) {
      return set("AudioLogSettings", Value.listOf(value));
    }

    /** Sets {@code AudioLogSettings} to this value; see {@link #audioLogSettings(List)}. */
    public ConversationLogSettings audioLogSettings(Value<List<AudioLogSetting>> value) {
      return set("AudioLogSettings", value);
    }

    /** Sets {@code AudioLogSettings} to a list of these; see {@link #audioLogSettings(List)}. */
    public ConversationLogSettings audioLogSettings(AudioLogSetting... values) {
      return set("AudioLogSettings", Value.list(values));
    }

    /**
     * The Amazon CloudWatch Logs settings for logging text and metadata.
     *
     * <p>CloudFormation property {@code TextLogSettings}.
     */
    public ConversationLogSettings textLogSettings(List<TextLogSetting> value) {
      return set("TextLogSettings", Value.listOf(value));
    }

    /** Sets {@code TextLogSettings} to this value; see {@link #textLogSettings(List)}. */
    public ConversationLogSettings textLogSettings(Value<List<TextLogSetting>> value) {
      return set("TextLogSettings", value);
    }

    /** Sets {@code TextLogSettings} to a list of these; see {@link #textLogSettings(List)}. */
    public ConversationLogSettings textLogSettings(TextLogSetting... values) {
      return set("TextLogSettings", Value.list(values));
    }
  }

  /**
   * A custom response string that Amazon Lex sends to your application. You define the content and
   * structure the string.
   *
   * <p>Property type {@code AWS::Lex::Bot.CustomPayload}.
   */
  public static final class CustomPayload extends Struct<CustomPayload> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.CustomPayload")
        .required("Value")
        .build();

    public CustomPayload() {
      super(SCHEMA);
    }

    /**
     * The string that is sent to your application.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public CustomPayload value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CustomPayload value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies a custom vocabulary. A custom vocabulary is a list of words that you expect to be
   * used during a conversation with your bot.
   *
   * <p>Property type {@code AWS::Lex::Bot.CustomVocabulary}.
   */
  public static final class CustomVocabulary extends Struct<CustomVocabulary> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.CustomVocabulary")
        .required("CustomVocabularyItems")
        .build();

    public CustomVocabulary() {
      super(SCHEMA);
    }

    /**
     * Specifies a list of words that you expect to be used during a conversation with your bot.
     *
     * <p>Required. CloudFormation property {@code CustomVocabularyItems}.
     */
    public CustomVocabulary customVocabularyItems(List<CustomVocabularyItem> value) {
      return set("CustomVocabularyItems", Value.listOf(value));
    }

    /**
     * Sets {@code CustomVocabularyItems} to this value; see {@link #customVocabularyItems(List)}.
     */
    public CustomVocabulary customVocabularyItems(Value<List<CustomVocabularyItem>> value) {
      return set("CustomVocabularyItems", value);
    }

    /**
     * Sets {@code CustomVocabularyItems} to a list of these; see {@link
     * #customVocabularyItems(List)}.
     */
    public CustomVocabulary customVocabularyItems(CustomVocabularyItem... values) {
      return set("CustomVocabularyItems", Value.list(values));
    }
  }

  /**
   * Specifies an entry in a custom vocabulary.
   *
   * <p>Property type {@code AWS::Lex::Bot.CustomVocabularyItem}.
   */
  public static final class CustomVocabularyItem extends Struct<CustomVocabularyItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.CustomVocabularyItem")
        .required("Phrase")
        .constrain("DisplayAs", Constraint.of().minLength(1).maxLength(100))
        .constrain("Phrase", Constraint.of().minLength(1).maxLength(100))
        .constrain("Weight", Constraint.of().minimum(0).maximum(3))
        .build();

    public CustomVocabularyItem() {
      super(SCHEMA);
    }

    /**
     * The DisplayAs value for the custom vocabulary item from the custom vocabulary list.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DisplayAs}.
     */
    public CustomVocabularyItem displayAs(String value) {
      return set("DisplayAs", Value.of(value));
    }

    /** Sets {@code DisplayAs} to this value; see {@link #displayAs(String)}. */
    public CustomVocabularyItem displayAs(Value<String> value) {
      return set("DisplayAs", value);
    }

    /**
     * Specifies 1 - 4 words that should be recognized.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Phrase}.
     */
    public CustomVocabularyItem phrase(String value) {
      return set("Phrase", Value.of(value));
    }

    /** Sets {@code Phrase} to this value; see {@link #phrase(String)}. */
    public CustomVocabularyItem phrase(Value<String> value) {
      return set("Phrase", value);
    }

    /**
     * Specifies the degree to which the phrase recognition is boosted. The default value is 1.
     *
     * <p>Range: 0 to 3. CloudFormation property {@code Weight}.
     */
    public CustomVocabularyItem weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public CustomVocabularyItem weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }

  /**
   * Specifies the DTMF input specifications.
   *
   * <p>Property type {@code AWS::Lex::Bot.DTMFSpecification}.
   */
  public static final class DTMFSpecification extends Struct<DTMFSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.DTMFSpecification")
        .required("DeletionCharacter", "EndCharacter", "EndTimeoutMs", "MaxLength")
        .build();

    public DTMFSpecification() {
      super(SCHEMA);
    }

    /**
     * The DTMF character that clears the accumulated DTMF digits and immediately ends the input.
     *
     * <p>Required. CloudFormation property {@code DeletionCharacter}.
     */
    public DTMFSpecification deletionCharacter(String value) {
      return set("DeletionCharacter", Value.of(value));
    }

    /** Sets {@code DeletionCharacter} to this value; see {@link #deletionCharacter(String)}. */
    public DTMFSpecification deletionCharacter(Value<String> value) {
      return set("DeletionCharacter", value);
    }

    /**
     * The DTMF character that immediately ends input. If the user does not press this character,
     * the input ends after the end timeout.
     *
     * <p>Required. CloudFormation property {@code EndCharacter}.
     */
    public DTMFSpecification endCharacter(String value) {
      return set("EndCharacter", Value.of(value));
    }

    /** Sets {@code EndCharacter} to this value; see {@link #endCharacter(String)}. */
    public DTMFSpecification endCharacter(Value<String> value) {
      return set("EndCharacter", value);
    }

    /**
     * How long the bot should wait after the last DTMF character input before assuming that the
     * input has concluded.
     *
     * <p>Required. CloudFormation property {@code EndTimeoutMs}.
     */
    public DTMFSpecification endTimeoutMs(int value) {
      return set("EndTimeoutMs", Value.of(value));
    }

    /** Sets {@code EndTimeoutMs} to this value; see {@link #endTimeoutMs(int)}. */
    public DTMFSpecification endTimeoutMs(Value<Integer> value) {
      return set("EndTimeoutMs", value);
    }

    /**
     * The maximum number of DTMF digits allowed in an utterance.
     *
     * <p>Required. CloudFormation property {@code MaxLength}.
     */
    public DTMFSpecification maxLength(int value) {
      return set("MaxLength", Value.of(value));
    }

    /** Sets {@code MaxLength} to this value; see {@link #maxLength(int)}. */
    public DTMFSpecification maxLength(Value<Integer> value) {
      return set("MaxLength", value);
    }
  }

  /**
   * By default, data stored by Amazon Lex is encrypted. The <code>DataPrivacy</code> structure
   * provides settings that determine how Amazon Lex handles special cases of securing the data for
   * your bot.
   *
   * <p>Property type {@code AWS::Lex::Bot.DataPrivacy}.
   */
  public static final class DataPrivacy extends Struct<DataPrivacy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.DataPrivacy")
        .required("ChildDirected")
        .build();

    public DataPrivacy() {
      super(SCHEMA);
    }

    /**
     * For each Amazon Lex bot created with the Amazon Lex Model Building Service, you must specify
     * whether your use of Amazon Lex is related to a website, program, or other application that is
     * directed or targeted, in whole or in part, to children under age 13 and subject to the
     * Children's Online Privacy Protection Act (COPPA) by specifying <code>true</code> or
     * <code>false</code> in the <code>childDirected</code> field. By specifying <code>true</code>
     * in the <code>childDirected</code> field, you confirm that your use of Amazon Lex <em>is</em>
     * related to a website, program, or other application that is directed or targeted, in whole or
     * in part, to children under age 13 and subject to COPPA. By specifying <code>false</code> in
     * the <code>childDirected</code> field, you confirm that your use of Amazon Lex <em>is not</em>
     * related to a website, program, or other application that is directed or targeted, in whole or
     * in part, to children under age 13 and subject to COPPA. You may not specify a default value
     * for the <code>childDirected</code> field that does not accurately reflect whether your use of
     * Amazon Lex is related to a website, program, or other application that is directed or
     * targeted, in whole or in part, to children under age 13 and subject to COPPA. If your use of
     * Amazon Lex relates to a website, program, or other application that is directed in whole or
     * in part, to children under age 13, you must obtain any required verifiable parental consent
     * under COPPA. For information regarding the use of Amazon Lex in connection with websites,
     * programs, or other applications that are directed or targeted, in whole or in part, to
     * children under age 13, see the <a
     * href="https://docs.aws.amazon.com/lex/faqs#data-security">Amazon Lex FAQ</a> .
     *
     * <p>Required. CloudFormation property {@code ChildDirected}.
     */
    public DataPrivacy childDirected(boolean value) {
      return set("ChildDirected", Value.of(value));
    }

    /** Sets {@code ChildDirected} to this value; see {@link #childDirected(boolean)}. */
    public DataPrivacy childDirected(Value<Boolean> value) {
      return set("ChildDirected", value);
    }
  }

  /**
   * Contains details about the configuration of the knowledge store used for the
   * <code>AMAZON.QnAIntent</code> . You must have already created the knowledge store and indexed
   * the documents within it.
   *
   * <p>Property type {@code AWS::Lex::Bot.DataSourceConfiguration}.
   */
  public static final class DataSourceConfiguration extends Struct<DataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.DataSourceConfiguration");

    public DataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains details about the configuration of the Amazon Bedrock knowledge base used for the
     * <code>AMAZON.QnAIntent</code> . To set up a knowledge base, follow the steps at <a
     * href="https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base.html">Building a
     * knowledge base</a> .
     *
     * <p>CloudFormation property {@code BedrockKnowledgeStoreConfiguration}.
     */
    public DataSourceConfiguration bedrockKnowledgeStoreConfiguration(Value<BedrockKnowledgeStoreConfiguration> value) {
      return set("BedrockKnowledgeStoreConfiguration", value);
    }

    /**
     * Contains details about the configuration of the Amazon Kendra index used for the
     * <code>AMAZON.QnAIntent</code> . To create a Amazon Kendra index, follow the steps at <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/create-index.html">Creating an index</a> .
     *
     * <p>CloudFormation property {@code KendraConfiguration}.
     */
    public DataSourceConfiguration kendraConfiguration(Value<QnAKendraConfiguration> value) {
      return set("KendraConfiguration", value);
    }

    /**
     * Contains details about the configuration of the Amazon OpenSearch Service database used for
     * the <code>AMAZON.QnAIntent</code> . To create a domain, follow the steps at <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createupdatedomains.html">Creating
     * and managing Amazon OpenSearch Service domains</a> .
     *
     * <p>CloudFormation property {@code OpensearchConfiguration}.
     */
    public DataSourceConfiguration opensearchConfiguration(Value<OpensearchConfiguration> value) {
      return set("OpensearchConfiguration", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.DeepgramSpeechModelConfig}. */
  public static final class DeepgramSpeechModelConfig extends Struct<DeepgramSpeechModelConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.DeepgramSpeechModelConfig")
        .required("ApiTokenSecretArn")
        .constrain("ApiTokenSecretArn", Constraint.of().pattern("^arn:aws[A-Za-z-]*:secretsmanager:[a-z0-9-]{1,20}:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}-[A-Za-z0-9]{6}$").minLength(20).maxLength(2048))
        .constrain("ModelId", Constraint.of().pattern("[A-Za-z0-9-_]+").minLength(4).maxLength(32))
        .build();

    public DeepgramSpeechModelConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[A-Za-z-]*:secretsmanager:[a-z0-9-]{1,20}:[0-9]{12}:secret:[A-Za-z0-9/_+=.&#64;-]{1,512}-[A-Za-z0-9]{6}$}.
     * CloudFormation property {@code ApiTokenSecretArn}.
     */
    public DeepgramSpeechModelConfig apiTokenSecretArn(String value) {
      return set("ApiTokenSecretArn", Value.of(value));
    }

    /** Sets {@code ApiTokenSecretArn} to this value; see {@link #apiTokenSecretArn(String)}. */
    public DeepgramSpeechModelConfig apiTokenSecretArn(Value<String> value) {
      return set("ApiTokenSecretArn", value);
    }

    /**
     * Length: 4 to 32 characters. Pattern: {@code [A-Za-z0-9-_]+}. CloudFormation property {@code
     * ModelId}.
     */
    public DeepgramSpeechModelConfig modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public DeepgramSpeechModelConfig modelId(Value<String> value) {
      return set("ModelId", value);
    }
  }

  /**
   * A set of actions that Amazon Lex should run if none of the other conditions are met.
   *
   * <p>Property type {@code AWS::Lex::Bot.DefaultConditionalBranch}.
   */
  public static final class DefaultConditionalBranch extends Struct<DefaultConditionalBranch> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.DefaultConditionalBranch");

    public DefaultConditionalBranch() {
      super(SCHEMA);
    }

    /**
     * The next step in the conversation.
     *
     * <p>CloudFormation property {@code NextStep}.
     */
    public DefaultConditionalBranch nextStep(Value<DialogState> value) {
      return set("NextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input.
     *
     * <p>CloudFormation property {@code Response}.
     */
    public DefaultConditionalBranch response(Value<ResponseSpecification> value) {
      return set("Response", value);
    }
  }

  /**
   * Contains specifications for the descriptive bot building feature.
   *
   * <p>Property type {@code AWS::Lex::Bot.DescriptiveBotBuilderSpecification}.
   */
  public static final class DescriptiveBotBuilderSpecification extends Struct<DescriptiveBotBuilderSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.DescriptiveBotBuilderSpecification")
        .required("Enabled")
        .build();

    public DescriptiveBotBuilderSpecification() {
      super(SCHEMA);
    }

    /**
     * An object containing information about the Amazon Bedrock model used to interpret the prompt
     * used in descriptive bot building.
     *
     * <p>CloudFormation property {@code BedrockModelSpecification}.
     */
    public DescriptiveBotBuilderSpecification bedrockModelSpecification(Value<BedrockModelSpecification> value) {
      return set("BedrockModelSpecification", value);
    }

    /**
     * Specifies whether the descriptive bot building feature is activated or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public DescriptiveBotBuilderSpecification enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DescriptiveBotBuilderSpecification enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Defines the action that the bot executes at runtime when the conversation reaches this step.
   *
   * <p>Property type {@code AWS::Lex::Bot.DialogAction}.
   */
  public static final class DialogAction extends Struct<DialogAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.DialogAction")
        .required("Type")
        .allowed("Type", "CloseIntent", "ConfirmIntent", "ElicitIntent", "ElicitSlot",
            "StartIntent", "FulfillIntent", "EndConversation", "EvaluateConditional",
            "InvokeDialogCodeHook")
        .build();

    public DialogAction() {
      super(SCHEMA);
    }

    /**
     * If the dialog action is <code>ElicitSlot</code> , defines the slot to elicit from the user.
     *
     * <p>CloudFormation property {@code SlotToElicit}.
     */
    public DialogAction slotToElicit(String value) {
      return set("SlotToElicit", Value.of(value));
    }

    /** Sets {@code SlotToElicit} to this value; see {@link #slotToElicit(String)}. */
    public DialogAction slotToElicit(Value<String> value) {
      return set("SlotToElicit", value);
    }

    /**
     * When true the next message for the intent is not used.
     *
     * <p>CloudFormation property {@code SuppressNextMessage}.
     */
    public DialogAction suppressNextMessage(boolean value) {
      return set("SuppressNextMessage", Value.of(value));
    }

    /**
     * Sets {@code SuppressNextMessage} to this value; see {@link #suppressNextMessage(boolean)}.
     */
    public DialogAction suppressNextMessage(Value<Boolean> value) {
      return set("SuppressNextMessage", value);
    }

    /**
     * The action that the bot should execute.
     *
     * <p>Required. Allowed values: {@code CloseIntent}, {@code ConfirmIntent}, {@code
     * ElicitIntent}, {@code ElicitSlot}, {@code StartIntent}, {@code FulfillIntent}, {@code
     * EndConversation}, {@code EvaluateConditional}, {@code InvokeDialogCodeHook}. CloudFormation
     * property {@code Type}.
     */
    public DialogAction type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DialogAction type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Settings that specify the dialog code hook that is called by Amazon Lex at a step of the
   * conversation.
   *
   * <p>Property type {@code AWS::Lex::Bot.DialogCodeHookInvocationSetting}.
   */
  public static final class DialogCodeHookInvocationSetting extends Struct<DialogCodeHookInvocationSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.DialogCodeHookInvocationSetting")
        .required("EnableCodeHookInvocation", "IsActive", "PostCodeHookSpecification")
        .constrain("InvocationLabel", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public DialogCodeHookInvocationSetting() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a Lambda function should be invoked for the dialog.
     *
     * <p>Required. CloudFormation property {@code EnableCodeHookInvocation}.
     */
    public DialogCodeHookInvocationSetting enableCodeHookInvocation(boolean value) {
      return set("EnableCodeHookInvocation", Value.of(value));
    }

    /**
     * Sets {@code EnableCodeHookInvocation} to this value; see {@link
     * #enableCodeHookInvocation(boolean)}.
     */
    public DialogCodeHookInvocationSetting enableCodeHookInvocation(Value<Boolean> value) {
      return set("EnableCodeHookInvocation", value);
    }

    /**
     * A label that indicates the dialog step from which the dialog code hook is happening.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}. CloudFormation
     * property {@code InvocationLabel}.
     */
    public DialogCodeHookInvocationSetting invocationLabel(String value) {
      return set("InvocationLabel", Value.of(value));
    }

    /** Sets {@code InvocationLabel} to this value; see {@link #invocationLabel(String)}. */
    public DialogCodeHookInvocationSetting invocationLabel(Value<String> value) {
      return set("InvocationLabel", value);
    }

    /**
     * Determines whether a dialog code hook is used when the intent is activated.
     *
     * <p>Required. CloudFormation property {@code IsActive}.
     */
    public DialogCodeHookInvocationSetting isActive(boolean value) {
      return set("IsActive", Value.of(value));
    }

    /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
    public DialogCodeHookInvocationSetting isActive(Value<Boolean> value) {
      return set("IsActive", value);
    }

    /**
     * Contains the responses and actions that Amazon Lex takes after the Lambda function is
     * complete.
     *
     * <p>Required. CloudFormation property {@code PostCodeHookSpecification}.
     */
    public DialogCodeHookInvocationSetting postCodeHookSpecification(Value<PostDialogCodeHookInvocationSpecification> value) {
      return set("PostCodeHookSpecification", value);
    }
  }

  /**
   * Settings that determine the Lambda function that Amazon Lex uses for processing user responses.
   *
   * <p>Property type {@code AWS::Lex::Bot.DialogCodeHookSetting}.
   */
  public static final class DialogCodeHookSetting extends Struct<DialogCodeHookSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.DialogCodeHookSetting")
        .required("Enabled")
        .build();

    public DialogCodeHookSetting() {
      super(SCHEMA);
    }

    /**
     * Enables the dialog code hook so that it processes user requests.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public DialogCodeHookSetting enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DialogCodeHookSetting enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The current state of the conversation with the user.
   *
   * <p>Property type {@code AWS::Lex::Bot.DialogState}.
   */
  public static final class DialogState extends Struct<DialogState> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.DialogState");

    public DialogState() {
      super(SCHEMA);
    }

    /**
     * Defines the action that the bot executes at runtime when the conversation reaches this step.
     *
     * <p>CloudFormation property {@code DialogAction}.
     */
    public DialogState dialogAction(Value<DialogAction> value) {
      return set("DialogAction", value);
    }

    /**
     * Override settings to configure the intent state.
     *
     * <p>CloudFormation property {@code Intent}.
     */
    public DialogState intent(Value<IntentOverride> value) {
      return set("Intent", value);
    }

    /**
     * Map of key/value pairs representing session-specific context information. It contains
     * application information passed between Amazon Lex and a client application.
     *
     * <p>CloudFormation property {@code SessionAttributes}.
     */
    public DialogState sessionAttributes(List<SessionAttribute> value) {
      return set("SessionAttributes", Value.listOf(value));
    }

    /** Sets {@code SessionAttributes} to this value; see {@link #sessionAttributes(List)}. */
    public DialogState sessionAttributes(Value<List<SessionAttribute>> value) {
      return set("SessionAttributes", value);
    }

    /** Sets {@code SessionAttributes} to a list of these; see {@link #sessionAttributes(List)}. */
    public DialogState sessionAttributes(SessionAttribute... values) {
      return set("SessionAttributes", Value.list(values));
    }
  }

  /**
   * Settings that specify the dialog code hook that is called by Amazon Lex between eliciting slot
   * values.
   *
   * <p>Property type {@code AWS::Lex::Bot.ElicitationCodeHookInvocationSetting}.
   */
  public static final class ElicitationCodeHookInvocationSetting extends Struct<ElicitationCodeHookInvocationSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ElicitationCodeHookInvocationSetting")
        .required("EnableCodeHookInvocation")
        .constrain("InvocationLabel", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public ElicitationCodeHookInvocationSetting() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a Lambda function should be invoked for the dialog.
     *
     * <p>Required. CloudFormation property {@code EnableCodeHookInvocation}.
     */
    public ElicitationCodeHookInvocationSetting enableCodeHookInvocation(boolean value) {
      return set("EnableCodeHookInvocation", Value.of(value));
    }

    /**
     * Sets {@code EnableCodeHookInvocation} to this value; see {@link
     * #enableCodeHookInvocation(boolean)}.
     */
    public ElicitationCodeHookInvocationSetting enableCodeHookInvocation(Value<Boolean> value) {
      return set("EnableCodeHookInvocation", value);
    }

    /**
     * A label that indicates the dialog step from which the dialog code hook is happening.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}. CloudFormation
     * property {@code InvocationLabel}.
     */
    public ElicitationCodeHookInvocationSetting invocationLabel(String value) {
      return set("InvocationLabel", Value.of(value));
    }

    /** Sets {@code InvocationLabel} to this value; see {@link #invocationLabel(String)}. */
    public ElicitationCodeHookInvocationSetting invocationLabel(Value<String> value) {
      return set("InvocationLabel", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.ErrorLogSettings}. */
  public static final class ErrorLogSettings extends Struct<ErrorLogSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ErrorLogSettings")
        .required("Enabled")
        .build();

    public ErrorLogSettings() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Enabled}. */
    public ErrorLogSettings enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ErrorLogSettings enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Contains the names of the fields used for an exact response to the user.
   *
   * <p>Property type {@code AWS::Lex::Bot.ExactResponseFields}.
   */
  public static final class ExactResponseFields extends Struct<ExactResponseFields> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ExactResponseFields")
        .constrain("AnswerField", Constraint.of().minLength(1).maxLength(5000))
        .constrain("QuestionField", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public ExactResponseFields() {
      super(SCHEMA);
    }

    /**
     * The name of the field that contains the answer to the query made to the OpenSearch Service
     * database.
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code AnswerField}.
     */
    public ExactResponseFields answerField(String value) {
      return set("AnswerField", Value.of(value));
    }

    /** Sets {@code AnswerField} to this value; see {@link #answerField(String)}. */
    public ExactResponseFields answerField(Value<String> value) {
      return set("AnswerField", value);
    }

    /**
     * The name of the field that contains the query made to the OpenSearch Service database.
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code QuestionField}.
     */
    public ExactResponseFields questionField(String value) {
      return set("QuestionField", Value.of(value));
    }

    /** Sets {@code QuestionField} to this value; see {@link #questionField(String)}. */
    public ExactResponseFields questionField(Value<String> value) {
      return set("QuestionField", value);
    }
  }

  /**
   * Provides information about the external source of the slot type's definition.
   *
   * <p>Property type {@code AWS::Lex::Bot.ExternalSourceSetting}.
   */
  public static final class ExternalSourceSetting extends Struct<ExternalSourceSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.ExternalSourceSetting");

    public ExternalSourceSetting() {
      super(SCHEMA);
    }

    /**
     * Settings required for a slot type based on a grammar that you provide.
     *
     * <p>CloudFormation property {@code GrammarSlotTypeSetting}.
     */
    public ExternalSourceSetting grammarSlotTypeSetting(Value<GrammarSlotTypeSetting> value) {
      return set("GrammarSlotTypeSetting", value);
    }
  }

  /**
   * Determines if a Lambda function should be invoked for a specific intent.
   *
   * <p>Property type {@code AWS::Lex::Bot.FulfillmentCodeHookSetting}.
   */
  public static final class FulfillmentCodeHookSetting extends Struct<FulfillmentCodeHookSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.FulfillmentCodeHookSetting")
        .required("Enabled")
        .build();

    public FulfillmentCodeHookSetting() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a Lambda function should be invoked to fulfill a specific intent.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public FulfillmentCodeHookSetting enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public FulfillmentCodeHookSetting enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Provides settings for update messages sent to the user for long-running Lambda fulfillment
     * functions. Fulfillment updates can be used only with streaming conversations.
     *
     * <p>CloudFormation property {@code FulfillmentUpdatesSpecification}.
     */
    public FulfillmentCodeHookSetting fulfillmentUpdatesSpecification(Value<FulfillmentUpdatesSpecification> value) {
      return set("FulfillmentUpdatesSpecification", value);
    }

    /**
     * Determines whether the fulfillment code hook is used. When <code>active</code> is false, the
     * code hook doesn't run.
     *
     * <p>CloudFormation property {@code IsActive}.
     */
    public FulfillmentCodeHookSetting isActive(boolean value) {
      return set("IsActive", Value.of(value));
    }

    /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
    public FulfillmentCodeHookSetting isActive(Value<Boolean> value) {
      return set("IsActive", value);
    }

    /**
     * Provides settings for messages sent to the user for after the Lambda fulfillment function
     * completes. Post-fulfillment messages can be sent for both streaming and non-streaming
     * conversations.
     *
     * <p>CloudFormation property {@code PostFulfillmentStatusSpecification}.
     */
    public FulfillmentCodeHookSetting postFulfillmentStatusSpecification(Value<PostFulfillmentStatusSpecification> value) {
      return set("PostFulfillmentStatusSpecification", value);
    }
  }

  /**
   * Provides settings for a message that is sent to the user when a fulfillment Lambda function
   * starts running.
   *
   * <p>Property type {@code AWS::Lex::Bot.FulfillmentStartResponseSpecification}.
   */
  public static final class FulfillmentStartResponseSpecification extends Struct<FulfillmentStartResponseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.FulfillmentStartResponseSpecification")
        .required("DelayInSeconds", "MessageGroups")
        .constrain("DelayInSeconds", Constraint.of().minimum(1).maximum(900))
        .build();

    public FulfillmentStartResponseSpecification() {
      super(SCHEMA);
    }

    /**
     * Determines whether the user can interrupt the start message while it is playing.
     *
     * <p>CloudFormation property {@code AllowInterrupt}.
     */
    public FulfillmentStartResponseSpecification allowInterrupt(boolean value) {
      return set("AllowInterrupt", Value.of(value));
    }

    /** Sets {@code AllowInterrupt} to this value; see {@link #allowInterrupt(boolean)}. */
    public FulfillmentStartResponseSpecification allowInterrupt(Value<Boolean> value) {
      return set("AllowInterrupt", value);
    }

    /**
     * The delay between when the Lambda fulfillment function starts running and the start message
     * is played. If the Lambda function returns before the delay is over, the start message isn't
     * played.
     *
     * <p>Required. Range: 1 to 900. CloudFormation property {@code DelayInSeconds}.
     */
    public FulfillmentStartResponseSpecification delayInSeconds(int value) {
      return set("DelayInSeconds", Value.of(value));
    }

    /** Sets {@code DelayInSeconds} to this value; see {@link #delayInSeconds(int)}. */
    public FulfillmentStartResponseSpecification delayInSeconds(Value<Integer> value) {
      return set("DelayInSeconds", value);
    }

    /**
     * 1 - 5 message groups that contain start messages. Amazon Lex chooses one of the messages to
     * play to the user.
     *
     * <p>Required. CloudFormation property {@code MessageGroups}.
     */
    public FulfillmentStartResponseSpecification messageGroups(List<MessageGroup> value) {
      return set("MessageGroups", Value.listOf(value));
    }

    /** Sets {@code MessageGroups} to this value; see {@link #messageGroups(List)}. */
    public FulfillmentStartResponseSpecification messageGroups(Value<List<MessageGroup>> value) {
      return set("MessageGroups", value);
    }

    /** Sets {@code MessageGroups} to a list of these; see {@link #messageGroups(List)}. */
    public FulfillmentStartResponseSpecification messageGroups(MessageGroup... values) {
      return set("MessageGroups", Value.list(values));
    }
  }

  /**
   * Provides settings for a message that is sent periodically to the user while a fulfillment
   * Lambda function is running.
   *
   * <p>Property type {@code AWS::Lex::Bot.FulfillmentUpdateResponseSpecification}.
   */
  public static final class FulfillmentUpdateResponseSpecification extends Struct<FulfillmentUpdateResponseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.FulfillmentUpdateResponseSpecification")
        .required("FrequencyInSeconds", "MessageGroups")
        .constrain("FrequencyInSeconds", Constraint.of().minimum(1).maximum(900))
        .build();

    public FulfillmentUpdateResponseSpecification() {
      super(SCHEMA);
    }

    /**
     * Determines whether the user can interrupt an update message while it is playing.
     *
     * <p>CloudFormation property {@code AllowInterrupt}.
     */
    public FulfillmentUpdateResponseSpecification allowInterrupt(boolean value) {
      return set("AllowInterrupt", Value.of(value));
    }

    /** Sets {@code AllowInterrupt} to this value; see {@link #allowInterrupt(boolean)}. */
    public FulfillmentUpdateResponseSpecification allowInterrupt(Value<Boolean> value) {
      return set("AllowInterrupt", value);
    }

    /**
     * The frequency that a message is sent to the user. When the period ends, Amazon Lex chooses a
     * message from the message groups and plays it to the user. If the fulfillment Lambda returns
     * before the first period ends, an update message is not played to the user.
     *
     * <p>Required. Range: 1 to 900. CloudFormation property {@code FrequencyInSeconds}.
     */
    public FulfillmentUpdateResponseSpecification frequencyInSeconds(int value) {
      return set("FrequencyInSeconds", Value.of(value));
    }

    /** Sets {@code FrequencyInSeconds} to this value; see {@link #frequencyInSeconds(int)}. */
    public FulfillmentUpdateResponseSpecification frequencyInSeconds(Value<Integer> value) {
      return set("FrequencyInSeconds", value);
    }

    /**
     * 1 - 5 message groups that contain update messages. Amazon Lex chooses one of the messages to
     * play to the user.
     *
     * <p>Required. CloudFormation property {@code MessageGroups}.
     */
    public FulfillmentUpdateResponseSpecification messageGroups(List<MessageGroup> value) {
      return set("MessageGroups", Value.listOf(value));
    }

    /** Sets {@code MessageGroups} to this value; see {@link #messageGroups(List)}. */
    public FulfillmentUpdateResponseSpecification messageGroups(Value<List<MessageGroup>> value) {
      return set("MessageGroups", value);
    }

    /** Sets {@code MessageGroups} to a list of these; see {@link #messageGroups(List)}. */
    public FulfillmentUpdateResponseSpecification messageGroups(MessageGroup... values) {
      return set("MessageGroups", Value.list(values));
    }
  }

  /**
   * Provides information for updating the user on the progress of fulfilling an intent.
   *
   * <p>Property type {@code AWS::Lex::Bot.FulfillmentUpdatesSpecification}.
   */
  public static final class FulfillmentUpdatesSpecification extends Struct<FulfillmentUpdatesSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.FulfillmentUpdatesSpecification")
        .required("Active")
        .constrain("TimeoutInSeconds", Constraint.of().minimum(1).maximum(900))
        .build();

    public FulfillmentUpdatesSpecification() {
      super(SCHEMA);
    }

    /**
     * Determines whether fulfillment updates are sent to the user. When this field is true, updates
     * are sent.
     *
     * <p>If the <code>active</code> field is set to true, the <code>startResponse</code> ,
     * <code>updateResponse</code> , and <code>timeoutInSeconds</code> fields are required.
     *
     * <p>Required. CloudFormation property {@code Active}.
     */
    public FulfillmentUpdatesSpecification active(boolean value) {
      return set("Active", Value.of(value));
    }

    /** Sets {@code Active} to this value; see {@link #active(boolean)}. */
    public FulfillmentUpdatesSpecification active(Value<Boolean> value) {
      return set("Active", value);
    }

    /**
     * Provides configuration information for the message sent to users when the fulfillment Lambda
     * functions starts running.
     *
     * <p>CloudFormation property {@code StartResponse}.
     */
    public FulfillmentUpdatesSpecification startResponse(Value<FulfillmentStartResponseSpecification> value) {
      return set("StartResponse", value);
    }

    /**
     * The length of time that the fulfillment Lambda function should run before it times out.
     *
     * <p>Range: 1 to 900. CloudFormation property {@code TimeoutInSeconds}.
     */
    public FulfillmentUpdatesSpecification timeoutInSeconds(int value) {
      return set("TimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
    public FulfillmentUpdatesSpecification timeoutInSeconds(Value<Integer> value) {
      return set("TimeoutInSeconds", value);
    }

    /**
     * Provides configuration information for messages sent periodically to the user while the
     * fulfillment Lambda function is running.
     *
     * <p>CloudFormation property {@code UpdateResponse}.
     */
    public FulfillmentUpdatesSpecification updateResponse(Value<FulfillmentUpdateResponseSpecification> value) {
      return set("UpdateResponse", value);
    }
  }

  /**
   * Contains specifications about the generative AI capabilities from Amazon Bedrock that you can
   * turn on for your bot.
   *
   * <p>Property type {@code AWS::Lex::Bot.GenerativeAISettings}.
   */
  public static final class GenerativeAISettings extends Struct<GenerativeAISettings> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.GenerativeAISettings");

    public GenerativeAISettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BuildtimeSettings}. */
    public GenerativeAISettings buildtimeSettings(Value<BuildtimeSettings> value) {
      return set("BuildtimeSettings", value);
    }

    /** CloudFormation property {@code RuntimeSettings}. */
    public GenerativeAISettings runtimeSettings(Value<RuntimeSettings> value) {
      return set("RuntimeSettings", value);
    }
  }

  /**
   * Settings requried for a slot type based on a grammar that you provide.
   *
   * <p>Property type {@code AWS::Lex::Bot.GrammarSlotTypeSetting}.
   */
  public static final class GrammarSlotTypeSetting extends Struct<GrammarSlotTypeSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.GrammarSlotTypeSetting");

    public GrammarSlotTypeSetting() {
      super(SCHEMA);
    }

    /**
     * The source of the grammar used to create the slot type.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public GrammarSlotTypeSetting source(Value<GrammarSlotTypeSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Describes the Amazon S3 bucket name and location for the grammar that is the source for the
   * slot type.
   *
   * <p>Property type {@code AWS::Lex::Bot.GrammarSlotTypeSource}.
   */
  public static final class GrammarSlotTypeSource extends Struct<GrammarSlotTypeSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.GrammarSlotTypeSource")
        .required("S3BucketName", "S3ObjectKey")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:[\\w\\-]+:kms:[\\w\\-]+:[\\d]{12}:(?:key\\/[\\w\\-]+|alias\\/[a-zA-Z0-9:\\/_\\-]{1,256})$").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("S3BucketName", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("S3ObjectKey", Constraint.of().pattern("[\\.\\-\\!\\*\\_\\'\\(\\)a-zA-Z0-9][\\.\\-\\!\\*\\_\\'\\(\\)\\/a-zA-Z0-9]*$").minLength(1).maxLength(1024))
        .build();

    public GrammarSlotTypeSource() {
      super(SCHEMA);
    }

    /**
     * The AWS key required to decrypt the contents of the grammar, if any.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w&#92;-]+:kms:[&#92;w&#92;-]+:[&#92;d]{12}:(?:key&#92;/[&#92;w&#92;-]+|alias&#92;/[a-zA-Z0-9:&#92;/_&#92;-]{1,256})$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public GrammarSlotTypeSource kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public GrammarSlotTypeSource kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The name of the Amazon S3 bucket that contains the grammar source.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code S3BucketName}.
     */
    public GrammarSlotTypeSource s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public GrammarSlotTypeSource s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * The path to the grammar in the Amazon S3 bucket.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * [&#92;.&#92;-&#92;!&#92;*&#92;_&#92;'&#92;(&#92;)a-zA-Z0-9][&#92;.&#92;-&#92;!&#92;*&#92;_&#92;'&#92;(&#92;)&#92;/a-zA-Z0-9]*$}.
     * CloudFormation property {@code S3ObjectKey}.
     */
    public GrammarSlotTypeSource s3ObjectKey(String value) {
      return set("S3ObjectKey", Value.of(value));
    }

    /** Sets {@code S3ObjectKey} to this value; see {@link #s3ObjectKey(String)}. */
    public GrammarSlotTypeSource s3ObjectKey(Value<String> value) {
      return set("S3ObjectKey", value);
    }
  }

  /**
   * A card that is shown to the user by a messaging platform. You define the contents of the card,
   * the card is displayed by the platform.
   *
   * <p>When you use a response card, the response from the user is constrained to the text
   * associated with a button on the card.
   *
   * <p>Property type {@code AWS::Lex::Bot.ImageResponseCard}.
   */
  public static final class ImageResponseCard extends Struct<ImageResponseCard> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ImageResponseCard")
        .required("Title")
        .build();

    public ImageResponseCard() {
      super(SCHEMA);
    }

    /**
     * A list of buttons that should be displayed on the response card. The arrangement of the
     * buttons is determined by the platform that displays the button.
     *
     * <p>CloudFormation property {@code Buttons}.
     */
    public ImageResponseCard buttons(List<Button> value) {
      return set("Buttons", Value.listOf(value));
    }

    /** Sets {@code Buttons} to this value; see {@link #buttons(List)}. */
    public ImageResponseCard buttons(Value<List<Button>> value) {
      return set("Buttons", value);
    }

    /** Sets {@code Buttons} to a list of these; see {@link #buttons(List)}. */
    public ImageResponseCard buttons(Button... values) {
      return set("Buttons", Value.list(values));
    }

    /**
     * The URL of an image to display on the response card. The image URL must be publicly available
     * so that the platform displaying the response card has access to the image.
     *
     * <p>CloudFormation property {@code ImageUrl}.
     */
    public ImageResponseCard imageUrl(String value) {
      return set("ImageUrl", Value.of(value));
    }

    /** Sets {@code ImageUrl} to this value; see {@link #imageUrl(String)}. */
    public ImageResponseCard imageUrl(Value<String> value) {
      return set("ImageUrl", value);
    }

    /**
     * The subtitle to display on the response card. The format of the subtitle is determined by the
     * platform displaying the response card.
     *
     * <p>CloudFormation property {@code Subtitle}.
     */
    public ImageResponseCard subtitle(String value) {
      return set("Subtitle", Value.of(value));
    }

    /** Sets {@code Subtitle} to this value; see {@link #subtitle(String)}. */
    public ImageResponseCard subtitle(Value<String> value) {
      return set("Subtitle", value);
    }

    /**
     * The title to display on the response card. The format of the title is determined by the
     * platform displaying the response card.
     *
     * <p>Required. CloudFormation property {@code Title}.
     */
    public ImageResponseCard title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public ImageResponseCard title(Value<String> value) {
      return set("Title", value);
    }
  }

  /**
   * Configuration setting for a response sent to the user before Amazon Lex starts eliciting slots.
   *
   * <p>Property type {@code AWS::Lex::Bot.InitialResponseSetting}.
   */
  public static final class InitialResponseSetting extends Struct<InitialResponseSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.InitialResponseSetting");

    public InitialResponseSetting() {
      super(SCHEMA);
    }

    /**
     * Settings that specify the dialog code hook that is called by Amazon Lex at a step of the
     * conversation.
     *
     * <p>CloudFormation property {@code CodeHook}.
     */
    public InitialResponseSetting codeHook(Value<DialogCodeHookInvocationSetting> value) {
      return set("CodeHook", value);
    }

    /**
     * Provides a list of conditional branches. Branches are evaluated in the order that they are
     * entered in the list. The first branch with a condition that evaluates to true is executed.
     * The last branch in the list is the default branch. The default branch should not have any
     * condition expression. The default branch is executed if no other branch has a matching
     * condition.
     *
     * <p>CloudFormation property {@code Conditional}.
     */
    public InitialResponseSetting conditional(Value<ConditionalSpecification> value) {
      return set("Conditional", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input.
     *
     * <p>CloudFormation property {@code InitialResponse}.
     */
    public InitialResponseSetting initialResponse(Value<ResponseSpecification> value) {
      return set("InitialResponse", value);
    }

    /**
     * The next step in the conversation.
     *
     * <p>CloudFormation property {@code NextStep}.
     */
    public InitialResponseSetting nextStep(Value<DialogState> value) {
      return set("NextStep", value);
    }
  }

  /**
   * A context that must be active for an intent to be selected by Amazon Lex.
   *
   * <p>Property type {@code AWS::Lex::Bot.InputContext}.
   */
  public static final class InputContext extends Struct<InputContext> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.InputContext")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public InputContext() {
      super(SCHEMA);
    }

    /**
     * The name of the context.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
     * CloudFormation property {@code Name}.
     */
    public InputContext name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public InputContext name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Represents an action that the user wants to perform.
   *
   * <p>Property type {@code AWS::Lex::Bot.Intent}.
   */
  public static final class Intent extends Struct<Intent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.Intent")
        .required("Name")
        .constrain("Description", Constraint.of().maxLength(2000))
        .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public Intent() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BedrockAgentIntentConfiguration}. */
    public Intent bedrockAgentIntentConfiguration(Value<BedrockAgentIntentConfiguration> value) {
      return set("BedrockAgentIntentConfiguration", value);
    }

    /**
     * A description of the intent. Use the description to help identify the intent in lists.
     *
     * <p>Length: at most 2000 characters. CloudFormation property {@code Description}.
     */
    public Intent description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Intent description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Specifies that Amazon Lex invokes the alias Lambda function for each user input. You can
     * invoke this Lambda function to personalize user interaction.
     *
     * <p>CloudFormation property {@code DialogCodeHook}.
     */
    public Intent dialogCodeHook(Value<DialogCodeHookSetting> value) {
      return set("DialogCodeHook", value);
    }

    /** Length: 1 to 100 characters. CloudFormation property {@code DisplayName}. */
    public Intent displayName(String value) {
      return set("DisplayName", Value.of(value));
    }

    /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
    public Intent displayName(Value<String> value) {
      return set("DisplayName", value);
    }

    /**
     * Specifies that Amazon Lex invokes the alias Lambda function when the intent is ready for
     * fulfillment. You can invoke this function to complete the bot's transaction with the user.
     *
     * <p>CloudFormation property {@code FulfillmentCodeHook}.
     */
    public Intent fulfillmentCodeHook(Value<FulfillmentCodeHookSetting> value) {
      return set("FulfillmentCodeHook", value);
    }

    /**
     * Configuration setting for a response sent to the user before Amazon Lex starts eliciting
     * slots.
     *
     * <p>CloudFormation property {@code InitialResponseSetting}.
     */
    public Intent initialResponseSetting(Value<InitialResponseSetting> value) {
      return set("InitialResponseSetting", value);
    }

    /**
     * A list of contexts that must be active for this intent to be considered by Amazon Lex .
     *
     * <p>CloudFormation property {@code InputContexts}.
     */
    public Intent inputContexts(List<InputContext> value) {
      return set("InputContexts", Value.listOf(value));
    }

    /** Sets {@code InputContexts} to this value; see {@link #inputContexts(List)}. */
    public Intent inputContexts(Value<List<InputContext>> value) {
      return set("InputContexts", value);
    }

    /** Sets {@code InputContexts} to a list of these; see {@link #inputContexts(List)}. */
    public Intent inputContexts(InputContext... values) {
      return set("InputContexts", Value.list(values));
    }

    /**
     * Sets the response that Amazon Lex sends to the user when the intent is closed.
     *
     * <p>CloudFormation property {@code IntentClosingSetting}.
     */
    public Intent intentClosingSetting(Value<IntentClosingSetting> value) {
      return set("IntentClosingSetting", value);
    }

    /**
     * Provides prompts that Amazon Lex sends to the user to confirm the completion of an intent. If
     * the user answers "no," the settings contain a statement that is sent to the user to end the
     * intent.
     *
     * <p>CloudFormation property {@code IntentConfirmationSetting}.
     */
    public Intent intentConfirmationSetting(Value<IntentConfirmationSetting> value) {
      return set("IntentConfirmationSetting", value);
    }

    /**
     * Provides configuration information for the <code>AMAZON.KendraSearchIntent</code> intent.
     * When you use this intent, Amazon Lex searches the specified Amazon Kendra index and returns
     * documents from the index that match the user's utterance.
     *
     * <p>CloudFormation property {@code KendraConfiguration}.
     */
    public Intent kendraConfiguration(Value<KendraConfiguration> value) {
      return set("KendraConfiguration", value);
    }

    /**
     * The name of the intent. Intent names must be unique within the locale that contains the
     * intent and can't match the name of any built-in intent.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
     * CloudFormation property {@code Name}.
     */
    public Intent name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Intent name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A list of contexts that the intent activates when it is fulfilled.
     *
     * <p>CloudFormation property {@code OutputContexts}.
     */
    public Intent outputContexts(List<OutputContext> value) {
      return set("OutputContexts", Value.listOf(value));
    }

    /** Sets {@code OutputContexts} to this value; see {@link #outputContexts(List)}. */
    public Intent outputContexts(Value<List<OutputContext>> value) {
      return set("OutputContexts", value);
    }

    /** Sets {@code OutputContexts} to a list of these; see {@link #outputContexts(List)}. */
    public Intent outputContexts(OutputContext... values) {
      return set("OutputContexts", Value.list(values));
    }

    /**
     * A unique identifier for the built-in intent to base this intent on.
     *
     * <p>CloudFormation property {@code ParentIntentSignature}.
     */
    public Intent parentIntentSignature(String value) {
      return set("ParentIntentSignature", Value.of(value));
    }

    /**
     * Sets {@code ParentIntentSignature} to this value; see {@link #parentIntentSignature(String)}.
     */
    public Intent parentIntentSignature(Value<String> value) {
      return set("ParentIntentSignature", value);
    }

    /** CloudFormation property {@code QInConnectIntentConfiguration}. */
    public Intent qInConnectIntentConfiguration(Value<QInConnectIntentConfiguration> value) {
      return set("QInConnectIntentConfiguration", value);
    }

    /** CloudFormation property {@code QnAIntentConfiguration}. */
    public Intent qnAIntentConfiguration(Value<QnAIntentConfiguration> value) {
      return set("QnAIntentConfiguration", value);
    }

    /**
     * A list of utterances that a user might say to signal the intent.
     *
     * <p>CloudFormation property {@code SampleUtterances}.
     */
    public Intent sampleUtterances(List<SampleUtterance> value) {
      return set("SampleUtterances", Value.listOf(value));
    }

    /** Sets {@code SampleUtterances} to this value; see {@link #sampleUtterances(List)}. */
    public Intent sampleUtterances(Value<List<SampleUtterance>> value) {
      return set("SampleUtterances", value);
    }

    /** Sets {@code SampleUtterances} to a list of these; see {@link #sampleUtterances(List)}. */
    public Intent sampleUtterances(SampleUtterance... values) {
      return set("SampleUtterances", Value.list(values));
    }

    /**
     * Indicates the priority for slots. Amazon Lex prompts the user for slot values in priority
     * order.
     *
     * <p>CloudFormation property {@code SlotPriorities}.
     */
    public Intent slotPriorities(List<SlotPriority> value) {
      return set("SlotPriorities", Value.listOf(value));
    }

    /** Sets {@code SlotPriorities} to this value; see {@link #slotPriorities(List)}. */
    public Intent slotPriorities(Value<List<SlotPriority>> value) {
      return set("SlotPriorities", value);
    }

    /** Sets {@code SlotPriorities} to a list of these; see {@link #slotPriorities(List)}. */
    public Intent slotPriorities(SlotPriority... values) {
      return set("SlotPriorities", Value.list(values));
    }

    /**
     * A list of slots that the intent requires for fulfillment.
     *
     * <p>CloudFormation property {@code Slots}.
     */
    public Intent slots(List<Slot> value) {
      return set("Slots", Value.listOf(value));
    }

    /** Sets {@code Slots} to this value; see {@link #slots(List)}. */
    public Intent slots(Value<List<Slot>> value) {
      return set("Slots", value);
    }

    /** Sets {@code Slots} to a list of these; see {@link #slots(List)}. */
    public Intent slots(Slot... values) {
      return set("Slots", Value.list(values));
    }
  }

  /**
   * Provides a statement the Amazon Lex conveys to the user when the intent is successfully
   * fulfilled.
   *
   * <p>Property type {@code AWS::Lex::Bot.IntentClosingSetting}.
   */
  public static final class IntentClosingSetting extends Struct<IntentClosingSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.IntentClosingSetting");

    public IntentClosingSetting() {
      super(SCHEMA);
    }

    /**
     * The response that Amazon Lex sends to the user when the intent is complete.
     *
     * <p>CloudFormation property {@code ClosingResponse}.
     */
    public IntentClosingSetting closingResponse(Value<ResponseSpecification> value) {
      return set("ClosingResponse", value);
    }

    /**
     * A list of conditional branches associated with the intent's closing response. These branches
     * are executed when the <code>nextStep</code> attribute is set to
     * <code>EvalutateConditional</code> .
     *
     * <p>CloudFormation property {@code Conditional}.
     */
    public IntentClosingSetting conditional(Value<ConditionalSpecification> value) {
      return set("Conditional", value);
    }

    /**
     * Specifies whether an intent's closing response is used. When this field is false, the closing
     * response isn't sent to the user. If the <code>IsActive</code> field isn't specified, the
     * default is true.
     *
     * <p>CloudFormation property {@code IsActive}.
     */
    public IntentClosingSetting isActive(boolean value) {
      return set("IsActive", Value.of(value));
    }

    /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
    public IntentClosingSetting isActive(Value<Boolean> value) {
      return set("IsActive", value);
    }

    /**
     * Specifies the next step that the bot executes after playing the intent's closing response.
     *
     * <p>CloudFormation property {@code NextStep}.
     */
    public IntentClosingSetting nextStep(Value<DialogState> value) {
      return set("NextStep", value);
    }
  }

  /**
   * Provides a prompt for making sure that the user is ready for the intent to be fulfilled.
   *
   * <p>Property type {@code AWS::Lex::Bot.IntentConfirmationSetting}.
   */
  public static final class IntentConfirmationSetting extends Struct<IntentConfirmationSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.IntentConfirmationSetting")
        .required("PromptSpecification")
        .build();

    public IntentConfirmationSetting() {
      super(SCHEMA);
    }

    /**
     * The <code>DialogCodeHookInvocationSetting</code> object associated with intent's confirmation
     * step. The dialog code hook is triggered based on these invocation settings when the
     * confirmation next step or declination next step or failure next step is
     * <code>InvokeDialogCodeHook</code> .
     *
     * <p>CloudFormation property {@code CodeHook}.
     */
    public IntentConfirmationSetting codeHook(Value<DialogCodeHookInvocationSetting> value) {
      return set("CodeHook", value);
    }

    /**
     * A list of conditional branches to evaluate after the intent is closed.
     *
     * <p>CloudFormation property {@code ConfirmationConditional}.
     */
    public IntentConfirmationSetting confirmationConditional(Value<ConditionalSpecification> value) {
      return set("ConfirmationConditional", value);
    }

    /**
     * Specifies the next step that the bot executes when the customer confirms the intent.
     *
     * <p>CloudFormation property {@code ConfirmationNextStep}.
     */
    public IntentConfirmationSetting confirmationNextStep(Value<DialogState> value) {
      return set("ConfirmationNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input.
     *
     * <p>CloudFormation property {@code ConfirmationResponse}.
     */
    public IntentConfirmationSetting confirmationResponse(Value<ResponseSpecification> value) {
      return set("ConfirmationResponse", value);
    }

    /**
     * A list of conditional branches to evaluate after the intent is declined.
     *
     * <p>CloudFormation property {@code DeclinationConditional}.
     */
    public IntentConfirmationSetting declinationConditional(Value<ConditionalSpecification> value) {
      return set("DeclinationConditional", value);
    }

    /**
     * Specifies the next step that the bot executes when the customer declines the intent.
     *
     * <p>CloudFormation property {@code DeclinationNextStep}.
     */
    public IntentConfirmationSetting declinationNextStep(Value<DialogState> value) {
      return set("DeclinationNextStep", value);
    }

    /**
     * When the user answers "no" to the question defined in <code>promptSpecification</code> ,
     * Amazon Lex responds with this response to acknowledge that the intent was canceled.
     *
     * <p>CloudFormation property {@code DeclinationResponse}.
     */
    public IntentConfirmationSetting declinationResponse(Value<ResponseSpecification> value) {
      return set("DeclinationResponse", value);
    }

    /**
     * The <code>DialogCodeHookInvocationSetting</code> used when the code hook is invoked during
     * confirmation prompt retries.
     *
     * <p>CloudFormation property {@code ElicitationCodeHook}.
     */
    public IntentConfirmationSetting elicitationCodeHook(Value<ElicitationCodeHookInvocationSetting> value) {
      return set("ElicitationCodeHook", value);
    }

    /**
     * Provides a list of conditional branches. Branches are evaluated in the order that they are
     * entered in the list. The first branch with a condition that evaluates to true is executed.
     * The last branch in the list is the default branch. The default branch should not have any
     * condition expression. The default branch is executed if no other branch has a matching
     * condition.
     *
     * <p>CloudFormation property {@code FailureConditional}.
     */
    public IntentConfirmationSetting failureConditional(Value<ConditionalSpecification> value) {
      return set("FailureConditional", value);
    }

    /**
     * The next step to take in the conversation if the confirmation step fails.
     *
     * <p>CloudFormation property {@code FailureNextStep}.
     */
    public IntentConfirmationSetting failureNextStep(Value<DialogState> value) {
      return set("FailureNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input when the
     * intent confirmation fails.
     *
     * <p>CloudFormation property {@code FailureResponse}.
     */
    public IntentConfirmationSetting failureResponse(Value<ResponseSpecification> value) {
      return set("FailureResponse", value);
    }

    /**
     * Specifies whether the intent's confirmation is sent to the user. When this field is false,
     * confirmation and declination responses aren't sent. If the <code>IsActive</code> field isn't
     * specified, the default is true.
     *
     * <p>CloudFormation property {@code IsActive}.
     */
    public IntentConfirmationSetting isActive(boolean value) {
      return set("IsActive", Value.of(value));
    }

    /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
    public IntentConfirmationSetting isActive(Value<Boolean> value) {
      return set("IsActive", value);
    }

    /**
     * Prompts the user to confirm the intent. This question should have a yes or no answer.
     *
     * <p>Amazon Lex uses this prompt to ensure that the user acknowledges that the intent is ready
     * for fulfillment. For example, with the <code>OrderPizza</code> intent, you might want to
     * confirm that the order is correct before placing it. For other intents, such as intents that
     * simply respond to user questions, you might not need to ask the user for confirmation before
     * providing the information.
     *
     * <p>Required. CloudFormation property {@code PromptSpecification}.
     */
    public IntentConfirmationSetting promptSpecification(Value<PromptSpecification> value) {
      return set("PromptSpecification", value);
    }
  }

  /**
   * Configures the Intent Disambiguation feature that helps resolve ambiguous user inputs when
   * multiple intents could match. When enabled, the system presents clarifying questions to users,
   * helping them specify their exact intent for improved conversation accuracy.
   *
   * <p>Property type {@code AWS::Lex::Bot.IntentDisambiguationSettings}.
   */
  public static final class IntentDisambiguationSettings extends Struct<IntentDisambiguationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.IntentDisambiguationSettings")
        .required("Enabled")
        .constrain("CustomDisambiguationMessage", Constraint.of().minLength(1).maxLength(1000))
        .constrain("MaxDisambiguationIntents", Constraint.of().minimum(2).maximum(5))
        .build();

    public IntentDisambiguationSettings() {
      super(SCHEMA);
    }

    /**
     * Provides a custom message that will be displayed before presenting the disambiguation options
     * to users. This message helps set the context for users and can be customized to match your
     * bot's tone and brand. If not specified, a default message will be used.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code CustomDisambiguationMessage}.
     */
    public IntentDisambiguationSettings customDisambiguationMessage(String value) {
      return set("CustomDisambiguationMessage", Value.of(value));
    }

    /**
     * Sets {@code CustomDisambiguationMessage} to this value; see {@link
     * #customDisambiguationMessage(String)}.
     */
    public IntentDisambiguationSettings customDisambiguationMessage(Value<String> value) {
      return set("CustomDisambiguationMessage", value);
    }

    /**
     * Determines whether the Intent Disambiguation feature is enabled. When set to
     * <code>true</code> , Amazon Lex will present disambiguation options to users when multiple
     * intents could match their input, with the default being <code>false</code> .
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public IntentDisambiguationSettings enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public IntentDisambiguationSettings enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specifies the maximum number of intent options (2-5) to present to users when disambiguation
     * is needed. This setting determines how many intent options will be shown to users when the
     * system detects ambiguous input. The default value is 3.
     *
     * <p>Range: 2 to 5. CloudFormation property {@code MaxDisambiguationIntents}.
     */
    public IntentDisambiguationSettings maxDisambiguationIntents(int value) {
      return set("MaxDisambiguationIntents", Value.of(value));
    }

    /**
     * Sets {@code MaxDisambiguationIntents} to this value; see {@link
     * #maxDisambiguationIntents(int)}.
     */
    public IntentDisambiguationSettings maxDisambiguationIntents(Value<Integer> value) {
      return set("MaxDisambiguationIntents", value);
    }
  }

  /**
   * Override settings to configure the intent state.
   *
   * <p>Property type {@code AWS::Lex::Bot.IntentOverride}.
   */
  public static final class IntentOverride extends Struct<IntentOverride> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.IntentOverride");

    public IntentOverride() {
      super(SCHEMA);
    }

    /**
     * The name of the intent. Only required when you're switching intents.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public IntentOverride name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IntentOverride name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A map of all of the slot value overrides for the intent. The name of the slot maps to the
     * value of the slot. Slots that are not included in the map aren't overridden.
     *
     * <p>CloudFormation property {@code Slots}.
     */
    public IntentOverride slots(List<SlotValueOverrideMap> value) {
      return set("Slots", Value.listOf(value));
    }

    /** Sets {@code Slots} to this value; see {@link #slots(List)}. */
    public IntentOverride slots(Value<List<SlotValueOverrideMap>> value) {
      return set("Slots", value);
    }

    /** Sets {@code Slots} to a list of these; see {@link #slots(List)}. */
    public IntentOverride slots(SlotValueOverrideMap... values) {
      return set("Slots", Value.list(values));
    }
  }

  /**
   * Provides configuration information for the <code>AMAZON.KendraSearchIntent</code> intent. When
   * you use this intent, Amazon Lex searches the specified Amazon Kendra index and returns
   * documents from the index that match the user's utterance.
   *
   * <p>Property type {@code AWS::Lex::Bot.KendraConfiguration}.
   */
  public static final class KendraConfiguration extends Struct<KendraConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.KendraConfiguration")
        .required("KendraIndex")
        .constrain("KendraIndex", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:kendra:[a-z]+-(?:[a-z]+-)*[0-9]:[0-9]{12}:index/[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(32).maxLength(2048))
        .constrain("QueryFilterString", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public KendraConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Kendra index that you want the
     * <code>AMAZON.KendraSearchIntent</code> intent to search. The index must be in the same
     * account and Region as the Amazon Lex bot.
     *
     * <p>Required. Length: 32 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-zA-Z-]*:kendra:[a-z]+-(?:[a-z]+-)*[0-9]:[0-9]{12}:index/[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
     * CloudFormation property {@code KendraIndex}.
     */
    public KendraConfiguration kendraIndex(String value) {
      return set("KendraIndex", Value.of(value));
    }

    /** Sets {@code KendraIndex} to this value; see {@link #kendraIndex(String)}. */
    public KendraConfiguration kendraIndex(Value<String> value) {
      return set("KendraIndex", value);
    }

    /**
     * A query filter that Amazon Lex sends to Amazon Kendra to filter the response from a query.
     * The filter is in the format defined by Amazon Kendra. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/filtering.html">Filtering queries</a> .
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code QueryFilterString}.
     */
    public KendraConfiguration queryFilterString(String value) {
      return set("QueryFilterString", Value.of(value));
    }

    /** Sets {@code QueryFilterString} to this value; see {@link #queryFilterString(String)}. */
    public KendraConfiguration queryFilterString(Value<String> value) {
      return set("QueryFilterString", value);
    }

    /**
     * Determines whether the <code>AMAZON.KendraSearchIntent</code> intent uses a custom query
     * string to query the Amazon Kendra index.
     *
     * <p>CloudFormation property {@code QueryFilterStringEnabled}.
     */
    public KendraConfiguration queryFilterStringEnabled(boolean value) {
      return set("QueryFilterStringEnabled", Value.of(value));
    }

    /**
     * Sets {@code QueryFilterStringEnabled} to this value; see {@link
     * #queryFilterStringEnabled(boolean)}.
     */
    public KendraConfiguration queryFilterStringEnabled(Value<Boolean> value) {
      return set("QueryFilterStringEnabled", value);
    }
  }

  /**
   * Specifies a Lambda function that verifies requests to a bot or fulfills the user's request to a
   * bot.
   *
   * <p>Property type {@code AWS::Lex::Bot.LambdaCodeHook}.
   */
  public static final class LambdaCodeHook extends Struct<LambdaCodeHook> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.LambdaCodeHook")
        .required("CodeHookInterfaceVersion", "LambdaArn")
        .constrain("CodeHookInterfaceVersion", Constraint.of().minLength(1).maxLength(5))
        .constrain("LambdaArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .build();

    public LambdaCodeHook() {
      super(SCHEMA);
    }

    /**
     * The version of the request-response that you want Amazon Lex to use to invoke your Lambda
     * function.
     *
     * <p>Required. Length: 1 to 5 characters. CloudFormation property {@code
     * CodeHookInterfaceVersion}.
     */
    public LambdaCodeHook codeHookInterfaceVersion(String value) {
      return set("CodeHookInterfaceVersion", Value.of(value));
    }

    /**
     * Sets {@code CodeHookInterfaceVersion} to this value; see {@link
     * #codeHookInterfaceVersion(String)}.
     */
    public LambdaCodeHook codeHookInterfaceVersion(Value<String> value) {
      return set("CodeHookInterfaceVersion", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::Lambda::Function.Arn}.
     * CloudFormation property {@code LambdaArn}.
     */
    public LambdaCodeHook lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public LambdaCodeHook lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }
  }

  /**
   * The object that provides message text and its type.
   *
   * <p>Property type {@code AWS::Lex::Bot.Message}.
   */
  public static final class Message extends Struct<Message> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.Message");

    public Message() {
      super(SCHEMA);
    }

    /**
     * A message in a custom format defined by the client application.
     *
     * <p>CloudFormation property {@code CustomPayload}.
     */
    public Message customPayload(Value<CustomPayload> value) {
      return set("CustomPayload", value);
    }

    /**
     * A message that defines a response card that the client application can show to the user.
     *
     * <p>CloudFormation property {@code ImageResponseCard}.
     */
    public Message imageResponseCard(Value<ImageResponseCard> value) {
      return set("ImageResponseCard", value);
    }

    /**
     * A message in plain text format.
     *
     * <p>CloudFormation property {@code PlainTextMessage}.
     */
    public Message plainTextMessage(Value<PlainTextMessage> value) {
      return set("PlainTextMessage", value);
    }

    /**
     * A message in Speech Synthesis Markup Language (SSML).
     *
     * <p>CloudFormation property {@code SSMLMessage}.
     */
    public Message ssmlMessage(Value<SSMLMessage> value) {
      return set("SSMLMessage", value);
    }
  }

  /**
   * Provides one or more messages that Amazon Lex should send to the user.
   *
   * <p>Property type {@code AWS::Lex::Bot.MessageGroup}.
   */
  public static final class MessageGroup extends Struct<MessageGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.MessageGroup")
        .required("Message")
        .build();

    public MessageGroup() {
      super(SCHEMA);
    }

    /**
     * The primary message that Amazon Lex should send to the user.
     *
     * <p>Required. CloudFormation property {@code Message}.
     */
    public MessageGroup message(Value<Message> value) {
      return set("Message", value);
    }

    /**
     * Message variations to send to the user. When variations are defined, Amazon Lex chooses the
     * primary message or one of the variations to send to the user.
     *
     * <p>CloudFormation property {@code Variations}.
     */
    public MessageGroup variations(List<Message> value) {
      return set("Variations", Value.listOf(value));
    }

    /** Sets {@code Variations} to this value; see {@link #variations(List)}. */
    public MessageGroup variations(Value<List<Message>> value) {
      return set("Variations", value);
    }

    /** Sets {@code Variations} to a list of these; see {@link #variations(List)}. */
    public MessageGroup variations(Message... values) {
      return set("Variations", Value.list(values));
    }
  }

  /**
   * Indicates whether a slot can return multiple values.
   *
   * <p>Property type {@code AWS::Lex::Bot.MultipleValuesSetting}.
   */
  public static final class MultipleValuesSetting extends Struct<MultipleValuesSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.MultipleValuesSetting");

    public MultipleValuesSetting() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a slot can return multiple values. When <code>true</code> , the slot may
     * return more than one value in a response. When <code>false</code> , the slot returns only a
     * single value.
     *
     * <p>Multi-value slots are only available in the en-US locale. If you set this value to
     * <code>true</code> in any other locale, Amazon Lex throws a <code>ValidationException</code> .
     *
     * <p>If the <code>allowMutlipleValues</code> is not set, the default value is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code AllowMultipleValues}.
     */
    public MultipleValuesSetting allowMultipleValues(boolean value) {
      return set("AllowMultipleValues", Value.of(value));
    }

    /**
     * Sets {@code AllowMultipleValues} to this value; see {@link #allowMultipleValues(boolean)}.
     */
    public MultipleValuesSetting allowMultipleValues(Value<Boolean> value) {
      return set("AllowMultipleValues", value);
    }
  }

  /**
   * Configures the Assisted Natural Language Understanding (NLU) feature for your bot. This
   * specification determines whether enhanced intent recognition and utterance understanding
   * capabilities are active.
   *
   * <p>Property type {@code AWS::Lex::Bot.NluImprovementSpecification}.
   */
  public static final class NluImprovementSpecification extends Struct<NluImprovementSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.NluImprovementSpecification")
        .required("Enabled")
        .allowed("AssistedNluMode", "Primary", "Fallback")
        .build();

    public NluImprovementSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies the mode for Assisted NLU operation. Use <code>Primary</code> to make Assisted NLU
     * the primary intent recognition method, or <code>Fallback</code> to use it only when standard
     * NLU confidence is low.
     *
     * <p>Allowed values: {@code Primary}, {@code Fallback}. CloudFormation property {@code
     * AssistedNluMode}.
     */
    public NluImprovementSpecification assistedNluMode(String value) {
      return set("AssistedNluMode", Value.of(value));
    }

    /** Sets {@code AssistedNluMode} to this value; see {@link #assistedNluMode(String)}. */
    public NluImprovementSpecification assistedNluMode(Value<String> value) {
      return set("AssistedNluMode", value);
    }

    /**
     * Determines whether the Assisted NLU feature is enabled for the bot. When set to
     * <code>true</code> , Amazon Lex uses advanced models to improve intent recognition and slot
     * resolution, with the default being <code>false</code> .
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public NluImprovementSpecification enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public NluImprovementSpecification enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * An object containing specifications for the Intent Disambiguation feature within the Assisted
     * NLU settings. These settings determine how the bot handles ambiguous user inputs that could
     * match multiple intents.
     *
     * <p>CloudFormation property {@code IntentDisambiguationSettings}.
     */
    public NluImprovementSpecification intentDisambiguationSettings(Value<IntentDisambiguationSettings> value) {
      return set("IntentDisambiguationSettings", value);
    }
  }

  /**
   * Determines whether Amazon Lex obscures slot values in conversation logs.
   *
   * <p>Property type {@code AWS::Lex::Bot.ObfuscationSetting}.
   */
  public static final class ObfuscationSetting extends Struct<ObfuscationSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ObfuscationSetting")
        .required("ObfuscationSettingType")
        .allowed("ObfuscationSettingType", "None", "DefaultObfuscation")
        .build();

    public ObfuscationSetting() {
      super(SCHEMA);
    }

    /**
     * Value that determines whether Amazon Lex obscures slot values in conversation logs. The
     * default is to obscure the values.
     *
     * <p>Required. Allowed values: {@code None}, {@code DefaultObfuscation}. CloudFormation
     * property {@code ObfuscationSettingType}.
     */
    public ObfuscationSetting obfuscationSettingType(String value) {
      return set("ObfuscationSettingType", Value.of(value));
    }

    /**
     * Sets {@code ObfuscationSettingType} to this value; see {@link
     * #obfuscationSettingType(String)}.
     */
    public ObfuscationSetting obfuscationSettingType(Value<String> value) {
      return set("ObfuscationSettingType", value);
    }
  }

  /**
   * Contains details about the configuration of the Amazon OpenSearch Service database used for the
   * <code>AMAZON.QnAIntent</code> .
   *
   * <p>Property type {@code AWS::Lex::Bot.OpensearchConfiguration}.
   */
  public static final class OpensearchConfiguration extends Struct<OpensearchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.OpensearchConfiguration")
        .constrain("DomainEndpoint", Constraint.of().minLength(1).maxLength(5000))
        .constrain("IncludeFields", Constraint.of().minLength(1).maxLength(5000))
        .constrain("IndexName", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public OpensearchConfiguration() {
      super(SCHEMA);
    }

    /**
     * The endpoint of the Amazon OpenSearch Service domain.
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code DomainEndpoint}.
     */
    public OpensearchConfiguration domainEndpoint(String value) {
      return set("DomainEndpoint", Value.of(value));
    }

    /** Sets {@code DomainEndpoint} to this value; see {@link #domainEndpoint(String)}. */
    public OpensearchConfiguration domainEndpoint(Value<String> value) {
      return set("DomainEndpoint", value);
    }

    /**
     * Specifies whether to return an exact response or to return an answer generated by the model
     * using the fields you specify from the database.
     *
     * <p>CloudFormation property {@code ExactResponse}.
     */
    public OpensearchConfiguration exactResponse(boolean value) {
      return set("ExactResponse", Value.of(value));
    }

    /** Sets {@code ExactResponse} to this value; see {@link #exactResponse(boolean)}. */
    public OpensearchConfiguration exactResponse(Value<Boolean> value) {
      return set("ExactResponse", value);
    }

    /**
     * Contains the names of the fields used for an exact response to the user.
     *
     * <p>CloudFormation property {@code ExactResponseFields}.
     */
    public OpensearchConfiguration exactResponseFields(Value<ExactResponseFields> value) {
      return set("ExactResponseFields", value);
    }

    /**
     * Contains a list of fields from the Amazon OpenSearch Service that the model can use to
     * generate the answer to the query.
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code IncludeFields}.
     */
    public OpensearchConfiguration includeFields(List<String> value) {
      return set("IncludeFields", Value.listOf(value));
    }

    /** Sets {@code IncludeFields} to this value; see {@link #includeFields(List)}. */
    public OpensearchConfiguration includeFields(Value<List<String>> value) {
      return set("IncludeFields", value);
    }

    /**
     * The name of the Amazon OpenSearch Service index.
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code IndexName}.
     */
    public OpensearchConfiguration indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public OpensearchConfiguration indexName(Value<String> value) {
      return set("IndexName", value);
    }
  }

  /**
   * Describes a session context that is activated when an intent is fulfilled.
   *
   * <p>Property type {@code AWS::Lex::Bot.OutputContext}.
   */
  public static final class OutputContext extends Struct<OutputContext> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.OutputContext")
        .required("Name", "TimeToLiveInSeconds", "TurnsToLive")
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .constrain("TimeToLiveInSeconds", Constraint.of().minimum(5).maximum(86400))
        .constrain("TurnsToLive", Constraint.of().minimum(1).maximum(20))
        .build();

    public OutputContext() {
      super(SCHEMA);
    }

    /**
     * The name of the output context.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
     * CloudFormation property {@code Name}.
     */
    public OutputContext name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OutputContext name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The amount of time, in seconds, that the output context should remain active. The time is
     * figured from the first time the context is sent to the user.
     *
     * <p>Required. Range: 5 to 86400. CloudFormation property {@code TimeToLiveInSeconds}.
     */
    public OutputContext timeToLiveInSeconds(int value) {
      return set("TimeToLiveInSeconds", Value.of(value));
    }

    /** Sets {@code TimeToLiveInSeconds} to this value; see {@link #timeToLiveInSeconds(int)}. */
    public OutputContext timeToLiveInSeconds(Value<Integer> value) {
      return set("TimeToLiveInSeconds", value);
    }

    /**
     * The number of conversation turns that the output context should remain active. The number of
     * turns is counted from the first time that the context is sent to the user.
     *
     * <p>Required. Range: 1 to 20. CloudFormation property {@code TurnsToLive}.
     */
    public OutputContext turnsToLive(int value) {
      return set("TurnsToLive", Value.of(value));
    }

    /** Sets {@code TurnsToLive} to this value; see {@link #turnsToLive(int)}. */
    public OutputContext turnsToLive(Value<Integer> value) {
      return set("TurnsToLive", value);
    }
  }

  /**
   * Defines an ASCII text message to send to the user.
   *
   * <p>Property type {@code AWS::Lex::Bot.PlainTextMessage}.
   */
  public static final class PlainTextMessage extends Struct<PlainTextMessage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.PlainTextMessage")
        .required("Value")
        .build();

    public PlainTextMessage() {
      super(SCHEMA);
    }

    /**
     * The message to send to the user.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public PlainTextMessage value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PlainTextMessage value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies next steps to run after the dialog code hook finishes.
   *
   * <p>Property type {@code AWS::Lex::Bot.PostDialogCodeHookInvocationSpecification}.
   */
  public static final class PostDialogCodeHookInvocationSpecification extends Struct<PostDialogCodeHookInvocationSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.PostDialogCodeHookInvocationSpecification");

    public PostDialogCodeHookInvocationSpecification() {
      super(SCHEMA);
    }

    /**
     * A list of conditional branches to evaluate after the dialog code hook throws an exception or
     * returns with the <code>State</code> field of the <code>Intent</code> object set to
     * <code>Failed</code> .
     *
     * <p>CloudFormation property {@code FailureConditional}.
     */
    public PostDialogCodeHookInvocationSpecification failureConditional(Value<ConditionalSpecification> value) {
      return set("FailureConditional", value);
    }

    /**
     * Specifies the next step the bot runs after the dialog code hook throws an exception or
     * returns with the <code>State</code> field of the <code>Intent</code> object set to
     * <code>Failed</code> .
     *
     * <p>CloudFormation property {@code FailureNextStep}.
     */
    public PostDialogCodeHookInvocationSpecification failureNextStep(Value<DialogState> value) {
      return set("FailureNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input when the
     * code hook fails.
     *
     * <p>CloudFormation property {@code FailureResponse}.
     */
    public PostDialogCodeHookInvocationSpecification failureResponse(Value<ResponseSpecification> value) {
      return set("FailureResponse", value);
    }

    /**
     * A list of conditional branches to evaluate after the dialog code hook finishes successfully.
     *
     * <p>CloudFormation property {@code SuccessConditional}.
     */
    public PostDialogCodeHookInvocationSpecification successConditional(Value<ConditionalSpecification> value) {
      return set("SuccessConditional", value);
    }

    /**
     * Specifics the next step the bot runs after the dialog code hook finishes successfully.
     *
     * <p>CloudFormation property {@code SuccessNextStep}.
     */
    public PostDialogCodeHookInvocationSpecification successNextStep(Value<DialogState> value) {
      return set("SuccessNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond when the code hook
     * succeeds.
     *
     * <p>CloudFormation property {@code SuccessResponse}.
     */
    public PostDialogCodeHookInvocationSpecification successResponse(Value<ResponseSpecification> value) {
      return set("SuccessResponse", value);
    }

    /**
     * A list of conditional branches to evaluate if the code hook times out.
     *
     * <p>CloudFormation property {@code TimeoutConditional}.
     */
    public PostDialogCodeHookInvocationSpecification timeoutConditional(Value<ConditionalSpecification> value) {
      return set("TimeoutConditional", value);
    }

    /**
     * Specifies the next step that the bot runs when the code hook times out.
     *
     * <p>CloudFormation property {@code TimeoutNextStep}.
     */
    public PostDialogCodeHookInvocationSpecification timeoutNextStep(Value<DialogState> value) {
      return set("TimeoutNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond to the user input when the
     * code hook times out.
     *
     * <p>CloudFormation property {@code TimeoutResponse}.
     */
    public PostDialogCodeHookInvocationSpecification timeoutResponse(Value<ResponseSpecification> value) {
      return set("TimeoutResponse", value);
    }
  }

  /**
   * Provides a setting that determines whether the post-fulfillment response is sent to the user.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/lexv2/latest/dg/streaming-progress.html#progress-complete"></a>
   *
   * <p>Property type {@code AWS::Lex::Bot.PostFulfillmentStatusSpecification}.
   */
  public static final class PostFulfillmentStatusSpecification extends Struct<PostFulfillmentStatusSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.PostFulfillmentStatusSpecification");

    public PostFulfillmentStatusSpecification() {
      super(SCHEMA);
    }

    /**
     * A list of conditional branches to evaluate after the fulfillment code hook throws an
     * exception or returns with the <code>State</code> field of the <code>Intent</code> object set
     * to <code>Failed</code> .
     *
     * <p>CloudFormation property {@code FailureConditional}.
     */
    public PostFulfillmentStatusSpecification failureConditional(Value<ConditionalSpecification> value) {
      return set("FailureConditional", value);
    }

    /**
     * Specifies the next step the bot runs after the fulfillment code hook throws an exception or
     * returns with the <code>State</code> field of the <code>Intent</code> object set to
     * <code>Failed</code> .
     *
     * <p>CloudFormation property {@code FailureNextStep}.
     */
    public PostFulfillmentStatusSpecification failureNextStep(Value<DialogState> value) {
      return set("FailureNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond when fulfillment isn't
     * successful.
     *
     * <p>CloudFormation property {@code FailureResponse}.
     */
    public PostFulfillmentStatusSpecification failureResponse(Value<ResponseSpecification> value) {
      return set("FailureResponse", value);
    }

    /**
     * A list of conditional branches to evaluate after the fulfillment code hook finishes
     * successfully.
     *
     * <p>CloudFormation property {@code SuccessConditional}.
     */
    public PostFulfillmentStatusSpecification successConditional(Value<ConditionalSpecification> value) {
      return set("SuccessConditional", value);
    }

    /**
     * Specifies the next step in the conversation that Amazon Lex invokes when the fulfillment code
     * hook completes successfully.
     *
     * <p>CloudFormation property {@code SuccessNextStep}.
     */
    public PostFulfillmentStatusSpecification successNextStep(Value<DialogState> value) {
      return set("SuccessNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond when the fulfillment is
     * successful.
     *
     * <p>CloudFormation property {@code SuccessResponse}.
     */
    public PostFulfillmentStatusSpecification successResponse(Value<ResponseSpecification> value) {
      return set("SuccessResponse", value);
    }

    /**
     * A list of conditional branches to evaluate if the fulfillment code hook times out.
     *
     * <p>CloudFormation property {@code TimeoutConditional}.
     */
    public PostFulfillmentStatusSpecification timeoutConditional(Value<ConditionalSpecification> value) {
      return set("TimeoutConditional", value);
    }

    /**
     * Specifies the next step that the bot runs when the fulfillment code hook times out.
     *
     * <p>CloudFormation property {@code TimeoutNextStep}.
     */
    public PostFulfillmentStatusSpecification timeoutNextStep(Value<DialogState> value) {
      return set("TimeoutNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond when fulfillment isn't
     * completed within the timeout period.
     *
     * <p>CloudFormation property {@code TimeoutResponse}.
     */
    public PostFulfillmentStatusSpecification timeoutResponse(Value<ResponseSpecification> value) {
      return set("TimeoutResponse", value);
    }
  }

  /**
   * Specifies the settings on a prompt attempt.
   *
   * <p>Property type {@code AWS::Lex::Bot.PromptAttemptSpecification}.
   */
  public static final class PromptAttemptSpecification extends Struct<PromptAttemptSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.PromptAttemptSpecification")
        .required("AllowedInputTypes")
        .build();

    public PromptAttemptSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the user can interrupt a speech prompt attempt from the bot.
     *
     * <p>CloudFormation property {@code AllowInterrupt}.
     */
    public PromptAttemptSpecification allowInterrupt(boolean value) {
      return set("AllowInterrupt", Value.of(value));
    }

    /** Sets {@code AllowInterrupt} to this value; see {@link #allowInterrupt(boolean)}. */
    public PromptAttemptSpecification allowInterrupt(Value<Boolean> value) {
      return set("AllowInterrupt", value);
    }

    /**
     * Indicates the allowed input types of the prompt attempt.
     *
     * <p>Required. CloudFormation property {@code AllowedInputTypes}.
     */
    public PromptAttemptSpecification allowedInputTypes(Value<AllowedInputTypes> value) {
      return set("AllowedInputTypes", value);
    }

    /**
     * Specifies the settings on audio and DTMF input.
     *
     * <p>CloudFormation property {@code AudioAndDTMFInputSpecification}.
     */
    public PromptAttemptSpecification audioAndDTMFInputSpecification(Value<AudioAndDTMFInputSpecification> value) {
      return set("AudioAndDTMFInputSpecification", value);
    }

    /**
     * Specifies the settings on text input.
     *
     * <p>CloudFormation property {@code TextInputSpecification}.
     */
    public PromptAttemptSpecification textInputSpecification(Value<TextInputSpecification> value) {
      return set("TextInputSpecification", value);
    }
  }

  /**
   * Specifies a list of message groups that Amazon Lex sends to a user to elicit a response.
   *
   * <p>Property type {@code AWS::Lex::Bot.PromptSpecification}.
   */
  public static final class PromptSpecification extends Struct<PromptSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.PromptSpecification")
        .required("MaxRetries", "MessageGroupsList")
        .constrain("MaxRetries", Constraint.of().minimum(0).maximum(5))
        .allowed("MessageSelectionStrategy", "Random", "Ordered")
        .build();

    public PromptSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the user can interrupt a speech prompt from the bot.
     *
     * <p>CloudFormation property {@code AllowInterrupt}.
     */
    public PromptSpecification allowInterrupt(boolean value) {
      return set("AllowInterrupt", Value.of(value));
    }

    /** Sets {@code AllowInterrupt} to this value; see {@link #allowInterrupt(boolean)}. */
    public PromptSpecification allowInterrupt(Value<Boolean> value) {
      return set("AllowInterrupt", value);
    }

    /**
     * The maximum number of times the bot tries to elicit a response from the user using this
     * prompt.
     *
     * <p>Required. Range: 0 to 5. CloudFormation property {@code MaxRetries}.
     */
    public PromptSpecification maxRetries(int value) {
      return set("MaxRetries", Value.of(value));
    }

    /** Sets {@code MaxRetries} to this value; see {@link #maxRetries(int)}. */
    public PromptSpecification maxRetries(Value<Integer> value) {
      return set("MaxRetries", value);
    }

    /**
     * A collection of messages that Amazon Lex can send to the user. Amazon Lex chooses the actual
     * message to send at runtime.
     *
     * <p>Required. CloudFormation property {@code MessageGroupsList}.
     */
    public PromptSpecification messageGroupsList(List<MessageGroup> value) {
      return set("MessageGroupsList", Value.listOf(value));
    }

    /** Sets {@code MessageGroupsList} to this value; see {@link #messageGroupsList(List)}. */
    public PromptSpecification messageGroupsList(Value<List<MessageGroup>> value) {
      return set("MessageGroupsList", value);
    }

    /** Sets {@code MessageGroupsList} to a list of these; see {@link #messageGroupsList(List)}. */
    public PromptSpecification messageGroupsList(MessageGroup... values) {
      return set("MessageGroupsList", Value.list(values));
    }

    /**
     * Indicates how a message is selected from a message group among retries.
     *
     * <p>Allowed values: {@code Random}, {@code Ordered}. CloudFormation property {@code
     * MessageSelectionStrategy}.
     */
    public PromptSpecification messageSelectionStrategy(String value) {
      return set("MessageSelectionStrategy", Value.of(value));
    }

    /**
     * Sets {@code MessageSelectionStrategy} to this value; see {@link
     * #messageSelectionStrategy(String)}.
     */
    public PromptSpecification messageSelectionStrategy(Value<String> value) {
      return set("MessageSelectionStrategy", value);
    }

    /**
     * Specifies the advanced settings on each attempt of the prompt.
     *
     * <p>CloudFormation property {@code PromptAttemptsSpecification}.
     */
    public PromptSpecification promptAttemptsSpecification(Map<String, PromptAttemptSpecification> value) {
      return set("PromptAttemptsSpecification", Value.mapOf(value));
    }

    /**
     * Sets {@code PromptAttemptsSpecification} to this value; see {@link
     * #promptAttemptsSpecification(Map)}.
     */
    public PromptSpecification promptAttemptsSpecification(Value<Map<String, PromptAttemptSpecification>> value) {
      return set("PromptAttemptsSpecification", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.QInConnectAssistantConfiguration}. */
  public static final class QInConnectAssistantConfiguration extends Struct<QInConnectAssistantConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.QInConnectAssistantConfiguration")
        .required("AssistantArn")
        .constrain("AssistantArn", Constraint.of().pattern("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$").minLength(1).maxLength(200))
        .build();

    public QInConnectAssistantConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 200 characters. Pattern: {@code
     * ^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$}.
     * CloudFormation property {@code AssistantArn}.
     */
    public QInConnectAssistantConfiguration assistantArn(String value) {
      return set("AssistantArn", Value.of(value));
    }

    /** Sets {@code AssistantArn} to this value; see {@link #assistantArn(String)}. */
    public QInConnectAssistantConfiguration assistantArn(Value<String> value) {
      return set("AssistantArn", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.QInConnectIntentConfiguration}. */
  public static final class QInConnectIntentConfiguration extends Struct<QInConnectIntentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.QInConnectIntentConfiguration");

    public QInConnectIntentConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code QInConnectAssistantConfiguration}. */
    public QInConnectIntentConfiguration qInConnectAssistantConfiguration(Value<QInConnectAssistantConfiguration> value) {
      return set("QInConnectAssistantConfiguration", value);
    }
  }

  /**
   * Details about the the configuration of the built-in <code>Amazon.QnAIntent</code> .
   *
   * <p>Property type {@code AWS::Lex::Bot.QnAIntentConfiguration}.
   */
  public static final class QnAIntentConfiguration extends Struct<QnAIntentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.QnAIntentConfiguration")
        .required("BedrockModelConfiguration", "DataSourceConfiguration")
        .build();

    public QnAIntentConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code BedrockModelConfiguration}. */
    public QnAIntentConfiguration bedrockModelConfiguration(Value<BedrockModelSpecification> value) {
      return set("BedrockModelConfiguration", value);
    }

    /**
     * Contains details about the configuration of the data source used for the
     * <code>AMAZON.QnAIntent</code> .
     *
     * <p>Required. CloudFormation property {@code DataSourceConfiguration}.
     */
    public QnAIntentConfiguration dataSourceConfiguration(Value<DataSourceConfiguration> value) {
      return set("DataSourceConfiguration", value);
    }
  }

  /**
   * Contains details about the configuration of the Amazon Kendra index used for the
   * <code>AMAZON.QnAIntent</code> .
   *
   * <p>Property type {@code AWS::Lex::Bot.QnAKendraConfiguration}.
   */
  public static final class QnAKendraConfiguration extends Struct<QnAKendraConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.QnAKendraConfiguration")
        .required("ExactResponse", "KendraIndex", "QueryFilterStringEnabled")
        .constrain("KendraIndex", Constraint.of().minLength(1).maxLength(5000))
        .constrain("QueryFilterString", Constraint.of().minLength(1).maxLength(5000))
        .build();

    public QnAKendraConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to return an exact response from the Amazon Kendra index or to let the
     * Amazon Bedrock model you select generate a response based on the results. To use this
     * feature, you must first add FAQ questions to your index by following the steps at <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/in-creating-faq.html">Adding frequently
     * asked questions (FAQs) to an index</a> .
     *
     * <p>Required. CloudFormation property {@code ExactResponse}.
     */
    public QnAKendraConfiguration exactResponse(boolean value) {
      return set("ExactResponse", Value.of(value));
    }

    /** Sets {@code ExactResponse} to this value; see {@link #exactResponse(boolean)}. */
    public QnAKendraConfiguration exactResponse(Value<Boolean> value) {
      return set("ExactResponse", value);
    }

    /**
     * The ARN of the Amazon Kendra index to use.
     *
     * <p>Required. Length: 1 to 5000 characters. CloudFormation property {@code KendraIndex}.
     */
    public QnAKendraConfiguration kendraIndex(String value) {
      return set("KendraIndex", Value.of(value));
    }

    /** Sets {@code KendraIndex} to this value; see {@link #kendraIndex(String)}. */
    public QnAKendraConfiguration kendraIndex(Value<String> value) {
      return set("KendraIndex", value);
    }

    /**
     * Contains the Amazon Kendra filter string to use if enabled. For more information on the
     * Amazon Kendra search filter JSON format, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/filtering.html#search-filtering">Using
     * document attributes to filter search results</a> .
     *
     * <p>Length: 1 to 5000 characters. CloudFormation property {@code QueryFilterString}.
     */
    public QnAKendraConfiguration queryFilterString(String value) {
      return set("QueryFilterString", Value.of(value));
    }

    /** Sets {@code QueryFilterString} to this value; see {@link #queryFilterString(String)}. */
    public QnAKendraConfiguration queryFilterString(Value<String> value) {
      return set("QueryFilterString", value);
    }

    /**
     * Specifies whether to enable an Amazon Kendra filter string or not.
     *
     * <p>Required. CloudFormation property {@code QueryFilterStringEnabled}.
     */
    public QnAKendraConfiguration queryFilterStringEnabled(boolean value) {
      return set("QueryFilterStringEnabled", Value.of(value));
    }

    /**
     * Sets {@code QueryFilterStringEnabled} to this value; see {@link
     * #queryFilterStringEnabled(boolean)}.
     */
    public QnAKendraConfiguration queryFilterStringEnabled(Value<Boolean> value) {
      return set("QueryFilterStringEnabled", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.Replication}. */
  public static final class Replication extends Struct<Replication> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.Replication")
        .required("ReplicaRegions")
        .constrain("ReplicaRegions", Constraint.of().minLength(2).maxLength(25))
        .build();

    public Replication() {
      super(SCHEMA);
    }

    /** Required. Length: 2 to 25 characters. CloudFormation property {@code ReplicaRegions}. */
    public Replication replicaRegions(List<String> value) {
      return set("ReplicaRegions", Value.listOf(value));
    }

    /** Sets {@code ReplicaRegions} to this value; see {@link #replicaRegions(List)}. */
    public Replication replicaRegions(Value<List<String>> value) {
      return set("ReplicaRegions", value);
    }
  }

  /**
   * Specifies a list of message groups that Amazon Lex uses to respond the user input.
   *
   * <p>Property type {@code AWS::Lex::Bot.ResponseSpecification}.
   */
  public static final class ResponseSpecification extends Struct<ResponseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.ResponseSpecification")
        .required("MessageGroupsList")
        .build();

    public ResponseSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the user can interrupt a speech response from Amazon Lex.
     *
     * <p>CloudFormation property {@code AllowInterrupt}.
     */
    public ResponseSpecification allowInterrupt(boolean value) {
      return set("AllowInterrupt", Value.of(value));
    }

    /** Sets {@code AllowInterrupt} to this value; see {@link #allowInterrupt(boolean)}. */
    public ResponseSpecification allowInterrupt(Value<Boolean> value) {
      return set("AllowInterrupt", value);
    }

    /**
     * A collection of responses that Amazon Lex can send to the user. Amazon Lex chooses the actual
     * response to send at runtime.
     *
     * <p>Required. CloudFormation property {@code MessageGroupsList}.
     */
    public ResponseSpecification messageGroupsList(List<MessageGroup> value) {
      return set("MessageGroupsList", Value.listOf(value));
    }

    /** Sets {@code MessageGroupsList} to this value; see {@link #messageGroupsList(List)}. */
    public ResponseSpecification messageGroupsList(Value<List<MessageGroup>> value) {
      return set("MessageGroupsList", value);
    }

    /** Sets {@code MessageGroupsList} to a list of these; see {@link #messageGroupsList(List)}. */
    public ResponseSpecification messageGroupsList(MessageGroup... values) {
      return set("MessageGroupsList", Value.list(values));
    }
  }

  /**
   * Contains specifications about the Amazon Lex runtime generative AI capabilities from Amazon
   * Bedrock that you can turn on for your bot.
   *
   * <p>Property type {@code AWS::Lex::Bot.RuntimeSettings}.
   */
  public static final class RuntimeSettings extends Struct<RuntimeSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.RuntimeSettings");

    public RuntimeSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code NluImprovementSpecification}. */
    public RuntimeSettings nluImprovementSpecification(Value<NluImprovementSpecification> value) {
      return set("NluImprovementSpecification", value);
    }

    /** CloudFormation property {@code SlotResolutionImprovementSpecification}. */
    public RuntimeSettings slotResolutionImprovementSpecification(Value<SlotResolutionImprovementSpecification> value) {
      return set("SlotResolutionImprovementSpecification", value);
    }
  }

  /**
   * Specifies an Amazon S3 bucket for logging audio conversations
   *
   * <p>Property type {@code AWS::Lex::Bot.S3BucketLogDestination}.
   */
  public static final class S3BucketLogDestination extends Struct<S3BucketLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.S3BucketLogDestination")
        .required("LogPrefix", "S3BucketArn")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:[\\w\\-]+:kms:[\\w\\-]+:[\\d]{12}:(?:key\\/[\\w\\-]+|alias\\/[a-zA-Z0-9:\\/_\\-]{1,256})$").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("LogPrefix", Constraint.of().minLength(0).maxLength(1024))
        .constrain("S3BucketArn", Constraint.of().pattern("^arn:[\\w\\-]+:s3:::[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(1).maxLength(2048))
        .build();

    public S3BucketLogDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Key Management Service (KMS) key for encrypting
     * audio log files stored in an Amazon S3 bucket.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w&#92;-]+:kms:[&#92;w&#92;-]+:[&#92;d]{12}:(?:key&#92;/[&#92;w&#92;-]+|alias&#92;/[a-zA-Z0-9:&#92;/_&#92;-]{1,256})$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public S3BucketLogDestination kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public S3BucketLogDestination kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The S3 prefix to assign to audio log files.
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code LogPrefix}.
     */
    public S3BucketLogDestination logPrefix(String value) {
      return set("LogPrefix", Value.of(value));
    }

    /** Sets {@code LogPrefix} to this value; see {@link #logPrefix(String)}. */
    public S3BucketLogDestination logPrefix(Value<String> value) {
      return set("LogPrefix", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an Amazon S3 bucket where audio log files are stored.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w&#92;-]+:s3:::[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. CloudFormation
     * property {@code S3BucketArn}.
     */
    public S3BucketLogDestination s3BucketArn(String value) {
      return set("S3BucketArn", Value.of(value));
    }

    /** Sets {@code S3BucketArn} to this value; see {@link #s3BucketArn(String)}. */
    public S3BucketLogDestination s3BucketArn(Value<String> value) {
      return set("S3BucketArn", value);
    }
  }

  /**
   * Defines an Amazon S3 bucket location.
   *
   * <p>Property type {@code AWS::Lex::Bot.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.S3Location")
        .required("S3Bucket", "S3ObjectKey")
        .constrain("S3Bucket", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("S3ObjectKey", Constraint.of().pattern("[\\.\\-\\!\\*\\_\\'\\(\\)a-zA-Z0-9][\\.\\-\\!\\*\\_\\'\\(\\)\\/a-zA-Z0-9]*$").minLength(1).maxLength(1024))
        .constrain("S3ObjectVersion", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket name.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code S3Bucket}.
     */
    public S3Location s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public S3Location s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The path and file name to the object in the S3 bucket.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * [&#92;.&#92;-&#92;!&#92;*&#92;_&#92;'&#92;(&#92;)a-zA-Z0-9][&#92;.&#92;-&#92;!&#92;*&#92;_&#92;'&#92;(&#92;)&#92;/a-zA-Z0-9]*$}.
     * CloudFormation property {@code S3ObjectKey}.
     */
    public S3Location s3ObjectKey(String value) {
      return set("S3ObjectKey", Value.of(value));
    }

    /** Sets {@code S3ObjectKey} to this value; see {@link #s3ObjectKey(String)}. */
    public S3Location s3ObjectKey(Value<String> value) {
      return set("S3ObjectKey", value);
    }

    /**
     * The version of the object in the S3 bucket.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code S3ObjectVersion}.
     */
    public S3Location s3ObjectVersion(String value) {
      return set("S3ObjectVersion", Value.of(value));
    }

    /** Sets {@code S3ObjectVersion} to this value; see {@link #s3ObjectVersion(String)}. */
    public S3Location s3ObjectVersion(Value<String> value) {
      return set("S3ObjectVersion", value);
    }
  }

  /**
   * Defines a Speech Synthesis Markup Language (SSML) prompt.
   *
   * <p>Property type {@code AWS::Lex::Bot.SSMLMessage}.
   */
  public static final class SSMLMessage extends Struct<SSMLMessage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SSMLMessage")
        .required("Value")
        .build();

    public SSMLMessage() {
      super(SCHEMA);
    }

    /**
     * The SSML text that defines the prompt.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public SSMLMessage value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SSMLMessage value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * A sample utterance that invokes an intent or respond to a slot elicitation prompt.
   *
   * <p>Property type {@code AWS::Lex::Bot.SampleUtterance}.
   */
  public static final class SampleUtterance extends Struct<SampleUtterance> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SampleUtterance")
        .required("Utterance")
        .build();

    public SampleUtterance() {
      super(SCHEMA);
    }

    /**
     * A sample utterance that invokes an intent or respond to a slot elicitation prompt.
     *
     * <p>Required. CloudFormation property {@code Utterance}.
     */
    public SampleUtterance utterance(String value) {
      return set("Utterance", Value.of(value));
    }

    /** Sets {@code Utterance} to this value; see {@link #utterance(String)}. */
    public SampleUtterance utterance(Value<String> value) {
      return set("Utterance", value);
    }
  }

  /**
   * Contains specifications for the sample utterance generation feature.
   *
   * <p>Property type {@code AWS::Lex::Bot.SampleUtteranceGenerationSpecification}.
   */
  public static final class SampleUtteranceGenerationSpecification extends Struct<SampleUtteranceGenerationSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SampleUtteranceGenerationSpecification")
        .required("Enabled")
        .build();

    public SampleUtteranceGenerationSpecification() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BedrockModelSpecification}. */
    public SampleUtteranceGenerationSpecification bedrockModelSpecification(Value<BedrockModelSpecification> value) {
      return set("BedrockModelSpecification", value);
    }

    /**
     * Specifies whether to enable sample utterance generation or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public SampleUtteranceGenerationSpecification enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SampleUtteranceGenerationSpecification enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Defines one of the values for a slot type.
   *
   * <p>Property type {@code AWS::Lex::Bot.SampleValue}.
   */
  public static final class SampleValue extends Struct<SampleValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SampleValue")
        .required("Value")
        .constrain("Value", Constraint.of().minLength(1).maxLength(140))
        .build();

    public SampleValue() {
      super(SCHEMA);
    }

    /**
     * The value that can be used for a slot type.
     *
     * <p>Required. Length: 1 to 140 characters. CloudFormation property {@code Value}.
     */
    public SampleValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SampleValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Determines whether Amazon Lex will use Amazon Comprehend to detect the sentiment of user
   * utterances.
   *
   * <p>Property type {@code AWS::Lex::Bot.SentimentAnalysisSettings}.
   */
  public static final class SentimentAnalysisSettings extends Struct<SentimentAnalysisSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SentimentAnalysisSettings")
        .required("DetectSentiment")
        .build();

    public SentimentAnalysisSettings() {
      super(SCHEMA);
    }

    /**
     * Sets whether Amazon Lex uses Amazon Comprehend to detect the sentiment of user utterances.
     *
     * <p>Required. CloudFormation property {@code DetectSentiment}.
     */
    public SentimentAnalysisSettings detectSentiment(boolean value) {
      return set("DetectSentiment", Value.of(value));
    }

    /** Sets {@code DetectSentiment} to this value; see {@link #detectSentiment(boolean)}. */
    public SentimentAnalysisSettings detectSentiment(Value<Boolean> value) {
      return set("DetectSentiment", value);
    }
  }

  /**
   * A key/value pair representing session-specific context information. It contains application
   * information passed between Amazon Lex V2 and a client application.
   *
   * <p>Property type {@code AWS::Lex::Bot.SessionAttribute}.
   */
  public static final class SessionAttribute extends Struct<SessionAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SessionAttribute")
        .required("Key")
        .build();

    public SessionAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of the session attribute.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public SessionAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public SessionAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The session-specific context information for the session attribute.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public SessionAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SessionAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the definition of a slot. Amazon Lex elicits slot values from uses to fulfill the
   * user's intent.
   *
   * <p>Property type {@code AWS::Lex::Bot.Slot}.
   */
  public static final class Slot extends Struct<Slot> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.Slot")
        .required("Name", "SlotTypeName", "ValueElicitationSetting")
        .constrain("Description", Constraint.of().maxLength(2000))
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public Slot() {
      super(SCHEMA);
    }

    /**
     * The description of the slot.
     *
     * <p>Length: at most 2000 characters. CloudFormation property {@code Description}.
     */
    public Slot description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Slot description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Indicates whether a slot can return multiple values.
     *
     * <p>CloudFormation property {@code MultipleValuesSetting}.
     */
    public Slot multipleValuesSetting(Value<MultipleValuesSetting> value) {
      return set("MultipleValuesSetting", value);
    }

    /**
     * The name given to the slot.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
     * CloudFormation property {@code Name}.
     */
    public Slot name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Slot name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Determines whether the contents of the slot are obfuscated in Amazon CloudWatch Logs logs.
     * Use obfuscated slots to protect information such as personally identifiable information (PII)
     * in logs.
     *
     * <p>CloudFormation property {@code ObfuscationSetting}.
     */
    public Slot obfuscationSetting(Value<ObfuscationSetting> value) {
      return set("ObfuscationSetting", value);
    }

    /**
     * The name of the slot type that this slot is based on. The slot type defines the acceptable
     * values for the slot.
     *
     * <p>Required. CloudFormation property {@code SlotTypeName}.
     */
    public Slot slotTypeName(String value) {
      return set("SlotTypeName", Value.of(value));
    }

    /** Sets {@code SlotTypeName} to this value; see {@link #slotTypeName(String)}. */
    public Slot slotTypeName(Value<String> value) {
      return set("SlotTypeName", value);
    }

    /** CloudFormation property {@code SubSlotSetting}. */
    public Slot subSlotSetting(Value<SubSlotSetting> value) {
      return set("SubSlotSetting", value);
    }

    /**
     * Determines the slot resolution strategy that Amazon Lex uses to return slot type values. The
     * field can be set to one of the following values:
     *
     * <ul> <li>ORIGINAL_VALUE - Returns the value entered by the user, if the user value is similar
     * to a slot value. <li>TOP_RESOLUTION - If there is a resolution list for the slot, return the
     * first value in the resolution list as the slot type value. If there is no resolution list,
     * null is returned. </ul>
     *
     * <p>If you don't specify the <code>valueSelectionStrategy</code> , the default is
     * <code>ORIGINAL_VALUE</code> .
     *
     * <p>Required. CloudFormation property {@code ValueElicitationSetting}.
     */
    public Slot valueElicitationSetting(Value<SlotValueElicitationSetting> value) {
      return set("ValueElicitationSetting", value);
    }
  }

  /**
   * Settings used when Amazon Lex successfully captures a slot value from a user.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotCaptureSetting}.
   */
  public static final class SlotCaptureSetting extends Struct<SlotCaptureSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.SlotCaptureSetting");

    public SlotCaptureSetting() {
      super(SCHEMA);
    }

    /**
     * A list of conditional branches to evaluate after the slot value is captured.
     *
     * <p>CloudFormation property {@code CaptureConditional}.
     */
    public SlotCaptureSetting captureConditional(Value<ConditionalSpecification> value) {
      return set("CaptureConditional", value);
    }

    /**
     * Specifies the next step that the bot runs when the slot value is captured before the code
     * hook times out.
     *
     * <p>CloudFormation property {@code CaptureNextStep}.
     */
    public SlotCaptureSetting captureNextStep(Value<DialogState> value) {
      return set("CaptureNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input.
     *
     * <p>CloudFormation property {@code CaptureResponse}.
     */
    public SlotCaptureSetting captureResponse(Value<ResponseSpecification> value) {
      return set("CaptureResponse", value);
    }

    /**
     * Code hook called after Amazon Lex successfully captures a slot value.
     *
     * <p>CloudFormation property {@code CodeHook}.
     */
    public SlotCaptureSetting codeHook(Value<DialogCodeHookInvocationSetting> value) {
      return set("CodeHook", value);
    }

    /**
     * Code hook called when Amazon Lex doesn't capture a slot value.
     *
     * <p>CloudFormation property {@code ElicitationCodeHook}.
     */
    public SlotCaptureSetting elicitationCodeHook(Value<ElicitationCodeHookInvocationSetting> value) {
      return set("ElicitationCodeHook", value);
    }

    /**
     * A list of conditional branches to evaluate when the slot value isn't captured.
     *
     * <p>CloudFormation property {@code FailureConditional}.
     */
    public SlotCaptureSetting failureConditional(Value<ConditionalSpecification> value) {
      return set("FailureConditional", value);
    }

    /**
     * Specifies the next step that the bot runs when the slot value code is not recognized.
     *
     * <p>CloudFormation property {@code FailureNextStep}.
     */
    public SlotCaptureSetting failureNextStep(Value<DialogState> value) {
      return set("FailureNextStep", value);
    }

    /**
     * Specifies a list of message groups that Amazon Lex uses to respond the user input when the
     * slot fails to be captured.
     *
     * <p>CloudFormation property {@code FailureResponse}.
     */
    public SlotCaptureSetting failureResponse(Value<ResponseSpecification> value) {
      return set("FailureResponse", value);
    }
  }

  /**
   * Specifies the default value to use when a user doesn't provide a value for a slot.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotDefaultValue}.
   */
  public static final class SlotDefaultValue extends Struct<SlotDefaultValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotDefaultValue")
        .required("DefaultValue")
        .constrain("DefaultValue", Constraint.of().minLength(1).maxLength(202))
        .build();

    public SlotDefaultValue() {
      super(SCHEMA);
    }

    /**
     * The default value to use when a user doesn't provide a value for a slot.
     *
     * <p>Required. Length: 1 to 202 characters. CloudFormation property {@code DefaultValue}.
     */
    public SlotDefaultValue defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public SlotDefaultValue defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }
  }

  /**
   * The default value to use when a user doesn't provide a value for a slot.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotDefaultValueSpecification}.
   */
  public static final class SlotDefaultValueSpecification extends Struct<SlotDefaultValueSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotDefaultValueSpecification")
        .required("DefaultValueList")
        .build();

    public SlotDefaultValueSpecification() {
      super(SCHEMA);
    }

    /**
     * A list of default values. Amazon Lex chooses the default value to use in the order that they
     * are presented in the list.
     *
     * <p>Required. CloudFormation property {@code DefaultValueList}.
     */
    public SlotDefaultValueSpecification defaultValueList(List<SlotDefaultValue> value) {
      return set("DefaultValueList", Value.listOf(value));
    }

    /** Sets {@code DefaultValueList} to this value; see {@link #defaultValueList(List)}. */
    public SlotDefaultValueSpecification defaultValueList(Value<List<SlotDefaultValue>> value) {
      return set("DefaultValueList", value);
    }

    /** Sets {@code DefaultValueList} to a list of these; see {@link #defaultValueList(List)}. */
    public SlotDefaultValueSpecification defaultValueList(SlotDefaultValue... values) {
      return set("DefaultValueList", Value.list(values));
    }
  }

  /**
   * Sets the priority that Amazon Lex should use when eliciting slot values from a user.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotPriority}.
   */
  public static final class SlotPriority extends Struct<SlotPriority> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotPriority")
        .required("Priority", "SlotName")
        .constrain("Priority", Constraint.of().minimum(0).maximum(100))
        .constrain("SlotName", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public SlotPriority() {
      super(SCHEMA);
    }

    /**
     * The priority that Amazon Lex should apply to the slot.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code Priority}.
     */
    public SlotPriority priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public SlotPriority priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * The name of the slot.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
     * CloudFormation property {@code SlotName}.
     */
    public SlotPriority slotName(String value) {
      return set("SlotName", Value.of(value));
    }

    /** Sets {@code SlotName} to this value; see {@link #slotName(String)}. */
    public SlotPriority slotName(Value<String> value) {
      return set("SlotName", value);
    }
  }

  /**
   * Contains specifications for the assisted slot resolution feature.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotResolutionImprovementSpecification}.
   */
  public static final class SlotResolutionImprovementSpecification extends Struct<SlotResolutionImprovementSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotResolutionImprovementSpecification")
        .required("Enabled")
        .build();

    public SlotResolutionImprovementSpecification() {
      super(SCHEMA);
    }

    /**
     * An object containing information about the Amazon Bedrock model used to assist slot
     * resolution.
     *
     * <p>CloudFormation property {@code BedrockModelSpecification}.
     */
    public SlotResolutionImprovementSpecification bedrockModelSpecification(Value<BedrockModelSpecification> value) {
      return set("BedrockModelSpecification", value);
    }

    /**
     * Specifies whether assisted slot resolution is turned on or off.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public SlotResolutionImprovementSpecification enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SlotResolutionImprovementSpecification enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Describes a slot type.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotType}.
   */
  public static final class SlotType extends Struct<SlotType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotType")
        .required("Name")
        .constrain("Description", Constraint.of().maxLength(2000))
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
        .build();

    public SlotType() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CompositeSlotTypeSetting}. */
    public SlotType compositeSlotTypeSetting(Value<CompositeSlotTypeSetting> value) {
      return set("CompositeSlotTypeSetting", value);
    }

    /**
     * A description of the slot type. Use the description to help identify the slot type in lists.
     *
     * <p>Length: at most 2000 characters. CloudFormation property {@code Description}.
     */
    public SlotType description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public SlotType description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Sets the type of external information used to create the slot type.
     *
     * <p>CloudFormation property {@code ExternalSourceSetting}.
     */
    public SlotType externalSourceSetting(Value<ExternalSourceSetting> value) {
      return set("ExternalSourceSetting", value);
    }

    /**
     * The name of the slot type. A slot type name must be unique withing the account.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
     * CloudFormation property {@code Name}.
     */
    public SlotType name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SlotType name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The built-in slot type used as a parent of this slot type. When you define a parent slot
     * type, the new slot type has the configuration of the parent lot type.
     *
     * <p>Only <code>AMAZON.AlphaNumeric</code> is supported.
     *
     * <p>CloudFormation property {@code ParentSlotTypeSignature}.
     */
    public SlotType parentSlotTypeSignature(String value) {
      return set("ParentSlotTypeSignature", Value.of(value));
    }

    /**
     * Sets {@code ParentSlotTypeSignature} to this value; see {@link
     * #parentSlotTypeSignature(String)}.
     */
    public SlotType parentSlotTypeSignature(Value<String> value) {
      return set("ParentSlotTypeSignature", value);
    }

    /**
     * A list of SlotTypeValue objects that defines the values that the slot type can take. Each
     * value can have a list of synonyms, additional values that help train the machine learning
     * model about the values that it resolves for the slot.
     *
     * <p>CloudFormation property {@code SlotTypeValues}.
     */
    public SlotType slotTypeValues(List<SlotTypeValue> value) {
      return set("SlotTypeValues", Value.listOf(value));
    }

    /** Sets {@code SlotTypeValues} to this value; see {@link #slotTypeValues(List)}. */
    public SlotType slotTypeValues(Value<List<SlotTypeValue>> value) {
      return set("SlotTypeValues", value);
    }

    /** Sets {@code SlotTypeValues} to a list of these; see {@link #slotTypeValues(List)}. */
    public SlotType slotTypeValues(SlotTypeValue... values) {
      return set("SlotTypeValues", Value.list(values));
    }

    /**
     * Determines the slot resolution strategy that Amazon Lex uses to return slot type values. The
     * field can be set to one of the following values:
     *
     * <ul> <li><code>ORIGINAL_VALUE</code> - Returns the value entered by the user, if the user
     * value is similar to the slot value. <li><code>TOP_RESOLUTION</code> - If there is a
     * resolution list for the slot, return the first value in the resolution list as the slot type
     * value. If there is no resolution list, null is returned. </ul>
     *
     * <p>If you don't specify the <code>valueSelectionStrategy</code> , the default is
     * <code>ORIGINAL_VALUE</code> .
     *
     * <p>CloudFormation property {@code ValueSelectionSetting}.
     */
    public SlotType valueSelectionSetting(Value<SlotValueSelectionSetting> value) {
      return set("ValueSelectionSetting", value);
    }
  }

  /**
   * Each slot type can have a set of values. Each <code>SlotTypeValue</code> represents a value
   * that the slot type can take.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotTypeValue}.
   */
  public static final class SlotTypeValue extends Struct<SlotTypeValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotTypeValue")
        .required("SampleValue")
        .build();

    public SlotTypeValue() {
      super(SCHEMA);
    }

    /**
     * The value of the slot type entry.
     *
     * <p>Required. CloudFormation property {@code SampleValue}.
     */
    public SlotTypeValue sampleValue(Value<SampleValue> value) {
      return set("SampleValue", value);
    }

    /**
     * Additional values related to the slot type entry.
     *
     * <p>CloudFormation property {@code Synonyms}.
     */
    public SlotTypeValue synonyms(List<SampleValue> value) {
      return set("Synonyms", Value.listOf(value));
    }

    /** Sets {@code Synonyms} to this value; see {@link #synonyms(List)}. */
    public SlotTypeValue synonyms(Value<List<SampleValue>> value) {
      return set("Synonyms", value);
    }

    /** Sets {@code Synonyms} to a list of these; see {@link #synonyms(List)}. */
    public SlotTypeValue synonyms(SampleValue... values) {
      return set("Synonyms", Value.list(values));
    }
  }

  /**
   * The value to set in a slot.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotValue}.
   */
  public static final class SlotValue extends Struct<SlotValue> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.SlotValue");

    public SlotValue() {
      super(SCHEMA);
    }

    /**
     * The value that Amazon Lex determines for the slot. The actual value depends on the setting of
     * the value selection strategy for the bot. You can choose to use the value entered by the
     * user, or you can have Amazon Lex choose the first value in the <code>resolvedValues</code>
     * list.
     *
     * <p>CloudFormation property {@code InterpretedValue}.
     */
    public SlotValue interpretedValue(String value) {
      return set("InterpretedValue", Value.of(value));
    }

    /** Sets {@code InterpretedValue} to this value; see {@link #interpretedValue(String)}. */
    public SlotValue interpretedValue(Value<String> value) {
      return set("InterpretedValue", value);
    }
  }

  /**
   * Specifies the elicitation setting details eliciting a slot.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotValueElicitationSetting}.
   */
  public static final class SlotValueElicitationSetting extends Struct<SlotValueElicitationSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotValueElicitationSetting")
        .required("SlotConstraint")
        .allowed("SlotConstraint", "Required", "Optional")
        .build();

    public SlotValueElicitationSetting() {
      super(SCHEMA);
    }

    /**
     * A list of default values for a slot. Default values are used when Amazon Lex hasn't
     * determined a value for a slot. You can specify default values from context variables, session
     * attributes, and defined values.
     *
     * <p>CloudFormation property {@code DefaultValueSpecification}.
     */
    public SlotValueElicitationSetting defaultValueSpecification(Value<SlotDefaultValueSpecification> value) {
      return set("DefaultValueSpecification", value);
    }

    /**
     * The prompt that Amazon Lex uses to elicit the slot value from the user.
     *
     * <p>CloudFormation property {@code PromptSpecification}.
     */
    public SlotValueElicitationSetting promptSpecification(Value<PromptSpecification> value) {
      return set("PromptSpecification", value);
    }

    /**
     * If you know a specific pattern that users might respond to an Amazon Lex request for a slot
     * value, you can provide those utterances to improve accuracy. This is optional. In most cases,
     * Amazon Lex is capable of understanding user utterances.
     *
     * <p>CloudFormation property {@code SampleUtterances}.
     */
    public SlotValueElicitationSetting sampleUtterances(List<SampleUtterance> value) {
      return set("SampleUtterances", Value.listOf(value));
    }

    /** Sets {@code SampleUtterances} to this value; see {@link #sampleUtterances(List)}. */
    public SlotValueElicitationSetting sampleUtterances(Value<List<SampleUtterance>> value) {
      return set("SampleUtterances", value);
    }

    /** Sets {@code SampleUtterances} to a list of these; see {@link #sampleUtterances(List)}. */
    public SlotValueElicitationSetting sampleUtterances(SampleUtterance... values) {
      return set("SampleUtterances", Value.list(values));
    }

    /**
     * Specifies the settings that Amazon Lex uses when a slot value is successfully entered by a
     * user.
     *
     * <p>CloudFormation property {@code SlotCaptureSetting}.
     */
    public SlotValueElicitationSetting slotCaptureSetting(Value<SlotCaptureSetting> value) {
      return set("SlotCaptureSetting", value);
    }

    /**
     * Specifies whether the slot is required or optional.
     *
     * <p>Required. Allowed values: {@code Required}, {@code Optional}. CloudFormation property
     * {@code SlotConstraint}.
     */
    public SlotValueElicitationSetting slotConstraint(String value) {
      return set("SlotConstraint", Value.of(value));
    }

    /** Sets {@code SlotConstraint} to this value; see {@link #slotConstraint(String)}. */
    public SlotValueElicitationSetting slotConstraint(Value<String> value) {
      return set("SlotConstraint", value);
    }

    /**
     * Specifies the prompts that Amazon Lex uses while a bot is waiting for customer input.
     *
     * <p>CloudFormation property {@code WaitAndContinueSpecification}.
     */
    public SlotValueElicitationSetting waitAndContinueSpecification(Value<WaitAndContinueSpecification> value) {
      return set("WaitAndContinueSpecification", value);
    }
  }

  /**
   * The slot values that Amazon Lex uses when it sets slot values in a dialog step.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotValueOverride}.
   */
  public static final class SlotValueOverride extends Struct<SlotValueOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotValueOverride")
        .allowed("Shape", "Scalar", "List")
        .build();

    public SlotValueOverride() {
      super(SCHEMA);
    }

    /**
     * When the shape value is <code>List</code> , it indicates that the <code>values</code> field
     * contains a list of slot values. When the value is <code>Scalar</code> , it indicates that the
     * <code>value</code> field contains a single value.
     *
     * <p>Allowed values: {@code Scalar}, {@code List}. CloudFormation property {@code Shape}.
     */
    public SlotValueOverride shape(String value) {
      return set("Shape", Value.of(value));
    }

    /** Sets {@code Shape} to this value; see {@link #shape(String)}. */
    public SlotValueOverride shape(Value<String> value) {
      return set("Shape", value);
    }

    /**
     * The current value of the slot.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public SlotValueOverride value(Value<SlotValue> value) {
      return set("Value", value);
    }

    /**
     * A list of one or more values that the user provided for the slot. For example, for a slot
     * that elicits pizza toppings, the values might be "pepperoni" and "pineapple."
     *
     * <p>CloudFormation property {@code Values}.
     */
    public SlotValueOverride values(List<SlotValueOverride> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public SlotValueOverride values(Value<List<SlotValueOverride>> value) {
      return set("Values", value);
    }

    /** Sets {@code Values} to a list of these; see {@link #values(List)}. */
    public SlotValueOverride values(SlotValueOverride... values) {
      return set("Values", Value.list(values));
    }
  }

  /**
   * Maps a slot name to the <a
   * href="https://docs.aws.amazon.com/lexv2/latest/APIReference/API_SlotValueOverride.html">SlotValueOverride</a>
   * object.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotValueOverrideMap}.
   */
  public static final class SlotValueOverrideMap extends Struct<SlotValueOverrideMap> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.SlotValueOverrideMap");

    public SlotValueOverrideMap() {
      super(SCHEMA);
    }

    /**
     * The name of the slot.
     *
     * <p>CloudFormation property {@code SlotName}.
     */
    public SlotValueOverrideMap slotName(String value) {
      return set("SlotName", Value.of(value));
    }

    /** Sets {@code SlotName} to this value; see {@link #slotName(String)}. */
    public SlotValueOverrideMap slotName(Value<String> value) {
      return set("SlotName", value);
    }

    /**
     * The SlotValueOverride object to which the slot name will be mapped.
     *
     * <p>CloudFormation property {@code SlotValueOverride}.
     */
    public SlotValueOverrideMap slotValueOverride(Value<SlotValueOverride> value) {
      return set("SlotValueOverride", value);
    }
  }

  /**
   * Provides a regular expression used to validate the value of a slot.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotValueRegexFilter}.
   */
  public static final class SlotValueRegexFilter extends Struct<SlotValueRegexFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotValueRegexFilter")
        .required("Pattern")
        .constrain("Pattern", Constraint.of().minLength(1).maxLength(300))
        .build();

    public SlotValueRegexFilter() {
      super(SCHEMA);
    }

    /**
     * A regular expression used to validate the value of a slot.
     *
     * <p>Use a standard regular expression. Amazon Lex supports the following characters in the
     * regular expression:
     *
     * <ul> <li>A-Z, a-z <li>0-9 <li>Unicode characters ("&#92;⁠u&lt;Unicode&gt;") </ul>
     *
     * <p>Represent Unicode characters with four digits, for example "&#92;⁠u0041" or "&#92;⁠u005A".
     *
     * <p>The following regular expression operators are not supported:
     *
     * <ul> <li>Infinite repeaters: *, +, or {x,} with no upper bound. <li>Wild card (.) </ul>
     *
     * <p>Required. Length: 1 to 300 characters. CloudFormation property {@code Pattern}.
     */
    public SlotValueRegexFilter pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public SlotValueRegexFilter pattern(Value<String> value) {
      return set("Pattern", value);
    }
  }

  /**
   * Contains settings used by Amazon Lex to select a slot value.
   *
   * <p>Property type {@code AWS::Lex::Bot.SlotValueSelectionSetting}.
   */
  public static final class SlotValueSelectionSetting extends Struct<SlotValueSelectionSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SlotValueSelectionSetting")
        .required("ResolutionStrategy")
        .allowed("ResolutionStrategy", "ORIGINAL_VALUE", "TOP_RESOLUTION", "CONCATENATION")
        .build();

    public SlotValueSelectionSetting() {
      super(SCHEMA);
    }

    /**
     * Provides settings that enable advanced recognition settings for slot values. You can use this
     * to enable using slot values as a custom vocabulary for recognizing user utterances.
     *
     * <p>CloudFormation property {@code AdvancedRecognitionSetting}.
     */
    public SlotValueSelectionSetting advancedRecognitionSetting(Value<AdvancedRecognitionSetting> value) {
      return set("AdvancedRecognitionSetting", value);
    }

    /**
     * A regular expression used to validate the value of a slot.
     *
     * <p>CloudFormation property {@code RegexFilter}.
     */
    public SlotValueSelectionSetting regexFilter(Value<SlotValueRegexFilter> value) {
      return set("RegexFilter", value);
    }

    /**
     * Determines the slot resolution strategy that Amazon Lex uses to return slot type values. The
     * field can be set to one of the following values:
     *
     * <ul> <li><code>ORIGINAL_VALUE</code> - Returns the value entered by the user, if the user
     * value is similar to the slot value. <li><code>TOP_RESOLUTION</code> - If there is a
     * resolution list for the slot, return the first value in the resolution list as the slot type
     * value. If there is no resolution list, null is returned. </ul>
     *
     * <p>If you don't specify the <code>valueSelectionStrategy</code> , the default is
     * <code>ORIGINAL_VALUE</code> .
     *
     * <p>Required. Allowed values: {@code ORIGINAL_VALUE}, {@code TOP_RESOLUTION}, {@code
     * CONCATENATION}. CloudFormation property {@code ResolutionStrategy}.
     */
    public SlotValueSelectionSetting resolutionStrategy(String value) {
      return set("ResolutionStrategy", Value.of(value));
    }

    /** Sets {@code ResolutionStrategy} to this value; see {@link #resolutionStrategy(String)}. */
    public SlotValueSelectionSetting resolutionStrategy(Value<String> value) {
      return set("ResolutionStrategy", value);
    }
  }

  /**
   * Subslot specifications.
   *
   * <p>Property type {@code AWS::Lex::Bot.Specifications}.
   */
  public static final class Specifications extends Struct<Specifications> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.Specifications")
        .required("ValueElicitationSetting")
        .build();

    public Specifications() {
      super(SCHEMA);
    }

    /**
     * The unique identifier assigned to the slot type.
     *
     * <p>CloudFormation property {@code SlotTypeId}.
     */
    public Specifications slotTypeId(String value) {
      return set("SlotTypeId", Value.of(value));
    }

    /** Sets {@code SlotTypeId} to this value; see {@link #slotTypeId(String)}. */
    public Specifications slotTypeId(Value<String> value) {
      return set("SlotTypeId", value);
    }

    /** CloudFormation property {@code SlotTypeName}. */
    public Specifications slotTypeName(String value) {
      return set("SlotTypeName", Value.of(value));
    }

    /** Sets {@code SlotTypeName} to this value; see {@link #slotTypeName(String)}. */
    public Specifications slotTypeName(Value<String> value) {
      return set("SlotTypeName", value);
    }

    /**
     * Specifies the elicitation setting details for constituent sub slots of a composite slot.
     *
     * <p>Required. CloudFormation property {@code ValueElicitationSetting}.
     */
    public Specifications valueElicitationSetting(Value<SubSlotValueElicitationSetting> value) {
      return set("ValueElicitationSetting", value);
    }
  }

  /**
   * Configuration for a foundation model used for speech synthesis and recognition capabilities.
   *
   * <p>Property type {@code AWS::Lex::Bot.SpeechFoundationModel}.
   */
  public static final class SpeechFoundationModel extends Struct<SpeechFoundationModel> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SpeechFoundationModel")
        .required("ModelArn")
        .build();

    public SpeechFoundationModel() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ModelArn}. */
    public SpeechFoundationModel modelArn(String value) {
      return set("ModelArn", Value.of(value));
    }

    /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
    public SpeechFoundationModel modelArn(Value<String> value) {
      return set("ModelArn", value);
    }

    /**
     * The identifier of the voice to use for speech synthesis with the foundation model.
     *
     * <p>CloudFormation property {@code VoiceId}.
     */
    public SpeechFoundationModel voiceId(String value) {
      return set("VoiceId", Value.of(value));
    }

    /** Sets {@code VoiceId} to this value; see {@link #voiceId(String)}. */
    public SpeechFoundationModel voiceId(Value<String> value) {
      return set("VoiceId", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.SpeechModelConfig}. */
  public static final class SpeechModelConfig extends Struct<SpeechModelConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.SpeechModelConfig");

    public SpeechModelConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DeepgramConfig}. */
    public SpeechModelConfig deepgramConfig(Value<DeepgramSpeechModelConfig> value) {
      return set("DeepgramConfig", value);
    }
  }

  /** Property type {@code AWS::Lex::Bot.SpeechRecognitionSettings}. */
  public static final class SpeechRecognitionSettings extends Struct<SpeechRecognitionSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SpeechRecognitionSettings")
        .allowed("SpeechModelPreference", "Standard", "Neural", "Deepgram", "Advanced")
        .build();

    public SpeechRecognitionSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SpeechModelConfig}. */
    public SpeechRecognitionSettings speechModelConfig(Value<SpeechModelConfig> value) {
      return set("SpeechModelConfig", value);
    }

    /**
     * Allowed values: {@code Standard}, {@code Neural}, {@code Deepgram}, {@code Advanced}.
     * CloudFormation property {@code SpeechModelPreference}.
     */
    public SpeechRecognitionSettings speechModelPreference(String value) {
      return set("SpeechModelPreference", Value.of(value));
    }

    /**
     * Sets {@code SpeechModelPreference} to this value; see {@link #speechModelPreference(String)}.
     */
    public SpeechRecognitionSettings speechModelPreference(Value<String> value) {
      return set("SpeechModelPreference", value);
    }
  }

  /**
   * Defines the messages that Amazon Lex sends to a user to remind them that the bot is waiting for
   * a response.
   *
   * <p>Property type {@code AWS::Lex::Bot.StillWaitingResponseSpecification}.
   */
  public static final class StillWaitingResponseSpecification extends Struct<StillWaitingResponseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.StillWaitingResponseSpecification")
        .required("FrequencyInSeconds", "MessageGroupsList", "TimeoutInSeconds")
        .constrain("FrequencyInSeconds", Constraint.of().minimum(1).maximum(300))
        .constrain("TimeoutInSeconds", Constraint.of().minimum(1).maximum(900))
        .build();

    public StillWaitingResponseSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates that the user can interrupt the response by speaking while the message is being
     * played.
     *
     * <p>CloudFormation property {@code AllowInterrupt}.
     */
    public StillWaitingResponseSpecification allowInterrupt(boolean value) {
      return set("AllowInterrupt", Value.of(value));
    }

    /** Sets {@code AllowInterrupt} to this value; see {@link #allowInterrupt(boolean)}. */
    public StillWaitingResponseSpecification allowInterrupt(Value<Boolean> value) {
      return set("AllowInterrupt", value);
    }

    /**
     * How often a message should be sent to the user. Minimum of 1 second, maximum of 5 minutes.
     *
     * <p>Required. Range: 1 to 300. CloudFormation property {@code FrequencyInSeconds}.
     */
    public StillWaitingResponseSpecification frequencyInSeconds(int value) {
      return set("FrequencyInSeconds", Value.of(value));
    }

    /** Sets {@code FrequencyInSeconds} to this value; see {@link #frequencyInSeconds(int)}. */
    public StillWaitingResponseSpecification frequencyInSeconds(Value<Integer> value) {
      return set("FrequencyInSeconds", value);
    }

    /**
     * One or more message groups, each containing one or more messages, that define the prompts
     * that Amazon Lex sends to the user.
     *
     * <p>Required. CloudFormation property {@code MessageGroupsList}.
     */
    public StillWaitingResponseSpecification messageGroupsList(List<MessageGroup> value) {
      return set("MessageGroupsList", Value.listOf(value));
    }

    /** Sets {@code MessageGroupsList} to this value; see {@link #messageGroupsList(List)}. */
    public StillWaitingResponseSpecification messageGroupsList(Value<List<MessageGroup>> value) {
      return set("MessageGroupsList", value);
    }

    /** Sets {@code MessageGroupsList} to a list of these; see {@link #messageGroupsList(List)}. */
    public StillWaitingResponseSpecification messageGroupsList(MessageGroup... values) {
      return set("MessageGroupsList", Value.list(values));
    }

    /**
     * If Amazon Lex waits longer than this length of time for a response, it will stop sending
     * messages.
     *
     * <p>Required. Range: 1 to 900. CloudFormation property {@code TimeoutInSeconds}.
     */
    public StillWaitingResponseSpecification timeoutInSeconds(int value) {
      return set("TimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
    public StillWaitingResponseSpecification timeoutInSeconds(Value<Integer> value) {
      return set("TimeoutInSeconds", value);
    }
  }

  /**
   * Specifications for the constituent sub slots and the expression for the composite slot.
   *
   * <p>Property type {@code AWS::Lex::Bot.SubSlotSetting}.
   */
  public static final class SubSlotSetting extends Struct<SubSlotSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SubSlotSetting")
        .constrain("Expression", Constraint.of().pattern("[0-9A-Za-z_\\-\\s\\(\\)]+").minLength(1).maxLength(1000))
        .build();

    public SubSlotSetting() {
      super(SCHEMA);
    }

    /**
     * The expression text for defining the constituent sub slots in the composite slot using
     * logical AND and OR operators.
     *
     * <p>Length: 1 to 1000 characters. Pattern: {@code [0-9A-Za-z_&#92;-&#92;s&#92;(&#92;)]+}.
     * CloudFormation property {@code Expression}.
     */
    public SubSlotSetting expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public SubSlotSetting expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * Specifications for the constituent sub slots of a composite slot.
     *
     * <p>CloudFormation property {@code SlotSpecifications}.
     */
    public SubSlotSetting slotSpecifications(Map<String, Specifications> value) {
      return set("SlotSpecifications", Value.mapOf(value));
    }

    /** Sets {@code SlotSpecifications} to this value; see {@link #slotSpecifications(Map)}. */
    public SubSlotSetting slotSpecifications(Value<Map<String, Specifications>> value) {
      return set("SlotSpecifications", value);
    }
  }

  /**
   * Subslot type composition.
   *
   * <p>Property type {@code AWS::Lex::Bot.SubSlotTypeComposition}.
   */
  public static final class SubSlotTypeComposition extends Struct<SubSlotTypeComposition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.SubSlotTypeComposition")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$").minLength(1).maxLength(100))
        .constrain("SlotTypeId", Constraint.of().pattern("^((AMAZON\\.)[a-zA-Z_]+?|[0-9a-zA-Z]+)$").minLength(1).maxLength(25))
        .build();

    public SubSlotTypeComposition() {
      super(SCHEMA);
    }

    /**
     * Name of a constituent sub slot inside a composite slot.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}.
     * CloudFormation property {@code Name}.
     */
    public SubSlotTypeComposition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SubSlotTypeComposition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The unique identifier assigned to a slot type. This refers to either a built-in slot type or
     * the unique slotTypeId of a custom slot type.
     *
     * <p>Length: 1 to 25 characters. Pattern: {@code ^((AMAZON&#92;.)[a-zA-Z_]+?|[0-9a-zA-Z]+)$}.
     * CloudFormation property {@code SlotTypeId}.
     */
    public SubSlotTypeComposition slotTypeId(String value) {
      return set("SlotTypeId", Value.of(value));
    }

    /** Sets {@code SlotTypeId} to this value; see {@link #slotTypeId(String)}. */
    public SubSlotTypeComposition slotTypeId(Value<String> value) {
      return set("SlotTypeId", value);
    }

    /** CloudFormation property {@code SlotTypeName}. */
    public SubSlotTypeComposition slotTypeName(String value) {
      return set("SlotTypeName", Value.of(value));
    }

    /** Sets {@code SlotTypeName} to this value; see {@link #slotTypeName(String)}. */
    public SubSlotTypeComposition slotTypeName(Value<String> value) {
      return set("SlotTypeName", value);
    }
  }

  /**
   * Subslot elicitation settings.
   *
   * <p><code>DefaultValueSpecification</code> is a list of default values for a constituent sub
   * slot in a composite slot. Default values are used when Amazon Lex hasn't determined a value for
   * a slot. You can specify default values from context variables, session attributes, and defined
   * values. This is similar to <code>DefaultValueSpecification</code> for slots.
   *
   * <p><code>PromptSpecification</code> is the prompt that Amazon Lex uses to elicit the sub slot
   * value from the user. This is similar to <code>PromptSpecification</code> for slots.
   *
   * <p>Property type {@code AWS::Lex::Bot.SubSlotValueElicitationSetting}.
   */
  public static final class SubSlotValueElicitationSetting extends Struct<SubSlotValueElicitationSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::Bot.SubSlotValueElicitationSetting");

    public SubSlotValueElicitationSetting() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DefaultValueSpecification}. */
    public SubSlotValueElicitationSetting defaultValueSpecification(Value<SlotDefaultValueSpecification> value) {
      return set("DefaultValueSpecification", value);
    }

    /** CloudFormation property {@code PromptSpecification}. */
    public SubSlotValueElicitationSetting promptSpecification(Value<PromptSpecification> value) {
      return set("PromptSpecification", value);
    }

    /**
     * If you know a specific pattern that users might respond to an Amazon Lex request for a sub
     * slot value, you can provide those utterances to improve accuracy. This is optional. In most
     * cases Amazon Lex is capable of understanding user utterances. This is similar to
     * <code>SampleUtterances</code> for slots.
     *
     * <p>CloudFormation property {@code SampleUtterances}.
     */
    public SubSlotValueElicitationSetting sampleUtterances(List<SampleUtterance> value) {
      return set("SampleUtterances", Value.listOf(value));
    }

    /** Sets {@code SampleUtterances} to this value; see {@link #sampleUtterances(List)}. */
    public SubSlotValueElicitationSetting sampleUtterances(Value<List<SampleUtterance>> value) {
      return set("SampleUtterances", value);
    }

    /** Sets {@code SampleUtterances} to a list of these; see {@link #sampleUtterances(List)}. */
    public SubSlotValueElicitationSetting sampleUtterances(SampleUtterance... values) {
      return set("SampleUtterances", Value.list(values));
    }

    /** CloudFormation property {@code WaitAndContinueSpecification}. */
    public SubSlotValueElicitationSetting waitAndContinueSpecification(Value<WaitAndContinueSpecification> value) {
      return set("WaitAndContinueSpecification", value);
    }
  }

  /**
   * Specifies configuration settings for the alias used to test the bot. If the
   * <code>TestBotAliasSettings</code> property is not specified, the settings are configured with
   * default values.
   *
   * <p>Property type {@code AWS::Lex::Bot.TestBotAliasSettings}.
   */
  public static final class TestBotAliasSettings extends Struct<TestBotAliasSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.TestBotAliasSettings")
        .constrain("Description", Constraint.of().maxLength(2000))
        .build();

    public TestBotAliasSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies settings that are unique to a locale. For example, you can use a different Lambda
     * function depending on the bot's locale.
     *
     * <p>CloudFormation property {@code BotAliasLocaleSettings}.
     */
    public TestBotAliasSettings botAliasLocaleSettings(List<BotAliasLocaleSettingsItem> value) {
      return set("BotAliasLocaleSettings", Value.listOf(value));
    }

    /**
     * Sets {@code BotAliasLocaleSettings} to this value; see {@link #botAliasLocaleSettings(List)}.
     */
    public TestBotAliasSettings botAliasLocaleSettings(Value<List<BotAliasLocaleSettingsItem>> value) {
      return set("BotAliasLocaleSettings", value);
    }

    /**
     * Sets {@code BotAliasLocaleSettings} to a list of these; see {@link
     * #botAliasLocaleSettings(List)}.
     */
    public TestBotAliasSettings botAliasLocaleSettings(BotAliasLocaleSettingsItem... values) {
      return set("BotAliasLocaleSettings", Value.list(values));
    }

    /**
     * Specifies settings for conversation logs that save audio, text, and metadata information for
     * conversations with your users.
     *
     * <p>CloudFormation property {@code ConversationLogSettings}.
     */
    public TestBotAliasSettings conversationLogSettings(Value<ConversationLogSettings> value) {
      return set("ConversationLogSettings", value);
    }

    /**
     * Specifies a description for the test bot alias.
     *
     * <p>Length: at most 2000 characters. CloudFormation property {@code Description}.
     */
    public TestBotAliasSettings description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TestBotAliasSettings description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Specifies whether Amazon Lex will use Amazon Comprehend to detect the sentiment of user
     * utterances.
     *
     * <p>CloudFormation property {@code SentimentAnalysisSettings}.
     */
    public TestBotAliasSettings sentimentAnalysisSettings(Value<SentimentAnalysisSettings> value) {
      return set("SentimentAnalysisSettings", value);
    }
  }

  /**
   * Specifies the text input specifications.
   *
   * <p>Property type {@code AWS::Lex::Bot.TextInputSpecification}.
   */
  public static final class TextInputSpecification extends Struct<TextInputSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.TextInputSpecification")
        .required("StartTimeoutMs")
        .build();

    public TextInputSpecification() {
      super(SCHEMA);
    }

    /**
     * Time for which a bot waits before re-prompting a customer for text input.
     *
     * <p>Required. CloudFormation property {@code StartTimeoutMs}.
     */
    public TextInputSpecification startTimeoutMs(int value) {
      return set("StartTimeoutMs", Value.of(value));
    }

    /** Sets {@code StartTimeoutMs} to this value; see {@link #startTimeoutMs(int)}. */
    public TextInputSpecification startTimeoutMs(Value<Integer> value) {
      return set("StartTimeoutMs", value);
    }
  }

  /**
   * Defines the Amazon CloudWatch Logs destination log group for conversation text logs.
   *
   * <p>Property type {@code AWS::Lex::Bot.TextLogDestination}.
   */
  public static final class TextLogDestination extends Struct<TextLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.TextLogDestination")
        .required("CloudWatch")
        .build();

    public TextLogDestination() {
      super(SCHEMA);
    }

    /**
     * Defines the Amazon CloudWatch Logs log group where text and metadata logs are delivered.
     *
     * <p>Required. CloudFormation property {@code CloudWatch}.
     */
    public TextLogDestination cloudWatch(Value<CloudWatchLogGroupLogDestination> value) {
      return set("CloudWatch", value);
    }
  }

  /**
   * Defines settings to enable text conversation logs.
   *
   * <p>Property type {@code AWS::Lex::Bot.TextLogSetting}.
   */
  public static final class TextLogSetting extends Struct<TextLogSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.TextLogSetting")
        .required("Destination", "Enabled")
        .build();

    public TextLogSetting() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon CloudWatch Logs destination log group for conversation text logs.
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public TextLogSetting destination(Value<TextLogDestination> value) {
      return set("Destination", value);
    }

    /**
     * Determines whether conversation logs should be stored for an alias.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public TextLogSetting enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TextLogSetting enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Unified configuration settings that combine speech recognition and synthesis capabilities.
   *
   * <p>Property type {@code AWS::Lex::Bot.UnifiedSpeechSettings}.
   */
  public static final class UnifiedSpeechSettings extends Struct<UnifiedSpeechSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.UnifiedSpeechSettings")
        .required("SpeechFoundationModel")
        .build();

    public UnifiedSpeechSettings() {
      super(SCHEMA);
    }

    /**
     * The foundation model configuration to use for unified speech processing capabilities.
     *
     * <p>Required. CloudFormation property {@code SpeechFoundationModel}.
     */
    public UnifiedSpeechSettings speechFoundationModel(Value<SpeechFoundationModel> value) {
      return set("SpeechFoundationModel", value);
    }
  }

  /**
   * Defines settings for using an Amazon Polly voice to communicate with a user.
   *
   * <p>Valid values include:
   *
   * <ul> <li><code>standard</code> <li><code>neural</code> <li><code>long-form</code>
   * <li><code>generative</code> </ul>
   *
   * <p>Property type {@code AWS::Lex::Bot.VoiceSettings}.
   */
  public static final class VoiceSettings extends Struct<VoiceSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.VoiceSettings")
        .required("VoiceId")
        .allowed("Engine", "standard", "neural", "long-form", "generative")
        .build();

    public VoiceSettings() {
      super(SCHEMA);
    }

    /**
     * Indicates the type of Amazon Polly voice that Amazon Lex should use for voice interaction
     * with the user. For more information, see the <a
     * href="https://docs.aws.amazon.com/polly/latest/dg/API_SynthesizeSpeech.html#polly-SynthesizeSpeech-request-Engine"><code>engine</code>
     * parameter of the <code>SynthesizeSpeech</code> operation</a> in the <em>Amazon Polly
     * developer guide</em> .
     *
     * <p>If you do not specify a value, the default is <code>standard</code> .
     *
     * <p>Allowed values: {@code standard}, {@code neural}, {@code long-form}, {@code generative}.
     * CloudFormation property {@code Engine}.
     */
    public VoiceSettings engine(String value) {
      return set("Engine", Value.of(value));
    }

    /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
    public VoiceSettings engine(Value<String> value) {
      return set("Engine", value);
    }

    /**
     * The identifier of the Amazon Polly voice to use.
     *
     * <p>Required. CloudFormation property {@code VoiceId}.
     */
    public VoiceSettings voiceId(String value) {
      return set("VoiceId", Value.of(value));
    }

    /** Sets {@code VoiceId} to this value; see {@link #voiceId(String)}. */
    public VoiceSettings voiceId(Value<String> value) {
      return set("VoiceId", value);
    }
  }

  /**
   * Specifies the prompts that Amazon Lex uses while a bot is waiting for customer input.
   *
   * <p>Property type {@code AWS::Lex::Bot.WaitAndContinueSpecification}.
   */
  public static final class WaitAndContinueSpecification extends Struct<WaitAndContinueSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::Bot.WaitAndContinueSpecification")
        .required("ContinueResponse", "WaitingResponse")
        .build();

    public WaitAndContinueSpecification() {
      super(SCHEMA);
    }

    /**
     * The response that Amazon Lex sends to indicate that the bot is ready to continue the
     * conversation.
     *
     * <p>Required. CloudFormation property {@code ContinueResponse}.
     */
    public WaitAndContinueSpecification continueResponse(Value<ResponseSpecification> value) {
      return set("ContinueResponse", value);
    }

    /**
     * Specifies whether the bot will wait for a user to respond. When this field is false, wait and
     * continue responses for a slot aren't used. If the <code>IsActive</code> field isn't
     * specified, the default is true.
     *
     * <p>CloudFormation property {@code IsActive}.
     */
    public WaitAndContinueSpecification isActive(boolean value) {
      return set("IsActive", Value.of(value));
    }

    /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
    public WaitAndContinueSpecification isActive(Value<Boolean> value) {
      return set("IsActive", value);
    }

    /**
     * A response that Amazon Lex sends periodically to the user to indicate that the bot is still
     * waiting for input from the user.
     *
     * <p>CloudFormation property {@code StillWaitingResponse}.
     */
    public WaitAndContinueSpecification stillWaitingResponse(Value<StillWaitingResponseSpecification> value) {
      return set("StillWaitingResponse", value);
    }

    /**
     * The response that Amazon Lex sends to indicate that the bot is waiting for the conversation
     * to continue.
     *
     * <p>Required. CloudFormation property {@code WaitingResponse}.
     */
    public WaitAndContinueSpecification waitingResponse(Value<ResponseSpecification> value) {
      return set("WaitingResponse", value);
    }
  }
}
