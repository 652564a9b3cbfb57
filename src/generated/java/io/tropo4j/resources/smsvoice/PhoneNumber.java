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
 * Request an origination phone number for use in your account. For more information on phone number
 * request see <a
 * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-request.html">Request
 * a phone number</a> in the <em>End User Messaging User Guide</em> .
 *
 * <p>Registering phone numbers is not supported by AWS CloudFormation . You can import phone
 * numbers and sender IDs that are automatically provisioned at registration.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::PhoneNumber}.
 */
public final class PhoneNumber extends Resource<PhoneNumber> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::PhoneNumber")
      .required("IsoCountryCode", "MandatoryKeywords", "NumberCapabilities", "NumberType")
      .constrain("IsoCountryCode", Constraint.of().pattern("^[A-Z]{2}$"))
      .allowed("NumberCapabilities", "SMS", "VOICE", "MMS")
      .allowed("NumberType", "LONG_CODE", "TOLL_FREE", "TEN_DLC", "SIMULATOR")
      .constrain("OptOutListName", Constraint.of().pattern("^[A-Za-z0-9_:/-]+$").minLength(1).maxLength(256))
      .refYields("PhoneNumberId")
      .attributes("Arn", "PhoneNumber", "PhoneNumberId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PhoneNumber(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * By default this is set to false. When set to true the phone number can't be deleted.
   *
   * <p>CloudFormation property {@code DeletionProtectionEnabled}.
   */
  public PhoneNumber deletionProtectionEnabled(boolean value) {
    return set("DeletionProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionEnabled} to this value; see {@link
   * #deletionProtectionEnabled(boolean)}.
   */
  public PhoneNumber deletionProtectionEnabled(Value<Boolean> value) {
    return set("DeletionProtectionEnabled", value);
  }

  /**
   * The two-character code, in ISO 3166-1 alpha-2 format, for the country or region.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[A-Z]{2}$}. CloudFormation
   * property {@code IsoCountryCode}.
   */
  public PhoneNumber isoCountryCode(String value) {
    return set("IsoCountryCode", Value.of(value));
  }

  /** Sets {@code IsoCountryCode} to this value; see {@link #isoCountryCode(String)}. */
  public PhoneNumber isoCountryCode(Value<String> value) {
    return set("IsoCountryCode", value);
  }

  /**
   * Creates or updates a <code>MandatoryKeyword</code> configuration on an origination phone number
   * For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Required. CloudFormation property {@code MandatoryKeywords}.
   */
  public PhoneNumber mandatoryKeywords(Value<MandatoryKeywords> value) {
    return set("MandatoryKeywords", value);
  }

  /**
   * Indicates if the phone number will be used for text messages, voice messages, or both.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SMS}, {@code VOICE},
   * {@code MMS}. CloudFormation property {@code NumberCapabilities}.
   */
  public PhoneNumber numberCapabilities(List<String> value) {
    return set("NumberCapabilities", Value.listOf(value));
  }

  /** Sets {@code NumberCapabilities} to this value; see {@link #numberCapabilities(List)}. */
  public PhoneNumber numberCapabilities(Value<List<String>> value) {
    return set("NumberCapabilities", value);
  }

  /**
   * The type of phone number to request.
   *
   * <p>The <code>ShortCode</code> number type is not supported in AWS CloudFormation .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code LONG_CODE}, {@code
   * TOLL_FREE}, {@code TEN_DLC}, {@code SIMULATOR}. CloudFormation property {@code NumberType}.
   */
  public PhoneNumber numberType(String value) {
    return set("NumberType", Value.of(value));
  }

  /** Sets {@code NumberType} to this value; see {@link #numberType(String)}. */
  public PhoneNumber numberType(Value<String> value) {
    return set("NumberType", value);
  }

  /**
   * The name of the OptOutList associated with the phone number.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z0-9_:/-]+$}. CloudFormation property
   * {@code OptOutListName}.
   */
  public PhoneNumber optOutListName(String value) {
    return set("OptOutListName", Value.of(value));
  }

  /** Sets {@code OptOutListName} to this value; see {@link #optOutListName(String)}. */
  public PhoneNumber optOutListName(Value<String> value) {
    return set("OptOutListName", value);
  }

  /**
   * A keyword is a word that you can search for on a particular phone number or pool. It is also a
   * specific word or phrase that an end user can send to your number to elicit a response, such as
   * an informational message or a special offer. When your number receives a message that begins
   * with a keyword, End User Messaging responds with a customizable message. Optional keywords are
   * differentiated from mandatory keywords. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>CloudFormation property {@code OptionalKeywords}.
   */
  public PhoneNumber optionalKeywords(List<OptionalKeyword> value) {
    return set("OptionalKeywords", Value.listOf(value));
  }

  /** Sets {@code OptionalKeywords} to this value; see {@link #optionalKeywords(List)}. */
  public PhoneNumber optionalKeywords(Value<List<OptionalKeyword>> value) {
    return set("OptionalKeywords", value);
  }

  /** Sets {@code OptionalKeywords} to a list of these; see {@link #optionalKeywords(List)}. */
  public PhoneNumber optionalKeywords(OptionalKeyword... values) {
    return set("OptionalKeywords", Value.list(values));
  }

  /**
   * When set to false and an end recipient sends a message that begins with HELP or STOP to one of
   * your dedicated numbers, End User Messaging automatically replies with a customizable message
   * and adds the end recipient to the OptOutList. When set to true you're responsible for
   * responding to HELP and STOP requests. You're also responsible for tracking and honoring opt-out
   * request. For more information see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/opt-out-list-self-managed.html">Self-managed
   * opt-outs</a>
   *
   * <p>CloudFormation property {@code SelfManagedOptOutsEnabled}.
   */
  public PhoneNumber selfManagedOptOutsEnabled(boolean value) {
    return set("SelfManagedOptOutsEnabled", Value.of(value));
  }

  /**
   * Sets {@code SelfManagedOptOutsEnabled} to this value; see {@link
   * #selfManagedOptOutsEnabled(boolean)}.
   */
  public PhoneNumber selfManagedOptOutsEnabled(Value<Boolean> value) {
    return set("SelfManagedOptOutsEnabled", value);
  }

  /**
   * An array of tags (key and value pairs) to associate with the requested phone number.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PhoneNumber tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PhoneNumber tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PhoneNumber tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Describes the two-way SMS configuration for a phone number. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/two-way-sms.html">Two-way SMS
   * messaging</a> in the End User Messaging User Guide.
   *
   * <p>CloudFormation property {@code TwoWay}.
   */
  public PhoneNumber twoWay(Value<TwoWay> value) {
    return set("TwoWay", value);
  }

  /**
   * The <code>PhoneNumber</code> 's Amazon Resource Name (ARN)
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The phone number in E.164 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PhoneNumber}.
   */
  public Value<String> phoneNumber() {
    return getAtt("PhoneNumber");
  }

  /**
   * The unique identifier for the phone number.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PhoneNumberId}.
   */
  public Value<String> phoneNumberId() {
    return getAtt("PhoneNumberId");
  }

  /**
   * The keywords <code>HELP</code> and <code>STOP</code> are mandatory keywords that each phone
   * number must have. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Property type {@code AWS::SMSVOICE::PhoneNumber.MandatoryKeyword}.
   */
  public static final class MandatoryKeyword extends Struct<MandatoryKeyword> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::PhoneNumber.MandatoryKeyword")
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
   * The keywords <code>HELP</code> and <code>STOP</code> are mandatory keywords that each phone
   * number must have. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Property type {@code AWS::SMSVOICE::PhoneNumber.MandatoryKeywords}.
   */
  public static final class MandatoryKeywords extends Struct<MandatoryKeywords> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::PhoneNumber.MandatoryKeywords")
        .required("HELP", "STOP")
        .build();

    public MandatoryKeywords() {
      super(SCHEMA);
    }

    /**
     * Specifies the <code>HELP</code> keyword that customers use to obtain customer support for
     * this phone number. For more information, see <a
     * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in
     * the End User Messaging User Guide.
     *
     * <p>Required. CloudFormation property {@code HELP}.
     */
    public MandatoryKeywords help(Value<MandatoryKeyword> value) {
      return set("HELP", value);
    }

    /**
     * Specifies the <code>STOP</code> keyword that customers use to opt out of receiving messages
     * from this phone number. For more information, see <a
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
   * The <code>OptionalKeyword</code> configuration. For more information, see <a
   * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html">Keywords</a> in the
   * End User Messaging User Guide.
   *
   * <p>Property type {@code AWS::SMSVOICE::PhoneNumber.OptionalKeyword}.
   */
  public static final class OptionalKeyword extends Struct<OptionalKeyword> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::PhoneNumber.OptionalKeyword")
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
   * The phone number's two-way SMS configuration object.
   *
   * <p>Property type {@code AWS::SMSVOICE::PhoneNumber.TwoWay}.
   */
  public static final class TwoWay extends Struct<TwoWay> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::PhoneNumber.TwoWay")
        .required("Enabled")
        .constrain("ChannelArn", Constraint.of().pattern("^arn:\\S+$"))
        .constrain("ChannelRole", Constraint.of().pattern("^arn:\\S+$"))
        .build();

    public TwoWay() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the two way channel.
     *
     * <p>Pattern: {@code ^arn:&#92;S+$}. CloudFormation property {@code ChannelArn}.
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
