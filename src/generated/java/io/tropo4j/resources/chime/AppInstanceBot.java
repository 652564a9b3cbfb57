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
 * Resource Type definition for AWS::Chime::AppInstanceBot
 *
 * <p>CloudFormation type {@code AWS::Chime::AppInstanceBot}.
 */
public final class AppInstanceBot extends Resource<AppInstanceBot> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceBot")
      .required("AppInstanceArn", "Configuration")
      .constrain("AppInstanceArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(5).maxLength(1600))
      .constrain("Metadata", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]*$").minLength(0).maxLength(256))
      .refYields("AppInstanceBotArn")
      .attributes("AppInstanceBotArn", "CreatedTimestamp", "LastUpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppInstanceBot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the AppInstance.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 1600 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code AppInstanceArn}.
   */
  public AppInstanceBot appInstanceArn(String value) {
    return set("AppInstanceArn", Value.of(value));
  }

  /** Sets {@code AppInstanceArn} to this value; see {@link #appInstanceArn(String)}. */
  public AppInstanceBot appInstanceArn(Value<String> value) {
    return set("AppInstanceArn", value);
  }

  /**
   * A structure that contains configuration data.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public AppInstanceBot configuration(Value<Configuration> value) {
    return set("Configuration", value);
  }

  /**
   * The metadata of the AppInstanceBot.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code Metadata}.
   */
  public AppInstanceBot metadataProperty(String value) {
    return set("Metadata", Value.of(value));
  }

  /** Sets {@code Metadata} to this value; see {@link #metadataProperty(String)}. */
  public AppInstanceBot metadataProperty(Value<String> value) {
    return set("Metadata", value);
  }

  /**
   * The name of the AppInstanceBot.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u0085&#92;u00A0-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;u10000-&#92;u10FFFF]*$}.
   * CloudFormation property {@code Name}.
   */
  public AppInstanceBot name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AppInstanceBot name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags assigned to the AppInstanceBot.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AppInstanceBot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppInstanceBot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppInstanceBot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the AppInstanceBot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppInstanceBotArn}.
   */
  public Value<String> appInstanceBotArn() {
    return getAtt("AppInstanceBotArn");
  }

  /**
   * The time at which the AppInstanceBot was created, as an ISO 8601 timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The time at which the AppInstanceBot was last updated, as an ISO 8601 timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTimestamp}.
   */
  public Value<String> lastUpdatedTimestamp() {
    return getAtt("LastUpdatedTimestamp");
  }

  /**
   * A structure that contains configuration data.
   *
   * <p>Property type {@code AWS::Chime::AppInstanceBot.Configuration}.
   */
  public static final class Configuration extends Struct<Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceBot.Configuration")
        .required("Lex")
        .build();

    public Configuration() {
      super(SCHEMA);
    }

    /**
     * The configuration for an Amazon Lex V2 bot.
     *
     * <p>Required. CloudFormation property {@code Lex}.
     */
    public Configuration lex(Value<LexConfiguration> value) {
      return set("Lex", value);
    }
  }

  /**
   * Specifies the type of message that triggers a bot.
   *
   * <p>Property type {@code AWS::Chime::AppInstanceBot.InvokedBy}.
   */
  public static final class InvokedBy extends Struct<InvokedBy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceBot.InvokedBy")
        .required("StandardMessages", "TargetedMessages")
        .allowed("StandardMessages", "AUTO", "ALL", "MENTIONS", "NONE")
        .allowed("TargetedMessages", "ALL", "NONE")
        .build();

    public InvokedBy() {
      super(SCHEMA);
    }

    /**
     * Sets standard messages as the bot trigger.
     *
     * <p>Required. Allowed values: {@code AUTO}, {@code ALL}, {@code MENTIONS}, {@code NONE}.
     * CloudFormation property {@code StandardMessages}.
     */
    public InvokedBy standardMessages(String value) {
      return set("StandardMessages", Value.of(value));
    }

    /** Sets {@code StandardMessages} to this value; see {@link #standardMessages(String)}. */
    public InvokedBy standardMessages(Value<String> value) {
      return set("StandardMessages", value);
    }

    /**
     * Sets targeted messages as the bot trigger.
     *
     * <p>Required. Allowed values: {@code ALL}, {@code NONE}. CloudFormation property {@code
     * TargetedMessages}.
     */
    public InvokedBy targetedMessages(String value) {
      return set("TargetedMessages", Value.of(value));
    }

    /** Sets {@code TargetedMessages} to this value; see {@link #targetedMessages(String)}. */
    public InvokedBy targetedMessages(Value<String> value) {
      return set("TargetedMessages", value);
    }
  }

  /**
   * The configuration for an Amazon Lex V2 bot.
   *
   * <p>Property type {@code AWS::Chime::AppInstanceBot.LexConfiguration}.
   */
  public static final class LexConfiguration extends Struct<LexConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceBot.LexConfiguration")
        .required("LexBotAliasArn", "LocaleId")
        .constrain("LexBotAliasArn", Constraint.of().pattern("^arn:aws:lex:[a-z]{2}-[a-z]+-\\d{1}:\\d{12}:bot-alias/[A-Z0-9]{10}/[A-Z0-9]{10}$").minLength(15).maxLength(2048))
        .allowed("RespondsTo", "STANDARD_MESSAGES")
        .constrain("WelcomeIntent", Constraint.of().pattern("^([A-Za-z]_?)+$").minLength(1).maxLength(100))
        .build();

    public LexConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the type of message that triggers a bot.
     *
     * <p>CloudFormation property {@code InvokedBy}.
     */
    public LexConfiguration invokedBy(Value<InvokedBy> value) {
      return set("InvokedBy", value);
    }

    /**
     * The ARN of the Amazon Lex V2 bot's alias.
     *
     * <p>Required. Length: 15 to 2048 characters. Pattern: {@code
     * ^arn:aws:lex:[a-z]{2}-[a-z]+-&#92;d{1}:&#92;d{12}:bot-alias/[A-Z0-9]{10}/[A-Z0-9]{10}$}.
     * CloudFormation property {@code LexBotAliasArn}.
     */
    public LexConfiguration lexBotAliasArn(String value) {
      return set("LexBotAliasArn", Value.of(value));
    }

    /** Sets {@code LexBotAliasArn} to this value; see {@link #lexBotAliasArn(String)}. */
    public LexConfiguration lexBotAliasArn(Value<String> value) {
      return set("LexBotAliasArn", value);
    }

    /**
     * Identifies the Amazon Lex V2 bot's language and locale.
     *
     * <p>Required. CloudFormation property {@code LocaleId}.
     */
    public LexConfiguration localeId(String value) {
      return set("LocaleId", Value.of(value));
    }

    /** Sets {@code LocaleId} to this value; see {@link #localeId(String)}. */
    public LexConfiguration localeId(Value<String> value) {
      return set("LocaleId", value);
    }

    /**
     * Determines whether the Amazon Lex V2 bot responds to all standard messages. Control messages
     * are not supported.
     *
     * <p>Allowed values: {@code STANDARD_MESSAGES}. CloudFormation property {@code RespondsTo}.
     */
    public LexConfiguration respondsTo(String value) {
      return set("RespondsTo", Value.of(value));
    }

    /** Sets {@code RespondsTo} to this value; see {@link #respondsTo(String)}. */
    public LexConfiguration respondsTo(Value<String> value) {
      return set("RespondsTo", value);
    }

    /**
     * The name of the welcome intent configured in the Amazon Lex V2 bot.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^([A-Za-z]_?)+$}. CloudFormation property
     * {@code WelcomeIntent}.
     */
    public LexConfiguration welcomeIntent(String value) {
      return set("WelcomeIntent", Value.of(value));
    }

    /** Sets {@code WelcomeIntent} to this value; see {@link #welcomeIntent(String)}. */
    public LexConfiguration welcomeIntent(Value<String> value) {
      return set("WelcomeIntent", value);
    }
  }
}
