// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lex;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Amazon Lex V2 is the only supported version in CloudFormation .
 *
 * <p>Specifies a new version of the bot based on the <code>DRAFT</code> version. If the
 * <code>DRAFT</code> version of this resource hasn't changed since you created the last version,
 * Amazon Lex doesn't create a new version, it returns the last created version.
 *
 * <p>When you specify the first version of a bot, Amazon Lex sets the version to 1. Subsequent
 * versions increment by 1.
 *
 * <p>CloudFormation type {@code AWS::Lex::BotVersion}.
 */
public final class BotVersion extends Resource<BotVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotVersion")
      .required("BotId", "BotVersionLocaleSpecification")
      .constrain("BotId", Constraint.of().pattern("^[0-9a-zA-Z]+$").minLength(10).maxLength(10))
      .references("BotId", "AWS::Lex::Bot.Ref")
      .constrain("Description", Constraint.of().maxLength(200))
      .attributes("BotVersion")
      .build();

  public BotVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the bot.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 10 characters. Pattern: {@code
   * ^[0-9a-zA-Z]+$}. CloudFormation property {@code BotId}.
   */
  public BotVersion botId(String value) {
    return set("BotId", Value.of(value));
  }

  /** Sets {@code BotId} to this value; see {@link #botId(String)}. */
  public BotVersion botId(Value<String> value) {
    return set("BotId", value);
  }

  /** Sets {@code BotId} to the Ref of {@code AWS::Lex::Bot}; see {@link #botId(String)}. */
  public BotVersion botId(Bot resource) {
    return set("BotId", resource.ref());
  }

  /**
   * Specifies the locales that Amazon Lex adds to this version. You can choose the Draft version or
   * any other previously published version for each locale. When you specify a source version, the
   * locale data is copied from the source version to the new version.
   *
   * <p>Required. CloudFormation property {@code BotVersionLocaleSpecification}.
   */
  public BotVersion botVersionLocaleSpecification(List<BotVersionLocaleSpecification> value) {
    return set("BotVersionLocaleSpecification", Value.listOf(value));
  }

  /**
   * Sets {@code BotVersionLocaleSpecification} to this value; see {@link
   * #botVersionLocaleSpecification(List)}.
   */
  public BotVersion botVersionLocaleSpecification(Value<List<BotVersionLocaleSpecification>> value) {
    return set("BotVersionLocaleSpecification", value);
  }

  /**
   * Sets {@code BotVersionLocaleSpecification} to a list of these; see {@link
   * #botVersionLocaleSpecification(List)}.
   */
  public BotVersion botVersionLocaleSpecification(BotVersionLocaleSpecification... values) {
    return set("BotVersionLocaleSpecification", Value.list(values));
  }

  /**
   * The description of the version.
   *
   * <p>Length: at most 200 characters. CloudFormation property {@code Description}.
   */
  public BotVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public BotVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The version of the bot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BotVersion}.
   */
  public Value<String> botVersion() {
    return getAtt("BotVersion");
  }

  /**
   * The version of a bot used for a bot locale.
   *
   * <p>Property type {@code AWS::Lex::BotVersion.BotVersionLocaleDetails}.
   */
  public static final class BotVersionLocaleDetails extends Struct<BotVersionLocaleDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotVersion.BotVersionLocaleDetails")
        .required("SourceBotVersion")
        .constrain("SourceBotVersion", Constraint.of().pattern("^(DRAFT|[0-9]+)$").minLength(1).maxLength(5))
        .build();

    public BotVersionLocaleDetails() {
      super(SCHEMA);
    }

    /**
     * The version of a bot used for a bot locale.
     *
     * <p>Required. Length: 1 to 5 characters. Pattern: {@code ^(DRAFT|[0-9]+)$}. CloudFormation
     * property {@code SourceBotVersion}.
     */
    public BotVersionLocaleDetails sourceBotVersion(String value) {
      return set("SourceBotVersion", Value.of(value));
    }

    /** Sets {@code SourceBotVersion} to this value; see {@link #sourceBotVersion(String)}. */
    public BotVersionLocaleDetails sourceBotVersion(Value<String> value) {
      return set("SourceBotVersion", value);
    }
  }

  /**
   * Specifies the locale that Amazon Lex adds to this version. You can choose the Draft version or
   * any other previously published version for each locale. When you specify a source version, the
   * locale data is copied from the source version to the new version.
   *
   * <p>Property type {@code AWS::Lex::BotVersion.BotVersionLocaleSpecification}.
   */
  public static final class BotVersionLocaleSpecification extends Struct<BotVersionLocaleSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lex::BotVersion.BotVersionLocaleSpecification")
        .required("BotVersionLocaleDetails", "LocaleId")
        .build();

    public BotVersionLocaleSpecification() {
      super(SCHEMA);
    }

    /**
     * The version of a bot used for a bot locale.
     *
     * <p>Required. CloudFormation property {@code BotVersionLocaleDetails}.
     */
    public BotVersionLocaleSpecification botVersionLocaleDetails(Value<BotVersionLocaleDetails> value) {
      return set("BotVersionLocaleDetails", value);
    }

    /**
     * The identifier of the locale to add to the version.
     *
     * <p>Required. CloudFormation property {@code LocaleId}.
     */
    public BotVersionLocaleSpecification localeId(String value) {
      return set("LocaleId", Value.of(value));
    }

    /** Sets {@code LocaleId} to this value; see {@link #localeId(String)}. */
    public BotVersionLocaleSpecification localeId(Value<String> value) {
      return set("LocaleId", value);
    }
  }
}
