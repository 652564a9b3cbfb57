// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connectcampaignsv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an outbound campaign.
 *
 * <p>- For users to be able to view or edit a campaign at a later date by using the Amazon Connect
 * user interface, you must add the instance ID as a tag. For example, <code>{ "tags": {"owner":
 * "arn:aws:connect:{REGION}:{AWS_ACCOUNT_ID}:instance/{CONNECT_INSTANCE_ID}"}}</code> . - After a
 * campaign is created, you can't add/remove source. - Configuring maximum ring time is not
 * supported for the Preview dial mode.
 *
 * <p>CloudFormation type {@code AWS::ConnectCampaignsV2::Campaign}.
 */
public final class Campaign extends Resource<Campaign> {
  private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign")
      .required("ConnectInstanceId", "Name")
      .constrain("ConnectCampaignFlowArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
      .constrain("ConnectInstanceId", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]*$").minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .allowed("Type", "MANAGED", "JOURNEY")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Campaign(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains channel subtype configuration for an outbound campaign.
   *
   * <p>CloudFormation property {@code ChannelSubtypeConfig}.
   */
  public Campaign channelSubtypeConfig(Value<ChannelSubtypeConfig> value) {
    return set("ChannelSubtypeConfig", value);
  }

  /**
   * Communication limits configuration for an outbound campaign.
   *
   * <p>CloudFormation property {@code CommunicationLimitsOverride}.
   */
  public Campaign communicationLimitsOverride(Value<CommunicationLimitsConfig> value) {
    return set("CommunicationLimitsOverride", value);
  }

  /**
   * Contains communication time configuration for an outbound campaign.
   *
   * <p>CloudFormation property {@code CommunicationTimeConfig}.
   */
  public Campaign communicationTimeConfig(Value<CommunicationTimeConfig> value) {
    return set("CommunicationTimeConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Connect campaign flow associated with the outbound
   * campaign.
   *
   * <p>Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property {@code
   * ConnectCampaignFlowArn}.
   */
  public Campaign connectCampaignFlowArn(String value) {
    return set("ConnectCampaignFlowArn", Value.of(value));
  }

  /**
   * Sets {@code ConnectCampaignFlowArn} to this value; see {@link #connectCampaignFlowArn(String)}.
   */
  public Campaign connectCampaignFlowArn(Value<String> value) {
    return set("ConnectCampaignFlowArn", value);
  }

  /**
   * The identifier of the Amazon Connect instance. You can find the <code>instanceId</code> in the
   * ARN of the instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-.]*$}. CloudFormation property {@code ConnectInstanceId}.
   */
  public Campaign connectInstanceId(String value) {
    return set("ConnectInstanceId", Value.of(value));
  }

  /** Sets {@code ConnectInstanceId} to this value; see {@link #connectInstanceId(String)}. */
  public Campaign connectInstanceId(Value<String> value) {
    return set("ConnectInstanceId", value);
  }

  /**
   * Entry limits config for a campaign
   *
   * <p>CloudFormation property {@code EntryLimitsConfig}.
   */
  public Campaign entryLimitsConfig(Value<EntryLimitsConfig> value) {
    return set("EntryLimitsConfig", value);
  }

  /**
   * The name of the outbound campaign.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public Campaign name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Campaign name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contains the schedule configuration.
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public Campaign schedule(Value<Schedule> value) {
    return set("Schedule", value);
  }

  /**
   * Contains source configuration.
   *
   * <p>CloudFormation property {@code Source}.
   */
  public Campaign source(Value<Source> value) {
    return set("Source", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, <code>{
   * "tags": {"key1":"value1", "key2":"value2"} }</code> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Campaign tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Campaign tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Campaign tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of campaign.
   *
   * <p>Allowed values: {@code MANAGED}, {@code JOURNEY}. CloudFormation property {@code Type}.
   */
  public Campaign typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Campaign typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains answering machine detection configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.AnswerMachineDetectionConfig}.
   */
  public static final class AnswerMachineDetectionConfig extends Struct<AnswerMachineDetectionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.AnswerMachineDetectionConfig")
        .required("EnableAnswerMachineDetection")
        .build();

    public AnswerMachineDetectionConfig() {
      super(SCHEMA);
    }

    /**
     * Whether or not waiting for an answer machine prompt is enabled.
     *
     * <p>CloudFormation property {@code AwaitAnswerMachinePrompt}.
     */
    public AnswerMachineDetectionConfig awaitAnswerMachinePrompt(boolean value) {
      return set("AwaitAnswerMachinePrompt", Value.of(value));
    }

    /**
     * Sets {@code AwaitAnswerMachinePrompt} to this value; see {@link
     * #awaitAnswerMachinePrompt(boolean)}.
     */
    public AnswerMachineDetectionConfig awaitAnswerMachinePrompt(Value<Boolean> value) {
      return set("AwaitAnswerMachinePrompt", value);
    }

    /**
     * Enables answering machine detection.
     *
     * <p>Required. CloudFormation property {@code EnableAnswerMachineDetection}.
     */
    public AnswerMachineDetectionConfig enableAnswerMachineDetection(boolean value) {
      return set("EnableAnswerMachineDetection", Value.of(value));
    }

    /**
     * Sets {@code EnableAnswerMachineDetection} to this value; see {@link
     * #enableAnswerMachineDetection(boolean)}.
     */
    public AnswerMachineDetectionConfig enableAnswerMachineDetection(Value<Boolean> value) {
      return set("EnableAnswerMachineDetection", value);
    }
  }

  /**
   * Contains channel subtype configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.ChannelSubtypeConfig}.
   */
  public static final class ChannelSubtypeConfig extends Struct<ChannelSubtypeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ConnectCampaignsV2::Campaign.ChannelSubtypeConfig");

    public ChannelSubtypeConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration of the email channel subtype.
     *
     * <p>CloudFormation property {@code Email}.
     */
    public ChannelSubtypeConfig email(Value<EmailChannelSubtypeConfig> value) {
      return set("Email", value);
    }

    /**
     * The configuration of the SMS channel subtype.
     *
     * <p>CloudFormation property {@code Sms}.
     */
    public ChannelSubtypeConfig sms(Value<SmsChannelSubtypeConfig> value) {
      return set("Sms", value);
    }

    /**
     * The configuration of the telephony channel subtype.
     *
     * <p>CloudFormation property {@code Telephony}.
     */
    public ChannelSubtypeConfig telephony(Value<TelephonyChannelSubtypeConfig> value) {
      return set("Telephony", value);
    }

    /**
     * The configuration of the WhatsApp channel subtype.
     *
     * <p>CloudFormation property {@code WhatsApp}.
     */
    public ChannelSubtypeConfig whatsApp(Value<WhatsAppChannelSubtypeConfig> value) {
      return set("WhatsApp", value);
    }
  }

  /**
   * Contains information about a communication limit.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.CommunicationLimit}.
   */
  public static final class CommunicationLimit extends Struct<CommunicationLimit> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.CommunicationLimit")
        .required("Frequency", "MaxCountPerRecipient", "Unit")
        .constrain("Frequency", Constraint.of().minimum(1))
        .constrain("MaxCountPerRecipient", Constraint.of().minimum(1))
        .allowed("Unit", "DAY")
        .build();

    public CommunicationLimit() {
      super(SCHEMA);
    }

    /**
     * The frequency of communication limit evaluation.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Frequency}.
     */
    public CommunicationLimit frequency(int value) {
      return set("Frequency", Value.of(value));
    }

    /** Sets {@code Frequency} to this value; see {@link #frequency(int)}. */
    public CommunicationLimit frequency(Value<Integer> value) {
      return set("Frequency", value);
    }

    /**
     * The maximum outreaching count for each recipient.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxCountPerRecipient}.
     */
    public CommunicationLimit maxCountPerRecipient(int value) {
      return set("MaxCountPerRecipient", Value.of(value));
    }

    /** Sets {@code MaxCountPerRecipient} to this value; see {@link #maxCountPerRecipient(int)}. */
    public CommunicationLimit maxCountPerRecipient(Value<Integer> value) {
      return set("MaxCountPerRecipient", value);
    }

    /**
     * The unit of communication limit evaluation.
     *
     * <p>Required. Allowed values: {@code DAY}. CloudFormation property {@code Unit}.
     */
    public CommunicationLimit unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public CommunicationLimit unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * Contains information about communication limits.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.CommunicationLimits}.
   */
  public static final class CommunicationLimits extends Struct<CommunicationLimits> {
    private static final Schema SCHEMA = Schema.of("AWS::ConnectCampaignsV2::Campaign.CommunicationLimits");

    public CommunicationLimits() {
      super(SCHEMA);
    }

    /**
     * The list of CommunicationLimits.
     *
     * <p>CloudFormation property {@code CommunicationLimitList}.
     */
    public CommunicationLimits communicationLimitList(List<CommunicationLimit> value) {
      return set("CommunicationLimitList", Value.listOf(value));
    }

    /**
     * Sets {@code CommunicationLimitList} to this value; see {@link #communicationLimitList(List)}.
     */
    public CommunicationLimits communicationLimitList(Value<List<CommunicationLimit>> value) {
      return set("CommunicationLimitList", value);
    }

    /**
     * Sets {@code CommunicationLimitList} to a list of these; see {@link
     * #communicationLimitList(List)}.
     */
    public CommunicationLimits communicationLimitList(CommunicationLimit... values) {
      return set("CommunicationLimitList", Value.list(values));
    }
  }

  /**
   * Contains the communication limits configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.CommunicationLimitsConfig}.
   */
  public static final class CommunicationLimitsConfig extends Struct<CommunicationLimitsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.CommunicationLimitsConfig")
        .allowed("InstanceLimitsHandling", "OPT_IN", "OPT_OUT")
        .build();

    public CommunicationLimitsConfig() {
      super(SCHEMA);
    }

    /**
     * The CommunicationLimits that apply to all channel subtypes defined in an outbound campaign.
     *
     * <p>CloudFormation property {@code AllChannelsSubtypes}.
     */
    public CommunicationLimitsConfig allChannelsSubtypes(Value<CommunicationLimits> value) {
      return set("AllChannelsSubtypes", value);
    }

    /**
     * Opt-in or Opt-out from instance-level limits.
     *
     * <p>Allowed values: {@code OPT_IN}, {@code OPT_OUT}. CloudFormation property {@code
     * InstanceLimitsHandling}.
     */
    public CommunicationLimitsConfig instanceLimitsHandling(String value) {
      return set("InstanceLimitsHandling", Value.of(value));
    }

    /**
     * Sets {@code InstanceLimitsHandling} to this value; see {@link
     * #instanceLimitsHandling(String)}.
     */
    public CommunicationLimitsConfig instanceLimitsHandling(Value<String> value) {
      return set("InstanceLimitsHandling", value);
    }
  }

