// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lex;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Amazon Lex V2 is the only supported version in CloudFormation .
 *
 * <p>Specifies an alias for the specified version of a bot. Use an alias to enable you to change
 * the version of a bot without updating applications that use the bot.
 *
 * <p>For example, you can specify an alias called "PROD" that your applications use to call the
 * Amazon Lex bot.
 *
 * <p>CloudFormation type {@code AWS::Lex::BotAlias}.
 */
public final class BotAlias extends Resource<BotAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias")
      .required("BotAliasName", "BotId")
      .constrain("BotAliasName", Constraint.of().pattern("^([0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(100))
      .constrain("BotId", Constraint.of().pattern("^[0-9a-zA-Z]+$").minLength(10).maxLength(10))
      .constrain("BotVersion", Constraint.of().pattern("^(DRAFT|[0-9]+)$").minLength(1).maxLength(5))
      .constrain("Description", Constraint.of().maxLength(200))
      .attributes("Arn", "BotAliasId", "BotAliasStatus")
      .tags("BotAliasTags", Schema.TagForm.LIST)
      .build();

  public BotAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies settings that are unique to a locale. For example, you can use different Lambda
   * function depending on the bot's locale.
   *
   * <p>CloudFormation property {@code BotAliasLocaleSettings}.
   */
  public BotAlias botAliasLocaleSettings(List<BotAliasLocaleSettingsItem> value) {
    return set("BotAliasLocaleSettings", Value.listOf(value));
  }

  /**
   * Sets {@code BotAliasLocaleSettings} to this value; see {@link #botAliasLocaleSettings(List)}.
   */
  public BotAlias botAliasLocaleSettings(Value<List<BotAliasLocaleSettingsItem>> value) {
    return set("BotAliasLocaleSettings", value);
  }

  /**
   * Sets {@code BotAliasLocaleSettings} to a list of these; see {@link
   * #botAliasLocaleSettings(List)}.
   */
  public BotAlias botAliasLocaleSettings(BotAliasLocaleSettingsItem... values) {
    return set("BotAliasLocaleSettings", Value.list(values));
  }

  /**
   * The name of the bot alias.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^([0-9a-zA-Z][_-]?)+$}.
   * CloudFormation property {@code BotAliasName}.
   */
  public BotAlias botAliasName(String value) {
    return set("BotAliasName", Value.of(value));
  }

  /** Sets {@code BotAliasName} to this value; see {@link #botAliasName(String)}. */
  public BotAlias botAliasName(Value<String> value) {
    return set("BotAliasName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>You can only add tags when you specify an alias.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code BotAliasTags}.
   */
  public BotAlias botAliasTags(List<Tag> value) {
    return set("BotAliasTags", Value.listOf(value));
  }

  /** Sets {@code BotAliasTags} to this value; see {@link #botAliasTags(List)}. */
  public BotAlias botAliasTags(Value<List<Tag>> value) {
    return set("BotAliasTags", value);
  }

  /**
   * Sets {@code BotAliasTags} to the tags, as a list of Key and Value; see {@link
   * #botAliasTags(List)}.
   */
  public BotAlias botAliasTags(Tags tags) {
    return set("BotAliasTags", tags);
  }

  /**
   * The unique identifier of the bot.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 10 characters. Pattern: {@code
   * ^[0-9a-zA-Z]+$}. CloudFormation property {@code BotId}.
   */
  public BotAlias botId(String value) {
    return set("BotId", Value.of(value));
  }

  /** Sets {@code BotId} to this value; see {@link #botId(String)}. */
  public BotAlias botId(Value<String> value) {
    return set("BotId", value);
  }

  /**
   * The version of the bot that the bot alias references.
   *
   * <p>Length: 1 to 5 characters. Pattern: {@code ^(DRAFT|[0-9]+)$}. CloudFormation property {@code
   * BotVersion}.
   */
  public BotAlias botVersion(String value) {
    return set("BotVersion", Value.of(value));
  }

  /** Sets {@code BotVersion} to this value; see {@link #botVersion(String)}. */
  public BotAlias botVersion(Value<String> value) {
    return set("BotVersion", value);
  }

  /**
   * Specifies whether Amazon Lex logs text and audio for conversations with the bot. When you
   * enable conversation logs, text logs store text input, transcripts of audio input, and
   * associated metadata in Amazon CloudWatch logs. Audio logs store input in Amazon S3 .
   *
   * <p>CloudFormation property {@code ConversationLogSettings}.
   */
  public BotAlias conversationLogSettings(Value<ConversationLogSettings> value) {
    return set("ConversationLogSettings", value);
  }

  /**
   * The description of the bot alias.
   *
   * <p>Length: at most 200 characters. CloudFormation property {@code Description}.
   */
  public BotAlias description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public BotAlias description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Determines whether Amazon Lex will use Amazon Comprehend to detect the sentiment of user
   * utterances.
   *
   * <p>CloudFormation property {@code SentimentAnalysisSettings}.
   */
  public BotAlias sentimentAnalysisSettings(Value<SentimentAnalysisSettings> value) {
    return set("SentimentAnalysisSettings", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the bot alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the bot alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BotAliasId}.
   */
  public Value<String> botAliasId() {
    return getAtt("BotAliasId");
  }

  /**
   * The current status of the bot alias. When the status is Available the alias is ready for use
   * with your bot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BotAliasStatus}.
   */
  public Value<String> botAliasStatus() {
    return getAtt("BotAliasStatus");
  }

  /**
   * Specifies the S3 bucket location where audio logs are stored.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.AudioLogDestination}.
   */
  public static final class AudioLogDestination extends Struct<AudioLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.AudioLogDestination")
        .required("S3Bucket")
        .constrain("S3Bucket", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public AudioLogDestination() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket location where audio logs are stored.
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
   * <p>Property type {@code AWS::Lex::BotAlias.AudioLogSetting}.
   */
  public static final class AudioLogSetting extends Struct<AudioLogSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.AudioLogSetting")
        .required("Destination", "Enabled")
        .build();

    public AudioLogSetting() {
      super(SCHEMA);
    }

    /**
     * The location of audio log files collected when conversation logging is enabled for a bot.
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
   * Specifies settings that are unique to a locale. For example, you can use different Lambda
   * function depending on the bot's locale.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.BotAliasLocaleSettings}.
   */
  public static final class BotAliasLocaleSettings extends Struct<BotAliasLocaleSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.BotAliasLocaleSettings")
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
   * Specifies settings that are unique to a locale. For example, you can use different Lambda
   * function depending on the bot's locale.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.BotAliasLocaleSettingsItem}.
   */
  public static final class BotAliasLocaleSettingsItem extends Struct<BotAliasLocaleSettingsItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.BotAliasLocaleSettingsItem")
        .required("BotAliasLocaleSetting", "LocaleId")
        .constrain("LocaleId", Constraint.of().minLength(1).maxLength(128))
        .build();

    public BotAliasLocaleSettingsItem() {
      super(SCHEMA);
    }

    /**
     * Specifies settings that are unique to a locale.
     *
     * <p>Required. CloudFormation property {@code BotAliasLocaleSetting}.
     */
    public BotAliasLocaleSettingsItem botAliasLocaleSetting(Value<BotAliasLocaleSettings> value) {
      return set("BotAliasLocaleSetting", value);
    }

    /**
     * The unique identifier of the locale.
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
   * The Amazon CloudWatch Logs log group where the text and metadata logs are delivered. The log
   * group must exist before you enable logging.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.CloudWatchLogGroupLogDestination}.
   */
  public static final class CloudWatchLogGroupLogDestination extends Struct<CloudWatchLogGroupLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.CloudWatchLogGroupLogDestination")
        .required("CloudWatchLogGroupArn", "LogPrefix")
        .constrain("CloudWatchLogGroupArn", Constraint.of().minLength(1).maxLength(2048))
        .references("CloudWatchLogGroupArn", "AWS::Logs::LogGroup.Arn")
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
     * Sets {@code CloudWatchLogGroupArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
     * #cloudWatchLogGroupArn(String)}.
     */
    public CloudWatchLogGroupLogDestination cloudWatchLogGroupArn(LogGroup resource) {
      return set("CloudWatchLogGroupArn", resource.arn());
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
   * <p>Property type {@code AWS::Lex::BotAlias.CodeHookSpecification}.
   */
  public static final class CodeHookSpecification extends Struct<CodeHookSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.CodeHookSpecification")
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
   * Configures conversation logging that saves audio, text, and metadata for the conversations with
   * your users.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.ConversationLogSettings}.
   */
  public static final class ConversationLogSettings extends Struct<ConversationLogSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::Lex::BotAlias.ConversationLogSettings");

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
   * Specifies a Lambda function that verifies requests to a bot or fulfills the user's request to a
   * bot.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.LambdaCodeHook}.
   */
  public static final class LambdaCodeHook extends Struct<LambdaCodeHook> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.LambdaCodeHook")
        .required("CodeHookInterfaceVersion", "LambdaArn")
        .constrain("CodeHookInterfaceVersion", Constraint.of().minLength(1).maxLength(5))
        .constrain("LambdaArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .references("LambdaArn", "AWS::Lambda::Function.Arn")
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

    /**
     * Sets {@code LambdaArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #lambdaArn(String)}.
     */
    public LambdaCodeHook lambdaArn(Function resource) {
      return set("LambdaArn", resource.arn());
    }
  }

  /**
   * Specifies an Amazon S3 bucket for logging audio conversations
   *
   * <p>Property type {@code AWS::Lex::BotAlias.S3BucketLogDestination}.
   */
  public static final class S3BucketLogDestination extends Struct<S3BucketLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.S3BucketLogDestination")
        .required("LogPrefix", "S3BucketArn")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:[\\w\\-]+:kms:[\\w\\-]+:[\\d]{12}:(?:key\\/[\\w\\-]+|alias\\/[a-zA-Z0-9:\\/_\\-]{1,256})$").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("LogPrefix", Constraint.of().minLength(0).maxLength(1024))
        .constrain("S3BucketArn", Constraint.of().pattern("^arn:[\\w\\-]+:s3:::[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(1).maxLength(2048))
        .references("S3BucketArn", "AWS::S3::Bucket.Arn")
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

    /**
     * Sets {@code S3BucketArn} to the Arn of {@code AWS::S3::Bucket}; see {@link
     * #s3BucketArn(String)}.
     */
    public S3BucketLogDestination s3BucketArn(Bucket resource) {
      return set("S3BucketArn", resource.arn());
    }
  }

  /**
   * Determines whether Amazon Lex will use Amazon Comprehend to detect the sentiment of user
   * utterances.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.SentimentAnalysisSettings}.
   */
  public static final class SentimentAnalysisSettings extends Struct<SentimentAnalysisSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.SentimentAnalysisSettings")
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
   * Defines the Amazon CloudWatch Logs destination log group for conversation text logs.
   *
   * <p>Property type {@code AWS::Lex::BotAlias.TextLogDestination}.
   */
  public static final class TextLogDestination extends Struct<TextLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.TextLogDestination")
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
   * <p>Property type {@code AWS::Lex::BotAlias.TextLogSetting}.
   */
  public static final class TextLogSetting extends Struct<TextLogSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotAlias.TextLogSetting")
        .required("Destination", "Enabled")
        .build();

    public TextLogSetting() {
      super(SCHEMA);
    }

    /**
     * Defines the Amazon CloudWatch Logs destination log group for conversation text logs.
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
}
