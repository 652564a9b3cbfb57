// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.smsvoice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new pool and associates the specified origination identity to the pool. A pool can
 * include one or more phone numbers and SenderIds that are associated with your AWS account.
 *
 * <p>The new pool inherits its configuration from the specified origination identity. This includes
 * keywords, message type, opt-out list, two-way configuration, and self-managed opt-out
 * configuration. Deletion protection isn't inherited from the origination identity and defaults to
 * false.
 *
 * <p>If the origination identity is a phone number and is already associated with another pool, an
 * error is returned. A sender ID can be associated with multiple pools.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::Pool}.
 */
public final class Pool extends Resource<Pool> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::Pool")
      .required("MandatoryKeywords", "OriginationIdentities")
      .constrain("OptOutListName", Constraint.of().pattern("^[A-Za-z0-9_:/-]+$").minLength(1).maxLength(256))
      .constrain("OriginationIdentities", Constraint.of().pattern("^arn:\\S+").minLength(20).maxLength(256))
      .refYields("PoolId")
      .attributes("Arn", "PoolId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Pool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * When set to true the pool can't be deleted.
   *
   * <p>CloudFormation property {@code DeletionProtectionEnabled}.
   */
  public Pool deletionProtectionEnabled(boolean value) {
    return set("DeletionProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionEnabled} to this value; see {@link
   * #deletionProtectionEnabled(boolean)}.
   */
  public Pool deletionProtectionEnabled(Value<Boolean> value) {
    return set("DeletionProtectionEnabled", value);
  }

  /**
   * Creates or updates the pool's <code>MandatoryKeyword</code> configuration. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Required. CloudFormation property {@code MandatoryKeywords}.
   */
  public Pool mandatoryKeywords(Value<MandatoryKeywords> value) {
    return set("MandatoryKeywords", value);
  }

  /**
   * The name of the OptOutList associated with the pool.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z0-9_:/-]+$}. CloudFormation property
   * {@code OptOutListName}.
   */
  public Pool optOutListName(String value) {
    return set("OptOutListName", Value.of(value));
  }

  /** Sets {@code OptOutListName} to this value; see {@link #optOutListName(String)}. */
  public Pool optOutListName(Value<String> value) {
    return set("OptOutListName", value);
  }

  /**
   * Specifies any optional keywords to associate with the pool. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>CloudFormation property {@code OptionalKeywords}.
   */
  public Pool optionalKeywords(List<OptionalKeyword> value) {
    return set("OptionalKeywords", Value.listOf(value));
  }

  /** Sets {@code OptionalKeywords} to this value; see {@link #optionalKeywords(List)}. */
  public Pool optionalKeywords(Value<List<OptionalKeyword>> value) {
    return set("OptionalKeywords", value);
  }

  /** Sets {@code OptionalKeywords} to a list of these; see {@link #optionalKeywords(List)}. */
  public Pool optionalKeywords(OptionalKeyword... values) {
    return set("OptionalKeywords", Value.list(values));
  }

  /**
   * The list of origination identities to apply to the pool, either <code>PhoneNumberArn</code> or
   * <code>SenderIdArn</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations.html">Registrations</a>
   * in the End User Messaging User Guide.
   *
   * <p>If you are using a shared End User Messaging resource then you must use the full Amazon
   * Resource Name (ARN).
   *
   * <p>Required. Length: 20 to 256 characters. Pattern: {@code ^arn:&#92;S+}. CloudFormation
   * property {@code OriginationIdentities}.
   */
  public Pool originationIdentities(List<String> value) {
    return set("OriginationIdentities", Value.listOf(value));
  }

  /** Sets {@code OriginationIdentities} to this value; see {@link #originationIdentities(List)}. */
  public Pool originationIdentities(Value<List<String>> value) {
    return set("OriginationIdentities", value);
  }

  /**
   * When set to false, an end recipient sends a message that begins with HELP or STOP to one of
   * your dedicated numbers, End User Messaging automatically replies with a customizable message
   * and adds the end recipient to the OptOutList. When set to true you're responsible for
   * responding to HELP and STOP requests. You're also responsible for tracking and honoring opt-out
   * requests. For more information see <a
   * href="https://docs.aws.amazon.com//pinpoint/latest/userguide/settings-sms-managing.html#settings-account-sms-self-managed-opt-out">Self-managed
   * opt-outs</a>
   *
   * <p>CloudFormation property {@code SelfManagedOptOutsEnabled}.
   */
  public Pool selfManagedOptOutsEnabled(boolean value) {
    return set("SelfManagedOptOutsEnabled", Value.of(value));
  }

  /**
   * Sets {@code SelfManagedOptOutsEnabled} to this value; see {@link
   * #selfManagedOptOutsEnabled(boolean)}.
   */
  public Pool selfManagedOptOutsEnabled(Value<Boolean> value) {
    return set("SelfManagedOptOutsEnabled", value);
  }

  /**
   * Allows you to enable shared routes on your pool.
   *
   * <p>By default, this is set to <code>False</code> . If you set this value to <code>True</code> ,
   * your messages are sent using phone numbers or sender IDs (depending on the country) that are
   * shared with other users. In some countries, such as the United States, senders aren't allowed
   * to use shared routes and must use a dedicated phone number or short code.
   *
   * <p>CloudFormation property {@code SharedRoutesEnabled}.
   */
  public Pool sharedRoutesEnabled(boolean value) {
    return set("SharedRoutesEnabled", Value.of(value));
  }

  /** Sets {@code SharedRoutesEnabled} to this value; see {@link #sharedRoutesEnabled(boolean)}. */
  public Pool sharedRoutesEnabled(Value<Boolean> value) {
    return set("SharedRoutesEnabled", value);
  }

  /**
   * An array of tags (key and value pairs) associated with the pool.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Pool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Pool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Pool tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Describes the two-way SMS configuration for a phone number. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/two-way-sms.html">Two-way SMS
   * messaging</a> in the End User Messaging User Guide.
   *
   * <p>CloudFormation property {@code TwoWay}.
   */
  public Pool twoWay(Value<TwoWay> value) {
    return set("TwoWay", value);
  }

  /**
   * The Amazon Resource Name of the <code>Pool</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolId}.
   */
  public Value<String> poolId() {
    return getAtt("PoolId");
  }

  /**
   * The keywords <code>HELP</code> and <code>STOP</code> are mandatory keywords that each phone
   * number must have. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Property type {@code AWS::SMSVOICE::Pool.MandatoryKeyword}.
   */
  public static final class MandatoryKeyword extends Struct<MandatoryKeyword> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::Pool.MandatoryKeyword")
        .required("Message")
        .constrain("Message", Constraint.of().pattern("^(?!\\s*$)[\\s\\S]+$").maxLength(1600))
        .build();

    public MandatoryKeyword() {
      super(SCHEMA);
    }

    /**
     * The message associated with the keyword.
     *
     * <p>Required. Length: at most 1600 characters. Pattern: {@code ^(?!&#92;s*$)[&#92;s&#92;S]+$}.
     * CloudFormation property {@code Message}.
     */
    public MandatoryKeyword message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public MandatoryKeyword message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * The manadatory keywords, <code>HELP</code> and <code>STOP</code> to add to the pool. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Property type {@code AWS::SMSVOICE::Pool.MandatoryKeywords}.
   */
  public static final class MandatoryKeywords extends Struct<MandatoryKeywords> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::Pool.MandatoryKeywords")
        .required("HELP", "STOP")
        .build();

    public MandatoryKeywords() {
      super(SCHEMA);
    }

    /**
     * Specifies the pool's <code>HELP</code> keyword. For more information, see <a
     * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/opt-out-list-keywords.html">Opt
     * out list required keywords</a> in the End User Messaging User Guide.
     *
     * <p>Required. CloudFormation property {@code HELP}.
     */
    public MandatoryKeywords help(Value<MandatoryKeyword> value) {
      return set("HELP", value);
    }

    /**
     * Specifies the pool's opt-out keyword. For more information, see <a
     * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html">Required
     * opt-out keywords</a> in the End User Messaging User Guide.
     *
     * <p>Required. CloudFormation property {@code STOP}.
     */
    public MandatoryKeywords stop(Value<MandatoryKeyword> value) {
      return set("STOP", value);
    }
  }

  /**
   * The pool's <code>OptionalKeyword</code> configuration. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Property type {@code AWS::SMSVOICE::Pool.OptionalKeyword}.
   */
  public static final class OptionalKeyword extends Struct<OptionalKeyword> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::Pool.OptionalKeyword")
        .required("Action", "Keyword", "Message")
        .allowed("Action", "AUTOMATIC_RESPONSE", "OPT_OUT", "OPT_IN")
        .constrain("Keyword", Constraint.of().pattern("^(?!(?i)(stop|help)$)[ \\S]+").maxLength(30))
        .constrain("Message", Constraint.of().pattern("^(?!\\s*$)[\\s\\S]+$").maxLength(1600))
        .build();

    public OptionalKeyword() {
      super(SCHEMA);
    }

    /**
     * The action to perform when the keyword is used.
     *
     * <p>Required. Allowed values: {@code AUTOMATIC_RESPONSE}, {@code OPT_OUT}, {@code OPT_IN}.
     * CloudFormation property {@code Action}.
     */
    public OptionalKeyword action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public OptionalKeyword action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The new keyword to add.
     *
     * <p>Required. Length: at most 30 characters. Pattern: {@code ^(?!(?i)(stop|help)$)[ &#92;S]+}.
     * CloudFormation property {@code Keyword}.
     */
    public OptionalKeyword keyword(String value) {
      return set("Keyword", Value.of(value));
    }

    /** Sets {@code Keyword} to this value; see {@link #keyword(String)}. */
    public OptionalKeyword keyword(Value<String> value) {
      return set("Keyword", value);
    }

    /**
     * The message associated with the keyword.
     *
     * <p>Required. Length: at most 1600 characters. Pattern: {@code ^(?!&#92;s*$)[&#92;s&#92;S]+$}.
     * CloudFormation property {@code Message}.
     */
    public OptionalKeyword message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public OptionalKeyword message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * The pool's two-way SMS configuration object.
   *
   * <p>Property type {@code AWS::SMSVOICE::Pool.TwoWay}.
   */
  public static final class TwoWay extends Struct<TwoWay> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::Pool.TwoWay")
        .required("Enabled")
        .constrain("ChannelArn", Constraint.of().pattern("^[ \\S]+"))
        .constrain("ChannelRole", Constraint.of().pattern("^arn:\\S+$"))
        .build();

    public TwoWay() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the two way channel.
     *
     * <p>Pattern: {@code ^[ &#92;S]+}. CloudFormation property {@code ChannelArn}.
     */
    public TwoWay channelArn(String value) {
      return set("ChannelArn", Value.of(value));
    }

    /** Sets {@code ChannelArn} to this value; see {@link #channelArn(String)}. */
    public TwoWay channelArn(Value<String> value) {
      return set("ChannelArn", value);
    }

    /**
     * An optional IAM Role Arn for a service to assume, to be able to post inbound SMS messages.
     *
     * <p>Pattern: {@code ^arn:&#92;S+$}. CloudFormation property {@code ChannelRole}.
     */
    public TwoWay channelRole(String value) {
      return set("ChannelRole", Value.of(value));
    }

    /** Sets {@code ChannelRole} to this value; see {@link #channelRole(String)}. */
    public TwoWay channelRole(Value<String> value) {
      return set("ChannelRole", value);
    }

    /**
     * By default this is set to false. When set to true you can receive incoming text messages from
     * your end recipients using the TwoWayChannelArn.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public TwoWay enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TwoWay enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