  /**
   * Communication time configuration for an outbound campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.CommunicationTimeConfig}.
   */
  public static final class CommunicationTimeConfig extends Struct<CommunicationTimeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.CommunicationTimeConfig")
        .required("LocalTimeZoneConfig")
        .build();

    public CommunicationTimeConfig() {
      super(SCHEMA);
    }

    /**
     * The communication time configuration for the email channel subtype.
     *
     * <p>CloudFormation property {@code Email}.
     */
    public CommunicationTimeConfig email(Value<TimeWindow> value) {
      return set("Email", value);
    }

    /**
     * The local timezone configuration.
     *
     * <p>Required. CloudFormation property {@code LocalTimeZoneConfig}.
     */
    public CommunicationTimeConfig localTimeZoneConfig(Value<LocalTimeZoneConfig> value) {
      return set("LocalTimeZoneConfig", value);
    }

    /**
     * The communication time configuration for the SMS channel subtype.
     *
     * <p>CloudFormation property {@code Sms}.
     */
    public CommunicationTimeConfig sms(Value<TimeWindow> value) {
      return set("Sms", value);
    }

    /**
     * The communication time configuration for the telephony channel subtype.
     *
     * <p>CloudFormation property {@code Telephony}.
     */
    public CommunicationTimeConfig telephony(Value<TimeWindow> value) {
      return set("Telephony", value);
    }

    /**
     * The communication time configuration for the WhatsApp channel subtype.
     *
     * <p>CloudFormation property {@code WhatsApp}.
     */
    public CommunicationTimeConfig whatsApp(Value<TimeWindow> value) {
      return set("WhatsApp", value);
    }
  }

  /**
   * The daily hours configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.DailyHour}.
   */
  public static final class DailyHour extends Struct<DailyHour> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.DailyHour")
        .allowed("Key", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY")
        .build();

    public DailyHour() {
      super(SCHEMA);
    }

    /**
     * The key for DailyHour.
     *
     * <p>Allowed values: {@code MONDAY}, {@code TUESDAY}, {@code WEDNESDAY}, {@code THURSDAY},
     * {@code FRIDAY}, {@code SATURDAY}, {@code SUNDAY}. CloudFormation property {@code Key}.
     */
    public DailyHour key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public DailyHour key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for DailyHour.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public DailyHour value(List<TimeRange> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(List)}. */
    public DailyHour value(Value<List<TimeRange>> value) {
      return set("Value", value);
    }

    /** Sets {@code Value} to a list of these; see {@link #value(List)}. */
    public DailyHour value(TimeRange... values) {
      return set("Value", Value.list(values));
    }
  }

  /**
   * The configuration for the email channel subtype.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.EmailChannelSubtypeConfig}.
   */
  public static final class EmailChannelSubtypeConfig extends Struct<EmailChannelSubtypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.EmailChannelSubtypeConfig")
        .required("DefaultOutboundConfig", "OutboundMode")
        .constrain("Capacity", Constraint.of().minimum(0.01).maximum(1))
        .build();

    public EmailChannelSubtypeConfig() {
      super(SCHEMA);
    }

    /**
     * The allocation of email capacity between multiple running outbound campaigns.
     *
     * <p>Range: 0.01 to 1. CloudFormation property {@code Capacity}.
     */
    public EmailChannelSubtypeConfig capacity(double value) {
      return set("Capacity", Value.of(value));
    }

    /** Sets {@code Capacity} to this value; see {@link #capacity(double)}. */
    public EmailChannelSubtypeConfig capacity(Value<Double> value) {
      return set("Capacity", value);
    }

    /**
     * The default email outbound configuration of an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code DefaultOutboundConfig}.
     */
    public EmailChannelSubtypeConfig defaultOutboundConfig(Value<EmailOutboundConfig> value) {
      return set("DefaultOutboundConfig", value);
    }

    /**
     * The outbound mode for email of an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code OutboundMode}.
     */
    public EmailChannelSubtypeConfig outboundMode(Value<EmailOutboundMode> value) {
      return set("OutboundMode", value);
    }
  }

  /**
   * The outbound configuration for email.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.EmailOutboundConfig}.
   */
  public static final class EmailOutboundConfig extends Struct<EmailOutboundConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.EmailOutboundConfig")
        .required("ConnectSourceEmailAddress", "WisdomTemplateArn")
        .constrain("ConnectSourceEmailAddress", Constraint.of().pattern("^[\\w-\\.\\+]+@([\\w-]+\\.)+[\\w-]{2,4}$").minLength(1).maxLength(255))
        .constrain("SourceEmailAddressDisplayName", Constraint.of().minLength(0).maxLength(256))
        .constrain("WisdomTemplateArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
        .build();

    public EmailOutboundConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Connect source email address.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^[&#92;w-&#92;.&#92;+]+&#64;([&#92;w-]+&#92;.)+[&#92;w-]{2,4}$}. CloudFormation property
     * {@code ConnectSourceEmailAddress}.
     */
    public EmailOutboundConfig connectSourceEmailAddress(String value) {
      return set("ConnectSourceEmailAddress", Value.of(value));
    }

    /**
     * Sets {@code ConnectSourceEmailAddress} to this value; see {@link
     * #connectSourceEmailAddress(String)}.
     */
    public EmailOutboundConfig connectSourceEmailAddress(Value<String> value) {
      return set("ConnectSourceEmailAddress", value);
    }

    /**
     * The display name for the Amazon Connect source email address.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code
     * SourceEmailAddressDisplayName}.
     */
    public EmailOutboundConfig sourceEmailAddressDisplayName(String value) {
      return set("SourceEmailAddressDisplayName", Value.of(value));
    }

    /**
     * Sets {@code SourceEmailAddressDisplayName} to this value; see {@link
     * #sourceEmailAddressDisplayName(String)}.
     */
    public EmailOutboundConfig sourceEmailAddressDisplayName(Value<String> value) {
      return set("SourceEmailAddressDisplayName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Q in Connect template.
     *
     * <p>Required. Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code WisdomTemplateArn}.
     */
    public EmailOutboundConfig wisdomTemplateArn(String value) {
      return set("WisdomTemplateArn", Value.of(value));
    }

    /** Sets {@code WisdomTemplateArn} to this value; see {@link #wisdomTemplateArn(String)}. */
    public EmailOutboundConfig wisdomTemplateArn(Value<String> value) {
      return set("WisdomTemplateArn", value);
    }
  }

  /**
   * Contains information about email outbound mode.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.EmailOutboundMode}.
   */
  public static final class EmailOutboundMode extends Struct<EmailOutboundMode> {
    private static final Schema SCHEMA = Schema.of("AWS::ConnectCampaignsV2::Campaign.EmailOutboundMode");

    public EmailOutboundMode() {
      super(SCHEMA);
    }

    /**
     * The agentless outbound mode configuration for email.
     *
     * <p>CloudFormation property {@code AgentlessConfig}.
     */
    public EmailOutboundMode agentlessConfig(Value<Json> value) {
      return set("AgentlessConfig", value);
    }
  }

  /**
   * Entry limits config for a campaign
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.EntryLimitsConfig}.
   */
  public static final class EntryLimitsConfig extends Struct<EntryLimitsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.EntryLimitsConfig")
        .required("MaxEntryCount", "MinEntryInterval")
        .constrain("MaxEntryCount", Constraint.of().minimum(0))
        .constrain("MinEntryInterval", Constraint.of().pattern("^P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$").minLength(0).maxLength(50))
        .build();

    public EntryLimitsConfig() {
      super(SCHEMA);
    }

    /**
     * Maximum number of entries per participant. 0 indicates unlimited entries.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code MaxEntryCount}.
     */
    public EntryLimitsConfig maxEntryCount(int value) {
      return set("MaxEntryCount", Value.of(value));
    }

    /** Sets {@code MaxEntryCount} to this value; see {@link #maxEntryCount(int)}. */
    public EntryLimitsConfig maxEntryCount(Value<Integer> value) {
      return set("MaxEntryCount", value);
    }

    /**
     * Time duration in ISO 8601 format
     *
     * <p>Required. Length: 0 to 50 characters. Pattern: {@code
     * ^P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$}.
     * CloudFormation property {@code MinEntryInterval}.
     */
    public EntryLimitsConfig minEntryInterval(String value) {
      return set("MinEntryInterval", Value.of(value));
    }

    /** Sets {@code MinEntryInterval} to this value; see {@link #minEntryInterval(String)}. */
    public EntryLimitsConfig minEntryInterval(Value<String> value) {
      return set("MinEntryInterval", value);
    }
  }

  /**
   * The event trigger of the campaign.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.EventTrigger}.
   */
  public static final class EventTrigger extends Struct<EventTrigger> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.EventTrigger")
        .constrain("CustomerProfilesDomainArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
        .build();

    public EventTrigger() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Customer Profiles domain.
     *
     * <p>Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property {@code
     * CustomerProfilesDomainArn}.
     */
    public EventTrigger customerProfilesDomainArn(String value) {
      return set("CustomerProfilesDomainArn", Value.of(value));
    }

    /**
     * Sets {@code CustomerProfilesDomainArn} to this value; see {@link
     * #customerProfilesDomainArn(String)}.
     */
    public EventTrigger customerProfilesDomainArn(Value<String> value) {
      return set("CustomerProfilesDomainArn", value);
    }
  }

  /**
   * The configuration of timezone for recipient.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.LocalTimeZoneConfig}.
   */
  public static final class LocalTimeZoneConfig extends Struct<LocalTimeZoneConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.LocalTimeZoneConfig")
        .constrain("DefaultTimeZone", Constraint.of().pattern("^[a-zA-Z0-9_\\-/]*$").minLength(0).maxLength(50))
        .allowed("LocalTimeZoneDetection", "ZIP_CODE", "AREA_CODE")
        .allowed("LocalTimeZoneDetectionScope", "PRIMARY_ONLY", "ALL_AVAILABLE")
        .build();

    public LocalTimeZoneConfig() {
      super(SCHEMA);
    }

    /**
     * The timezone to use for all recipients.
     *
     * <p>Length: 0 to 50 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-/]*$}. CloudFormation
     * property {@code DefaultTimeZone}.
     */
    public LocalTimeZoneConfig defaultTimeZone(String value) {
      return set("DefaultTimeZone", Value.of(value));
    }

    /** Sets {@code DefaultTimeZone} to this value; see {@link #defaultTimeZone(String)}. */
    public LocalTimeZoneConfig defaultTimeZone(Value<String> value) {
      return set("DefaultTimeZone", value);
    }

    /**
     * Detects methods for the recipient's timezone.
     *
     * <p>Allowed values: {@code ZIP_CODE}, {@code AREA_CODE}. CloudFormation property {@code
     * LocalTimeZoneDetection}.
     */
    public LocalTimeZoneConfig localTimeZoneDetection(List<String> value) {
      return set("LocalTimeZoneDetection", Value.listOf(value));
    }

    /**
     * Sets {@code LocalTimeZoneDetection} to this value; see {@link #localTimeZoneDetection(List)}.
     */
    public LocalTimeZoneConfig localTimeZoneDetection(Value<List<String>> value) {
      return set("LocalTimeZoneDetection", value);
    }

    /**
     * Local TimeZone Detection scope
     *
     * <p>Allowed values: {@code PRIMARY_ONLY}, {@code ALL_AVAILABLE}. CloudFormation property
     * {@code LocalTimeZoneDetectionScope}.
     */
    public LocalTimeZoneConfig localTimeZoneDetectionScope(String value) {
      return set("LocalTimeZoneDetectionScope", Value.of(value));
    }

    /**
     * Sets {@code LocalTimeZoneDetectionScope} to this value; see {@link
     * #localTimeZoneDetectionScope(String)}.
     */
    public LocalTimeZoneConfig localTimeZoneDetectionScope(Value<String> value) {
      return set("LocalTimeZoneDetectionScope", value);
    }
  }

  /**
   * Contains information about open hours.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.OpenHours}.
   */
  public static final class OpenHours extends Struct<OpenHours> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.OpenHours")
        .required("DailyHours")
        .build();

    public OpenHours() {
      super(SCHEMA);
    }

    /**
     * The daily hours configuration.
     *
     * <p>Required. CloudFormation property {@code DailyHours}.
     */
    public OpenHours dailyHours(List<DailyHour> value) {
      return set("DailyHours", Value.listOf(value));
    }

    /** Sets {@code DailyHours} to this value; see {@link #dailyHours(List)}. */
    public OpenHours dailyHours(Value<List<DailyHour>> value) {
      return set("DailyHours", value);
    }

    /** Sets {@code DailyHours} to a list of these; see {@link #dailyHours(List)}. */
    public OpenHours dailyHours(DailyHour... values) {
      return set("DailyHours", Value.list(values));
    }
  }

  /**
   * Contains predictive outbound mode configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.PredictiveConfig}.
   */
  public static final class PredictiveConfig extends Struct<PredictiveConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.PredictiveConfig")
        .required("BandwidthAllocation")
        .constrain("BandwidthAllocation", Constraint.of().minimum(0).maximum(1))
        .build();

    public PredictiveConfig() {
      super(SCHEMA);
    }

    /**
     * Bandwidth allocation for the predictive outbound mode.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code BandwidthAllocation}.
     */
    public PredictiveConfig bandwidthAllocation(double value) {
      return set("BandwidthAllocation", Value.of(value));
    }

    /** Sets {@code BandwidthAllocation} to this value; see {@link #bandwidthAllocation(double)}. */
    public PredictiveConfig bandwidthAllocation(Value<Double> value) {
      return set("BandwidthAllocation", value);
    }
  }

  /**
   * Contains preview outbound mode configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.PreviewConfig}.
   */
  public static final class PreviewConfig extends Struct<PreviewConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.PreviewConfig")
        .required("BandwidthAllocation", "TimeoutConfig")
        .allowed("AgentActions", "DISCARD")
        .constrain("BandwidthAllocation", Constraint.of().minimum(0).maximum(1))
        .build();

    public PreviewConfig() {
      super(SCHEMA);
    }

    /**
     * Agent actions for the preview outbound mode.
     *
     * <p>Allowed values: {@code DISCARD}. CloudFormation property {@code AgentActions}.
     */
    public PreviewConfig agentActions(List<String> value) {
      return set("AgentActions", Value.listOf(value));
    }

    /** Sets {@code AgentActions} to this value; see {@link #agentActions(List)}. */
    public PreviewConfig agentActions(Value<List<String>> value) {
      return set("AgentActions", value);
    }

    /**
     * Bandwidth allocation for the preview outbound mode.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code BandwidthAllocation}.
     */
    public PreviewConfig bandwidthAllocation(double value) {
      return set("BandwidthAllocation", Value.of(value));
    }

    /** Sets {@code BandwidthAllocation} to this value; see {@link #bandwidthAllocation(double)}. */
    public PreviewConfig bandwidthAllocation(Value<Double> value) {
      return set("BandwidthAllocation", value);
    }

    /**
     * Countdown timer configuration for preview outbound mode.
     *
     * <p>Required. CloudFormation property {@code TimeoutConfig}.
     */
    public PreviewConfig timeoutConfig(Value<TimeoutConfig> value) {
      return set("TimeoutConfig", value);
    }
  }

  /**
   * Contains the progressive outbound mode configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.ProgressiveConfig}.
   */
  public static final class ProgressiveConfig extends Struct<ProgressiveConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.ProgressiveConfig")
        .required("BandwidthAllocation")
        .constrain("BandwidthAllocation", Constraint.of().minimum(0).maximum(1))
        .build();

    public ProgressiveConfig() {
      super(SCHEMA);
    }

    /**
     * Bandwidth allocation for the progressive outbound mode.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code BandwidthAllocation}.
     */
    public ProgressiveConfig bandwidthAllocation(double value) {
      return set("BandwidthAllocation", Value.of(value));
    }

    /** Sets {@code BandwidthAllocation} to this value; see {@link #bandwidthAllocation(double)}. */
    public ProgressiveConfig bandwidthAllocation(Value<Double> value) {
      return set("BandwidthAllocation", value);
    }
  }

  /**
   * Contains information about a restricted period.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.RestrictedPeriod}.
   */
  public static final class RestrictedPeriod extends Struct<RestrictedPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.RestrictedPeriod")
        .required("EndDate", "StartDate")
        .constrain("EndDate", Constraint.of().pattern("^\\d{4}-\\d{2}-\\d{2}$"))
        .constrain("Name", Constraint.of().maxLength(127))
        .constrain("StartDate", Constraint.of().pattern("^\\d{4}-\\d{2}-\\d{2}$"))
        .build();

    public RestrictedPeriod() {
      super(SCHEMA);
    }

    /**
     * The end date of the restricted period.
     *
     * <p>Required. Pattern: {@code ^&#92;d{4}-&#92;d{2}-&#92;d{2}$}. CloudFormation property {@code
     * EndDate}.
     */
    public RestrictedPeriod endDate(String value) {
      return set("EndDate", Value.of(value));
    }

    /** Sets {@code EndDate} to this value; see {@link #endDate(String)}. */
    public RestrictedPeriod endDate(Value<String> value) {
      return set("EndDate", value);
    }

    /**
     * The name of the restricted period.
     *
     * <p>Length: at most 127 characters. CloudFormation property {@code Name}.
     */
    public RestrictedPeriod name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RestrictedPeriod name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The start date of the restricted period.
     *
     * <p>Required. Pattern: {@code ^&#92;d{4}-&#92;d{2}-&#92;d{2}$}. CloudFormation property {@code
     * StartDate}.
     */
    public RestrictedPeriod startDate(String value) {
      return set("StartDate", Value.of(value));
    }

    /** Sets {@code StartDate} to this value; see {@link #startDate(String)}. */
    public RestrictedPeriod startDate(Value<String> value) {
      return set("StartDate", value);
    }
  }

  /**
   * Contains information about restricted periods.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.RestrictedPeriods}.
   */
  public static final class RestrictedPeriods extends Struct<RestrictedPeriods> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.RestrictedPeriods")
        .required("RestrictedPeriodList")
        .build();

    public RestrictedPeriods() {
      super(SCHEMA);
    }

    /**
     * The restricted period list.
     *
     * <p>Required. CloudFormation property {@code RestrictedPeriodList}.
     */
    public RestrictedPeriods restrictedPeriodList(List<RestrictedPeriod> value) {
      return set("RestrictedPeriodList", Value.listOf(value));
    }

    /** Sets {@code RestrictedPeriodList} to this value; see {@link #restrictedPeriodList(List)}. */
    public RestrictedPeriods restrictedPeriodList(Value<List<RestrictedPeriod>> value) {
      return set("RestrictedPeriodList", value);
    }

    /**
     * Sets {@code RestrictedPeriodList} to a list of these; see {@link
     * #restrictedPeriodList(List)}.
     */
    public RestrictedPeriods restrictedPeriodList(RestrictedPeriod... values) {
      return set("RestrictedPeriodList", Value.list(values));
    }
  }

  /**
   * Contains the schedule configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.Schedule")
        .required("EndTime", "StartTime")
        .constrain("EndTime", Constraint.of().maxLength(100))
        .constrain("RefreshFrequency", Constraint.of().pattern("^P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$").minLength(0).maxLength(50))
        .constrain("StartTime", Constraint.of().maxLength(100))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * The end time of the schedule in UTC.
     *
     * <p>Required. Length: at most 100 characters. CloudFormation property {@code EndTime}.
     */
    public Schedule endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public Schedule endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The refresh frequency of the campaign.
     *
     * <p>Length: 0 to 50 characters. Pattern: {@code
     * ^P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$}.
     * CloudFormation property {@code RefreshFrequency}.
     */
    public Schedule refreshFrequency(String value) {
      return set("RefreshFrequency", Value.of(value));
    }

    /** Sets {@code RefreshFrequency} to this value; see {@link #refreshFrequency(String)}. */
    public Schedule refreshFrequency(Value<String> value) {
      return set("RefreshFrequency", value);
    }

    /**
     * The start time of the schedule in UTC.
     *
     * <p>Required. Length: at most 100 characters. CloudFormation property {@code StartTime}.
     */
    public Schedule startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public Schedule startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * The configuration for the SMS channel subtype.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.SmsChannelSubtypeConfig}.
   */
  public static final class SmsChannelSubtypeConfig extends Struct<SmsChannelSubtypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.SmsChannelSubtypeConfig")
        .required("DefaultOutboundConfig", "OutboundMode")
        .constrain("Capacity", Constraint.of().minimum(0.01).maximum(1))
        .build();

    public SmsChannelSubtypeConfig() {
      super(SCHEMA);
    }

    /**
     * The allocation of SMS capacity between multiple running outbound campaigns.
     *
     * <p>Range: 0.01 to 1. CloudFormation property {@code Capacity}.
     */
    public SmsChannelSubtypeConfig capacity(double value) {
      return set("Capacity", Value.of(value));
    }

    /** Sets {@code Capacity} to this value; see {@link #capacity(double)}. */
    public SmsChannelSubtypeConfig capacity(Value<Double> value) {
      return set("Capacity", value);
    }

    /**
     * The default SMS outbound configuration of an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code DefaultOutboundConfig}.
     */
    public SmsChannelSubtypeConfig defaultOutboundConfig(Value<SmsOutboundConfig> value) {
      return set("DefaultOutboundConfig", value);
    }

    /**
     * The outbound mode of SMS for an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code OutboundMode}.
     */
    public SmsChannelSubtypeConfig outboundMode(Value<SmsOutboundMode> value) {
      return set("OutboundMode", value);
    }
  }

  /**
   * The outbound configuration for SMS.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.SmsOutboundConfig}.
   */
  public static final class SmsOutboundConfig extends Struct<SmsOutboundConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.SmsOutboundConfig")
        .required("ConnectSourcePhoneNumberArn", "WisdomTemplateArn")
        .constrain("ConnectSourcePhoneNumberArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
        .constrain("WisdomTemplateArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
        .build();

    public SmsOutboundConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Connect source SMS phone number.
     *
     * <p>Required. Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code ConnectSourcePhoneNumberArn}.
     */
    public SmsOutboundConfig connectSourcePhoneNumberArn(String value) {
      return set("ConnectSourcePhoneNumberArn", Value.of(value));
    }

    /**
     * Sets {@code ConnectSourcePhoneNumberArn} to this value; see {@link
     * #connectSourcePhoneNumberArn(String)}.
     */
    public SmsOutboundConfig connectSourcePhoneNumberArn(Value<String> value) {
      return set("ConnectSourcePhoneNumberArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Q in Connect template.
     *
     * <p>Required. Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code WisdomTemplateArn}.
     */
    public SmsOutboundConfig wisdomTemplateArn(String value) {
      return set("WisdomTemplateArn", Value.of(value));
    }

    /** Sets {@code WisdomTemplateArn} to this value; see {@link #wisdomTemplateArn(String)}. */
    public SmsOutboundConfig wisdomTemplateArn(Value<String> value) {
      return set("WisdomTemplateArn", value);
    }
  }

  /**
   * Contains information about the SMS outbound mode.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.SmsOutboundMode}.
   */
  public static final class SmsOutboundMode extends Struct<SmsOutboundMode> {
    private static final Schema SCHEMA = Schema.of("AWS::ConnectCampaignsV2::Campaign.SmsOutboundMode");

    public SmsOutboundMode() {
      super(SCHEMA);
    }

    /**
     * Contains agentless outbound mode configuration.
     *
     * <p>CloudFormation property {@code AgentlessConfig}.
     */
    public SmsOutboundMode agentlessConfig(Value<Json> value) {
      return set("AgentlessConfig", value);
    }
  }

  /**
   * Contains source configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.Source")
        .constrain("CustomerProfilesSegmentArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
        .build();

    public Source() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Customer Profiles segment.
     *
     * <p>Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property {@code
     * CustomerProfilesSegmentArn}.
     */
    public Source customerProfilesSegmentArn(String value) {
      return set("CustomerProfilesSegmentArn", Value.of(value));
    }

    /**
     * Sets {@code CustomerProfilesSegmentArn} to this value; see {@link
     * #customerProfilesSegmentArn(String)}.
     */
    public Source customerProfilesSegmentArn(Value<String> value) {
      return set("CustomerProfilesSegmentArn", value);
    }

    /**
     * The event trigger of the campaign.
     *
     * <p>CloudFormation property {@code EventTrigger}.
     */
    public Source eventTrigger(Value<EventTrigger> value) {
      return set("EventTrigger", value);
    }
  }

  /**
   * The configuration for the telephony channel subtype.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.TelephonyChannelSubtypeConfig}.
   */
  public static final class TelephonyChannelSubtypeConfig extends Struct<TelephonyChannelSubtypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.TelephonyChannelSubtypeConfig")
        .required("DefaultOutboundConfig", "OutboundMode")
        .constrain("Capacity", Constraint.of().minimum(0.01).maximum(1))
        .constrain("ConnectQueueId", Constraint.of().maxLength(500))
        .build();

    public TelephonyChannelSubtypeConfig() {
      super(SCHEMA);
    }

    /**
     * The allocation of telephony capacity between multiple running outbound campaigns.
     *
     * <p>Range: 0.01 to 1. CloudFormation property {@code Capacity}.
     */
    public TelephonyChannelSubtypeConfig capacity(double value) {
      return set("Capacity", Value.of(value));
    }

    /** Sets {@code Capacity} to this value; see {@link #capacity(double)}. */
    public TelephonyChannelSubtypeConfig capacity(Value<Double> value) {
      return set("Capacity", value);
    }

    /**
     * The identifier of the Amazon Connect queue associated with telephony outbound requests of an
     * outbound campaign.
     *
     * <p>Length: at most 500 characters. CloudFormation property {@code ConnectQueueId}.
     */
    public TelephonyChannelSubtypeConfig connectQueueId(String value) {
      return set("ConnectQueueId", Value.of(value));
    }

    /** Sets {@code ConnectQueueId} to this value; see {@link #connectQueueId(String)}. */
    public TelephonyChannelSubtypeConfig connectQueueId(Value<String> value) {
      return set("ConnectQueueId", value);
    }

    /**
     * The default telephony outbound configuration of an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code DefaultOutboundConfig}.
     */
    public TelephonyChannelSubtypeConfig defaultOutboundConfig(Value<TelephonyOutboundConfig> value) {
      return set("DefaultOutboundConfig", value);
    }

    /**
     * The outbound mode of telephony for an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code OutboundMode}.
     */
    public TelephonyChannelSubtypeConfig outboundMode(Value<TelephonyOutboundMode> value) {
      return set("OutboundMode", value);
    }
  }

  /**
   * The outbound configuration for telephony.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.TelephonyOutboundConfig}.
   */
  public static final class TelephonyOutboundConfig extends Struct<TelephonyOutboundConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.TelephonyOutboundConfig")
        .required("ConnectContactFlowId")
        .constrain("ConnectContactFlowId", Constraint.of().maxLength(500))
        .constrain("ConnectSourcePhoneNumber", Constraint.of().maxLength(100))
        .constrain("RingTimeout", Constraint.of().minimum(15).maximum(60))
        .build();

    public TelephonyOutboundConfig() {
      super(SCHEMA);
    }

    /**
     * The answering machine detection configuration.
     *
     * <p>CloudFormation property {@code AnswerMachineDetectionConfig}.
     */
    public TelephonyOutboundConfig answerMachineDetectionConfig(Value<AnswerMachineDetectionConfig> value) {
      return set("AnswerMachineDetectionConfig", value);
    }

    /**
     * The identifier of the published Amazon Connect contact flow.
     *
     * <p>Required. Length: at most 500 characters. CloudFormation property {@code
     * ConnectContactFlowId}.
     */
    public TelephonyOutboundConfig connectContactFlowId(String value) {
      return set("ConnectContactFlowId", Value.of(value));
    }

    /**
     * Sets {@code ConnectContactFlowId} to this value; see {@link #connectContactFlowId(String)}.
     */
    public TelephonyOutboundConfig connectContactFlowId(Value<String> value) {
      return set("ConnectContactFlowId", value);
    }

    /**
     * The Amazon Connect source phone number.
     *
     * <p>Length: at most 100 characters. CloudFormation property {@code ConnectSourcePhoneNumber}.
     */
    public TelephonyOutboundConfig connectSourcePhoneNumber(String value) {
      return set("ConnectSourcePhoneNumber", Value.of(value));
    }

    /**
     * Sets {@code ConnectSourcePhoneNumber} to this value; see {@link
     * #connectSourcePhoneNumber(String)}.
     */
    public TelephonyOutboundConfig connectSourcePhoneNumber(Value<String> value) {
      return set("ConnectSourcePhoneNumber", value);
    }

    /**
     * The ring timeout configuration for outbound calls. Specifies how long to wait for the call to
     * be answered before timing out.
     *
     * <p>Range: 15 to 60. CloudFormation property {@code RingTimeout}.
     */
    public TelephonyOutboundConfig ringTimeout(int value) {
      return set("RingTimeout", Value.of(value));
    }

    /** Sets {@code RingTimeout} to this value; see {@link #ringTimeout(int)}. */
    public TelephonyOutboundConfig ringTimeout(Value<Integer> value) {
      return set("RingTimeout", value);
    }
  }

  /**
   * Contains information about telephony outbound mode.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.TelephonyOutboundMode}.
   */
  public static final class TelephonyOutboundMode extends Struct<TelephonyOutboundMode> {
    private static final Schema SCHEMA = Schema.of("AWS::ConnectCampaignsV2::Campaign.TelephonyOutboundMode");

    public TelephonyOutboundMode() {
      super(SCHEMA);
    }

    /**
     * The agentless outbound mode configuration for telephony.
     *
     * <p>CloudFormation property {@code AgentlessConfig}.
     */
    public TelephonyOutboundMode agentlessConfig(Value<Json> value) {
      return set("AgentlessConfig", value);
    }

    /**
     * Contains predictive outbound mode configuration.
     *
     * <p>CloudFormation property {@code PredictiveConfig}.
     */
    public TelephonyOutboundMode predictiveConfig(Value<PredictiveConfig> value) {
      return set("PredictiveConfig", value);
    }

    /**
     * Contains preview outbound mode configuration.
     *
     * <p>CloudFormation property {@code PreviewConfig}.
     */
    public TelephonyOutboundMode previewConfig(Value<PreviewConfig> value) {
      return set("PreviewConfig", value);
    }

    /**
     * Contains progressive telephony outbound mode configuration.
     *
     * <p>CloudFormation property {@code ProgressiveConfig}.
     */
    public TelephonyOutboundMode progressiveConfig(Value<ProgressiveConfig> value) {
      return set("ProgressiveConfig", value);
    }
  }

  /**
   * Contains information about a time range.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.TimeRange}.
   */
  public static final class TimeRange extends Struct<TimeRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.TimeRange")
        .required("EndTime", "StartTime")
        .constrain("EndTime", Constraint.of().pattern("^T\\d{2}:\\d{2}$"))
        .constrain("StartTime", Constraint.of().pattern("^T\\d{2}:\\d{2}$"))
        .build();

    public TimeRange() {
      super(SCHEMA);
    }

    /**
     * The end time of the time range.
     *
     * <p>Required. Pattern: {@code ^T&#92;d{2}:&#92;d{2}$}. CloudFormation property {@code
     * EndTime}.
     */
    public TimeRange endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public TimeRange endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The start time of the time range.
     *
     * <p>Required. Pattern: {@code ^T&#92;d{2}:&#92;d{2}$}. CloudFormation property {@code
     * StartTime}.
     */
    public TimeRange startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public TimeRange startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * Contains information about a time window.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.TimeWindow}.
   */
  public static final class TimeWindow extends Struct<TimeWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.TimeWindow")
        .required("OpenHours")
        .build();

    public TimeWindow() {
      super(SCHEMA);
    }

    /**
     * The open hours configuration.
     *
     * <p>Required. CloudFormation property {@code OpenHours}.
     */
    public TimeWindow openHours(Value<OpenHours> value) {
      return set("OpenHours", value);
    }

    /**
     * The restricted periods configuration.
     *
     * <p>CloudFormation property {@code RestrictedPeriods}.
     */
    public TimeWindow restrictedPeriods(Value<RestrictedPeriods> value) {
      return set("RestrictedPeriods", value);
    }
  }

  /**
   * Contains preview outbound mode timeout configuration.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.TimeoutConfig}.
   */
  public static final class TimeoutConfig extends Struct<TimeoutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.TimeoutConfig")
        .constrain("DurationInSeconds", Constraint.of().minimum(1).maximum(300))
        .build();

    public TimeoutConfig() {
      super(SCHEMA);
    }

    /**
     * Duration in seconds for the countdown timer.
     *
     * <p>Range: 1 to 300. CloudFormation property {@code DurationInSeconds}.
     */
    public TimeoutConfig durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public TimeoutConfig durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * The configuration for the WhatsApp channel subtype.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.WhatsAppChannelSubtypeConfig}.
   */
  public static final class WhatsAppChannelSubtypeConfig extends Struct<WhatsAppChannelSubtypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.WhatsAppChannelSubtypeConfig")
        .required("DefaultOutboundConfig", "OutboundMode")
        .constrain("Capacity", Constraint.of().minimum(0.01).maximum(1))
        .build();

    public WhatsAppChannelSubtypeConfig() {
      super(SCHEMA);
    }

    /**
     * The allocation of WhatsApp capacity between multiple running outbound campaigns.
     *
     * <p>Range: 0.01 to 1. CloudFormation property {@code Capacity}.
     */
    public WhatsAppChannelSubtypeConfig capacity(double value) {
      return set("Capacity", Value.of(value));
    }

    /** Sets {@code Capacity} to this value; see {@link #capacity(double)}. */
    public WhatsAppChannelSubtypeConfig capacity(Value<Double> value) {
      return set("Capacity", value);
    }

    /**
     * The default WhatsApp outbound configuration of an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code DefaultOutboundConfig}.
     */
    public WhatsAppChannelSubtypeConfig defaultOutboundConfig(Value<WhatsAppOutboundConfig> value) {
      return set("DefaultOutboundConfig", value);
    }

    /**
     * The outbound mode for WhatsApp of an outbound campaign.
     *
     * <p>Required. CloudFormation property {@code OutboundMode}.
     */
    public WhatsAppChannelSubtypeConfig outboundMode(Value<WhatsAppOutboundMode> value) {
      return set("OutboundMode", value);
    }
  }

  /**
   * The outbound configuration for WhatsApp.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.WhatsAppOutboundConfig}.
   */
  public static final class WhatsAppOutboundConfig extends Struct<WhatsAppOutboundConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ConnectCampaignsV2::Campaign.WhatsAppOutboundConfig")
        .required("ConnectSourcePhoneNumberArn", "WisdomTemplateArn")
        .constrain("ConnectSourcePhoneNumberArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
        .constrain("WisdomTemplateArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(500))
        .build();

    public WhatsAppOutboundConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Connect source WhatsApp phone number.
     *
     * <p>Required. Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code ConnectSourcePhoneNumberArn}.
     */
    public WhatsAppOutboundConfig connectSourcePhoneNumberArn(String value) {
      return set("ConnectSourcePhoneNumberArn", Value.of(value));
    }

    /**
     * Sets {@code ConnectSourcePhoneNumberArn} to this value; see {@link
     * #connectSourcePhoneNumberArn(String)}.
     */
    public WhatsAppOutboundConfig connectSourcePhoneNumberArn(Value<String> value) {
      return set("ConnectSourcePhoneNumberArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Q in Connect template.
     *
     * <p>Required. Length: 20 to 500 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code WisdomTemplateArn}.
     */
    public WhatsAppOutboundConfig wisdomTemplateArn(String value) {
      return set("WisdomTemplateArn", Value.of(value));
    }

    /** Sets {@code WisdomTemplateArn} to this value; see {@link #wisdomTemplateArn(String)}. */
    public WhatsAppOutboundConfig wisdomTemplateArn(Value<String> value) {
      return set("WisdomTemplateArn", value);
    }
  }

  /**
   * Contains information about the WhatsApp outbound mode.
   *
   * <p>Property type {@code AWS::ConnectCampaignsV2::Campaign.WhatsAppOutboundMode}.
   */
  public static final class WhatsAppOutboundMode extends Struct<WhatsAppOutboundMode> {
    private static final Schema SCHEMA = Schema.of("AWS::ConnectCampaignsV2::Campaign.WhatsAppOutboundMode");

    public WhatsAppOutboundMode() {
      super(SCHEMA);
    }

    /**
     * Agentless config
     *
     * <p>CloudFormation property {@code AgentlessConfig}.
     */
    public WhatsAppOutboundMode agentlessConfig(Value<Json> value) {
      return set("AgentlessConfig", value);
    }
  }
}
