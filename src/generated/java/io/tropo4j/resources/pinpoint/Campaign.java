// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies the settings for a campaign. A <em>campaign</em> is a messaging initiative that engages
 * a specific segment of users for an Amazon Pinpoint application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::Campaign}.
 */
public final class Campaign extends Resource<Campaign> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Campaign")
      .required("ApplicationId", "Name", "Schedule", "SegmentId")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("CampaignId")
      .attributes("Arn", "CampaignId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Campaign(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of requests that defines additional treatments for the campaign, in addition to the
   * default treatment for the campaign.
   *
   * <p>CloudFormation property {@code AdditionalTreatments}.
   */
  public Campaign additionalTreatments(List<WriteTreatmentResource> value) {
    return set("AdditionalTreatments", Value.listOf(value));
  }

  /** Sets {@code AdditionalTreatments} to this value; see {@link #additionalTreatments(List)}. */
  public Campaign additionalTreatments(Value<List<WriteTreatmentResource>> value) {
    return set("AdditionalTreatments", value);
  }

  /**
   * Sets {@code AdditionalTreatments} to a list of these; see {@link #additionalTreatments(List)}.
   */
  public Campaign additionalTreatments(WriteTreatmentResource... values) {
    return set("AdditionalTreatments", Value.list(values));
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that the campaign is associated with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public Campaign applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Campaign applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Specifies the Lambda function to use as a code hook for a campaign.
   *
   * <p>CloudFormation property {@code CampaignHook}.
   */
  public Campaign campaignHook(Value<CampaignHook> value) {
    return set("CampaignHook", value);
  }

  /**
   * The delivery configuration settings for sending the treatment through a custom channel. This
   * object is required if the <code>MessageConfiguration</code> object for the treatment specifies
   * a <code>CustomMessage</code> object.
   *
   * <p>CloudFormation property {@code CustomDeliveryConfiguration}.
   */
  public Campaign customDeliveryConfiguration(Value<CustomDeliveryConfiguration> value) {
    return set("CustomDeliveryConfiguration", value);
  }

  /**
   * A custom description of the campaign.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Campaign description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Campaign description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The allocated percentage of users (segment members) who shouldn't receive messages from the
   * campaign.
   *
   * <p>CloudFormation property {@code HoldoutPercent}.
   */
  public Campaign holdoutPercent(int value) {
    return set("HoldoutPercent", Value.of(value));
  }

  /** Sets {@code HoldoutPercent} to this value; see {@link #holdoutPercent(int)}. */
  public Campaign holdoutPercent(Value<Integer> value) {
    return set("HoldoutPercent", value);
  }

  /**
   * Specifies whether to pause the campaign. A paused campaign doesn't run unless you resume it by
   * changing this value to <code>false</code> . If you restart a campaign, the campaign restarts
   * from the beginning and not at the point you paused it. If a campaign is running it will
   * complete and then pause. Pause only pauses or skips the next run for a recurring future
   * scheduled campaign. A campaign scheduled for immediate can't be paused.
   *
   * <p>CloudFormation property {@code IsPaused}.
   */
  public Campaign isPaused(boolean value) {
    return set("IsPaused", Value.of(value));
  }

  /** Sets {@code IsPaused} to this value; see {@link #isPaused(boolean)}. */
  public Campaign isPaused(Value<Boolean> value) {
    return set("IsPaused", value);
  }

  /**
   * The messaging limits for the campaign.
   *
   * <p>CloudFormation property {@code Limits}.
   */
  public Campaign limits(Value<Limits> value) {
    return set("Limits", value);
  }

  /**
   * The message configuration settings for the treatment.
   *
   * <p>CloudFormation property {@code MessageConfiguration}.
   */
  public Campaign messageConfiguration(Value<MessageConfiguration> value) {
    return set("MessageConfiguration", value);
  }

  /**
   * The name of the campaign.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Campaign name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Campaign name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An integer between 1 and 5, inclusive, that represents the priority of the in-app message
   * campaign, where 1 is the highest priority and 5 is the lowest. If there are multiple messages
   * scheduled to be displayed at the same time, the priority determines the order in which those
   * messages are displayed.
   *
   * <p>CloudFormation property {@code Priority}.
   */
  public Campaign priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public Campaign priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * The schedule settings for the treatment.
   *
   * <p>Required. CloudFormation property {@code Schedule}.
   */
  public Campaign schedule(Value<Schedule> value) {
    return set("Schedule", value);
  }

  /**
   * The unique identifier for the segment to associate with the campaign.
   *
   * <p>Required. CloudFormation property {@code SegmentId}.
   */
  public Campaign segmentId(String value) {
    return set("SegmentId", Value.of(value));
  }

  /** Sets {@code SegmentId} to this value; see {@link #segmentId(String)}. */
  public Campaign segmentId(Value<String> value) {
    return set("SegmentId", value);
  }

  /**
   * The version of the segment to associate with the campaign.
   *
   * <p>CloudFormation property {@code SegmentVersion}.
   */
  public Campaign segmentVersion(int value) {
    return set("SegmentVersion", Value.of(value));
  }

  /** Sets {@code SegmentVersion} to this value; see {@link #segmentVersion(int)}. */
  public Campaign segmentVersion(Value<Integer> value) {
    return set("SegmentVersion", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Campaign tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Campaign tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The message template to use for the treatment.
   *
   * <p>CloudFormation property {@code TemplateConfiguration}.
   */
  public Campaign templateConfiguration(Value<TemplateConfiguration> value) {
    return set("TemplateConfiguration", value);
  }

  /**
   * A custom description of the treatment.
   *
   * <p>CloudFormation property {@code TreatmentDescription}.
   */
  public Campaign treatmentDescription(String value) {
    return set("TreatmentDescription", Value.of(value));
  }

  /** Sets {@code TreatmentDescription} to this value; see {@link #treatmentDescription(String)}. */
  public Campaign treatmentDescription(Value<String> value) {
    return set("TreatmentDescription", value);
  }

  /**
   * A custom name for the treatment.
   *
   * <p>CloudFormation property {@code TreatmentName}.
   */
  public Campaign treatmentName(String value) {
    return set("TreatmentName", Value.of(value));
  }

  /** Sets {@code TreatmentName} to this value; see {@link #treatmentName(String)}. */
  public Campaign treatmentName(Value<String> value) {
    return set("TreatmentName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the campaign.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the campaign.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CampaignId}.
   */
  public Value<String> campaignId() {
    return getAtt("CampaignId");
  }

  /** Property type {@code AWS::Pinpoint::Campaign.AttributeDimension}. */
  public static final class AttributeDimension extends Struct<AttributeDimension> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.AttributeDimension");

    public AttributeDimension() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AttributeType}. */
    public AttributeDimension attributeType(String value) {
      return set("AttributeType", Value.of(value));
    }

    /** Sets {@code AttributeType} to this value; see {@link #attributeType(String)}. */
    public AttributeDimension attributeType(Value<String> value) {
      return set("AttributeType", value);
    }

    /** CloudFormation property {@code Values}. */
    public AttributeDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public AttributeDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Specifies the contents of a message that's sent through a custom channel to recipients of a
   * campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.CampaignCustomMessage}.
   */
  public static final class CampaignCustomMessage extends Struct<CampaignCustomMessage> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.CampaignCustomMessage");

    public CampaignCustomMessage() {
      super(SCHEMA);
    }

    /**
     * The raw, JSON-formatted string to use as the payload for the message. The maximum size is 5
     * KB.
     *
     * <p>CloudFormation property {@code Data}.
     */
    public CampaignCustomMessage data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public CampaignCustomMessage data(Value<String> value) {
      return set("Data", value);
    }
  }

  /**
   * Specifies the content and "From" address for an email message that's sent to recipients of a
   * campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.CampaignEmailMessage}.
   */
  public static final class CampaignEmailMessage extends Struct<CampaignEmailMessage> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.CampaignEmailMessage");

    public CampaignEmailMessage() {
      super(SCHEMA);
    }

    /**
     * The body of the email for recipients whose email clients don't render HTML content.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public CampaignEmailMessage body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public CampaignEmailMessage body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The verified email address to send the email from. The default address is the
     * <code>FromAddress</code> specified for the email channel for the application.
     *
     * <p>CloudFormation property {@code FromAddress}.
     */
    public CampaignEmailMessage fromAddress(String value) {
      return set("FromAddress", Value.of(value));
    }

    /** Sets {@code FromAddress} to this value; see {@link #fromAddress(String)}. */
    public CampaignEmailMessage fromAddress(Value<String> value) {
      return set("FromAddress", value);
    }

    /**
     * The body of the email, in HTML format, for recipients whose email clients render HTML
     * content.
     *
     * <p>CloudFormation property {@code HtmlBody}.
     */
    public CampaignEmailMessage htmlBody(String value) {
      return set("HtmlBody", Value.of(value));
    }

    /** Sets {@code HtmlBody} to this value; see {@link #htmlBody(String)}. */
    public CampaignEmailMessage htmlBody(Value<String> value) {
      return set("HtmlBody", value);
    }

    /**
     * The subject line, or title, of the email.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public CampaignEmailMessage title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public CampaignEmailMessage title(Value<String> value) {
      return set("Title", value);
    }
  }

  /**
   * Specifies the settings for events that cause a campaign to be sent.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.CampaignEventFilter}.
   */
  public static final class CampaignEventFilter extends Struct<CampaignEventFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.CampaignEventFilter");

    public CampaignEventFilter() {
      super(SCHEMA);
    }

    /**
     * The dimension settings of the event filter for the campaign.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public CampaignEventFilter dimensions(Value<EventDimensions> value) {
      return set("Dimensions", value);
    }

    /**
     * The type of event that causes the campaign to be sent. Valid values are: <code>SYSTEM</code>
     * , sends the campaign when a system event occurs; and, <code>ENDPOINT</code> , sends the
     * campaign when an endpoint event (Events resource) occurs.
     *
     * <p>CloudFormation property {@code FilterType}.
     */
    public CampaignEventFilter filterType(String value) {
      return set("FilterType", Value.of(value));
    }

    /** Sets {@code FilterType} to this value; see {@link #filterType(String)}. */
    public CampaignEventFilter filterType(Value<String> value) {
      return set("FilterType", value);
    }
  }

  /**
   * Specifies settings for invoking an Lambda function that customizes a segment for a campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.CampaignHook}.
   */
  public static final class CampaignHook extends Struct<CampaignHook> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.CampaignHook");

    public CampaignHook() {
      super(SCHEMA);
    }

    /**
     * The name or Amazon Resource Name (ARN) of the Lambda function that Amazon Pinpoint invokes to
     * customize a segment for a campaign.
     *
     * <p>CloudFormation property {@code LambdaFunctionName}.
     */
    public CampaignHook lambdaFunctionName(String value) {
      return set("LambdaFunctionName", Value.of(value));
    }

    /** Sets {@code LambdaFunctionName} to this value; see {@link #lambdaFunctionName(String)}. */
    public CampaignHook lambdaFunctionName(Value<String> value) {
      return set("LambdaFunctionName", value);
    }

    /**
     * The mode that Amazon Pinpoint uses to invoke the Lambda function. Possible values are:
     *
     * <ul> <li><code>FILTER</code> - Invoke the function to customize the segment that's used by a
     * campaign. <li><code>DELIVERY</code> - (Deprecated) Previously, invoked the function to send a
     * campaign through a custom channel. This functionality is not supported anymore. To send a
     * campaign through a custom channel, use the <code>CustomDeliveryConfiguration</code> and
     * <code>CampaignCustomMessage</code> objects of the campaign. </ul>
     *
     * <p>CloudFormation property {@code Mode}.
     */
    public CampaignHook mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public CampaignHook mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The web URL that Amazon Pinpoint calls to invoke the Lambda function over HTTPS.
     *
     * <p>CloudFormation property {@code WebUrl}.
     */
    public CampaignHook webUrl(String value) {
      return set("WebUrl", Value.of(value));
    }

    /** Sets {@code WebUrl} to this value; see {@link #webUrl(String)}. */
    public CampaignHook webUrl(Value<String> value) {
      return set("WebUrl", value);
    }
  }

  /**
   * Specifies the appearance of an in-app message, including the message type, the title and body
   * text, text and background colors, and the configurations of buttons that appear in the message.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.CampaignInAppMessage}.
   */
  public static final class CampaignInAppMessage extends Struct<CampaignInAppMessage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Campaign.CampaignInAppMessage")
        .constrain("CustomConfig", Constraint.of().format("json"))
        .build();

    public CampaignInAppMessage() {
      super(SCHEMA);
    }

    /**
     * An array that contains configurtion information about the in-app message for the campaign,
     * including title and body text, text colors, background colors, image URLs, and button
     * configurations.
     *
     * <p>CloudFormation property {@code Content}.
     */
    public CampaignInAppMessage content(List<InAppMessageContent> value) {
      return set("Content", Value.listOf(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(List)}. */
    public CampaignInAppMessage content(Value<List<InAppMessageContent>> value) {
      return set("Content", value);
    }

    /** Sets {@code Content} to a list of these; see {@link #content(List)}. */
    public CampaignInAppMessage content(InAppMessageContent... values) {
      return set("Content", Value.list(values));
    }

    /**
     * Custom data, in the form of key-value pairs, that is included in an in-app messaging payload.
     *
     * <p>Format: {@code json}. CloudFormation property {@code CustomConfig}.
     */
    public CampaignInAppMessage customConfig(Value<Json> value) {
      return set("CustomConfig", value);
    }

    /**
     * A string that describes how the in-app message will appear. You can specify one of the
     * following:
     *
     * <ul> <li><code>BOTTOM_BANNER</code> – a message that appears as a banner at the bottom of the
     * page. <li><code>TOP_BANNER</code> – a message that appears as a banner at the top of the
     * page. <li><code>OVERLAYS</code> – a message that covers entire screen.
     * <li><code>MOBILE_FEED</code> – a message that appears in a window in front of the page.
     * <li><code>MIDDLE_BANNER</code> – a message that appears as a banner in the middle of the
     * page. <li><code>CAROUSEL</code> – a scrollable layout of up to five unique messages. </ul>
     *
     * <p>CloudFormation property {@code Layout}.
     */
    public CampaignInAppMessage layout(String value) {
      return set("Layout", Value.of(value));
    }

    /** Sets {@code Layout} to this value; see {@link #layout(String)}. */
    public CampaignInAppMessage layout(Value<String> value) {
      return set("Layout", value);
    }
  }

  /**
   * Specifies the content and settings for an SMS message that's sent to recipients of a campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.CampaignSmsMessage}.
   */
  public static final class CampaignSmsMessage extends Struct<CampaignSmsMessage> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.CampaignSmsMessage");

    public CampaignSmsMessage() {
      super(SCHEMA);
    }

    /**
     * The body of the SMS message.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public CampaignSmsMessage body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public CampaignSmsMessage body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The entity ID or Principal Entity (PE) id received from the regulatory body for sending SMS
     * in your country.
     *
     * <p>CloudFormation property {@code EntityId}.
     */
    public CampaignSmsMessage entityId(String value) {
      return set("EntityId", Value.of(value));
    }

    /** Sets {@code EntityId} to this value; see {@link #entityId(String)}. */
    public CampaignSmsMessage entityId(Value<String> value) {
      return set("EntityId", value);
    }

    /**
     * The SMS message type. Valid values are <code>TRANSACTIONAL</code> (for messages that are
     * critical or time-sensitive, such as a one-time passwords) and <code>PROMOTIONAL</code> (for
     * messsages that aren't critical or time-sensitive, such as marketing messages).
     *
     * <p>CloudFormation property {@code MessageType}.
     */
    public CampaignSmsMessage messageType(String value) {
      return set("MessageType", Value.of(value));
    }

    /** Sets {@code MessageType} to this value; see {@link #messageType(String)}. */
    public CampaignSmsMessage messageType(Value<String> value) {
      return set("MessageType", value);
    }

    /**
     * The long code to send the SMS message from. This value should be one of the dedicated long
     * codes that's assigned to your AWS account. Although it isn't required, we recommend that you
     * specify the long code using an E.164 format to ensure prompt and accurate delivery of the
     * message. For example, +12065550100.
     *
     * <p>CloudFormation property {@code OriginationNumber}.
     */
    public CampaignSmsMessage originationNumber(String value) {
      return set("OriginationNumber", Value.of(value));
    }

    /** Sets {@code OriginationNumber} to this value; see {@link #originationNumber(String)}. */
    public CampaignSmsMessage originationNumber(Value<String> value) {
      return set("OriginationNumber", value);
    }

    /**
     * The alphabetic Sender ID to display as the sender of the message on a recipient's device.
     * Support for sender IDs varies by country or region. To specify a phone number as the sender,
     * omit this parameter and use <code>OriginationNumber</code> instead. For more information
     * about support for Sender ID by country, see the <a
     * href="https://docs.aws.amazon.com/pinpoint/latest/userguide/channels-sms-countries.html">Amazon
     * Pinpoint User Guide</a> .
     *
     * <p>CloudFormation property {@code SenderId}.
     */
    public CampaignSmsMessage senderId(String value) {
      return set("SenderId", Value.of(value));
    }

    /** Sets {@code SenderId} to this value; see {@link #senderId(String)}. */
    public CampaignSmsMessage senderId(Value<String> value) {
      return set("SenderId", value);
    }

    /**
     * The template ID received from the regulatory body for sending SMS in your country.
     *
     * <p>CloudFormation property {@code TemplateId}.
     */
    public CampaignSmsMessage templateId(String value) {
      return set("TemplateId", Value.of(value));
    }

    /** Sets {@code TemplateId} to this value; see {@link #templateId(String)}. */
    public CampaignSmsMessage templateId(Value<String> value) {
      return set("TemplateId", value);
    }
  }

  /**
   * Specifies the delivery configuration settings for sending a campaign or campaign treatment
   * through a custom channel. This object is required if you use the
   * <code>CampaignCustomMessage</code> object to define the message to send for the campaign or
   * campaign treatment.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.CustomDeliveryConfiguration}.
   */
  public static final class CustomDeliveryConfiguration extends Struct<CustomDeliveryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.CustomDeliveryConfiguration");

    public CustomDeliveryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The destination to send the campaign or treatment to. This value can be one of the following:
     *
     * <ul> <li>The name or Amazon Resource Name (ARN) of an AWS Lambda function to invoke to handle
     * delivery of the campaign or treatment. <li>The URL for a web application or service that
     * supports HTTPS and can receive the message. The URL has to be a full URL, including the HTTPS
     * protocol. </ul>
     *
     * <p>CloudFormation property {@code DeliveryUri}.
     */
    public CustomDeliveryConfiguration deliveryUri(String value) {
      return set("DeliveryUri", Value.of(value));
    }

    /** Sets {@code DeliveryUri} to this value; see {@link #deliveryUri(String)}. */
    public CustomDeliveryConfiguration deliveryUri(Value<String> value) {
      return set("DeliveryUri", value);
    }

    /**
     * The types of endpoints to send the campaign or treatment to. Each valid value maps to a type
     * of channel that you can associate with an endpoint by using the <code>ChannelType</code>
     * property of an endpoint.
     *
     * <p>CloudFormation property {@code EndpointTypes}.
     */
    public CustomDeliveryConfiguration endpointTypes(List<String> value) {
      return set("EndpointTypes", Value.listOf(value));
    }

    /** Sets {@code EndpointTypes} to this value; see {@link #endpointTypes(List)}. */
    public CustomDeliveryConfiguration endpointTypes(Value<List<String>> value) {
      return set("EndpointTypes", value);
    }
  }

  /**
   * Specifies the default behavior for a button that appears in an in-app message. You can
   * optionally add button configurations that specifically apply to iOS, Android, or web browser
   * users.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.DefaultButtonConfiguration}.
   */
  public static final class DefaultButtonConfiguration extends Struct<DefaultButtonConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.DefaultButtonConfiguration");

    public DefaultButtonConfiguration() {
      super(SCHEMA);
    }

    /**
     * The background color of a button, expressed as a hex color code (such as #000000 for black).
     *
     * <p>CloudFormation property {@code BackgroundColor}.
     */
    public DefaultButtonConfiguration backgroundColor(String value) {
      return set("BackgroundColor", Value.of(value));
    }

    /** Sets {@code BackgroundColor} to this value; see {@link #backgroundColor(String)}. */
    public DefaultButtonConfiguration backgroundColor(Value<String> value) {
      return set("BackgroundColor", value);
    }

    /**
     * The border radius of a button.
     *
     * <p>CloudFormation property {@code BorderRadius}.
     */
    public DefaultButtonConfiguration borderRadius(int value) {
      return set("BorderRadius", Value.of(value));
    }

    /** Sets {@code BorderRadius} to this value; see {@link #borderRadius(int)}. */
    public DefaultButtonConfiguration borderRadius(Value<Integer> value) {
      return set("BorderRadius", value);
    }

    /**
     * The action that occurs when a recipient chooses a button in an in-app message. You can
     * specify one of the following:
     *
     * <ul> <li><code>LINK</code> – A link to a web destination. <li><code>DEEP_LINK</code> – A link
     * to a specific page in an application. <li><code>CLOSE</code> – Dismisses the message. </ul>
     *
     * <p>CloudFormation property {@code ButtonAction}.
     */
    public DefaultButtonConfiguration buttonAction(String value) {
      return set("ButtonAction", Value.of(value));
    }

    /** Sets {@code ButtonAction} to this value; see {@link #buttonAction(String)}. */
    public DefaultButtonConfiguration buttonAction(Value<String> value) {
      return set("ButtonAction", value);
    }

    /**
     * The destination (such as a URL) for a button.
     *
     * <p>CloudFormation property {@code Link}.
     */
    public DefaultButtonConfiguration link(String value) {
      return set("Link", Value.of(value));
    }

    /** Sets {@code Link} to this value; see {@link #link(String)}. */
    public DefaultButtonConfiguration link(Value<String> value) {
      return set("Link", value);
    }

    /**
     * The text that appears on a button in an in-app message.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public DefaultButtonConfiguration text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public DefaultButtonConfiguration text(Value<String> value) {
      return set("Text", value);
    }

    /**
     * The color of the body text in a button, expressed as a hex color code (such as #000000 for
     * black).
     *
     * <p>CloudFormation property {@code TextColor}.
     */
    public DefaultButtonConfiguration textColor(String value) {
      return set("TextColor", Value.of(value));
    }

    /** Sets {@code TextColor} to this value; see {@link #textColor(String)}. */
    public DefaultButtonConfiguration textColor(Value<String> value) {
      return set("TextColor", value);
    }
  }

  /**
   * Specifies the dimensions for an event filter that determines when a campaign is sent or a
   * journey activity is performed.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.EventDimensions}.
   */
  public static final class EventDimensions extends Struct<EventDimensions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Campaign.EventDimensions")
        .constrain("Attributes", Constraint.of().format("json"))
        .constrain("Metrics", Constraint.of().format("json"))
        .build();

    public EventDimensions() {
      super(SCHEMA);
    }

    /**
     * One or more custom attributes that your application reports to Amazon Pinpoint. You can use
     * these attributes as selection criteria when you create an event filter.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Attributes}.
     */
    public EventDimensions attributes(Value<Json> value) {
      return set("Attributes", value);
    }

    /**
     * The name of the event that causes the campaign to be sent or the journey activity to be
     * performed. This can be a standard event that Amazon Pinpoint generates, such as
     * <code>_email.delivered</code> or <code>_custom.delivered</code> . For campaigns, this can
     * also be a custom event that's specific to your application. For information about standard
     * events, see <a
     * href="https://docs.aws.amazon.com/pinpoint/latest/developerguide/event-streams.html">Streaming
     * Amazon Pinpoint Events</a> in the <em>Amazon Pinpoint Developer Guide</em> .
     *
     * <p>CloudFormation property {@code EventType}.
     */
    public EventDimensions eventType(Value<SetDimension> value) {
      return set("EventType", value);
    }

    /**
     * One or more custom metrics that your application reports to Amazon Pinpoint . You can use
     * these metrics as selection criteria when you create an event filter.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Metrics}.
     */
    public EventDimensions metrics(Value<Json> value) {
      return set("Metrics", value);
    }
  }

  /**
   * Specifies the configuration of main body text of the in-app message.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.InAppMessageBodyConfig}.
   */
  public static final class InAppMessageBodyConfig extends Struct<InAppMessageBodyConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.InAppMessageBodyConfig");

    public InAppMessageBodyConfig() {
      super(SCHEMA);
    }

    /**
     * The text alignment of the main body text of the message. Acceptable values: <code>LEFT</code>
     * , <code>CENTER</code> , <code>RIGHT</code> .
     *
     * <p>CloudFormation property {@code Alignment}.
     */
    public InAppMessageBodyConfig alignment(String value) {
      return set("Alignment", Value.of(value));
    }

    /** Sets {@code Alignment} to this value; see {@link #alignment(String)}. */
    public InAppMessageBodyConfig alignment(Value<String> value) {
      return set("Alignment", value);
    }

    /**
     * The main body text of the message.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public InAppMessageBodyConfig body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public InAppMessageBodyConfig body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The color of the body text, expressed as a string consisting of a hex color code (such as
     * "#000000" for black).
     *
     * <p>CloudFormation property {@code TextColor}.
     */
    public InAppMessageBodyConfig textColor(String value) {
      return set("TextColor", Value.of(value));
    }

    /** Sets {@code TextColor} to this value; see {@link #textColor(String)}. */
    public InAppMessageBodyConfig textColor(Value<String> value) {
      return set("TextColor", value);
    }
  }

  /**
   * Specifies the configuration of a button that appears in an in-app message.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.InAppMessageButton}.
   */
  public static final class InAppMessageButton extends Struct<InAppMessageButton> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.InAppMessageButton");

    public InAppMessageButton() {
      super(SCHEMA);
    }

    /**
     * An object that defines the default behavior for a button in in-app messages sent to Android.
     *
     * <p>CloudFormation property {@code Android}.
     */
    public InAppMessageButton android(Value<OverrideButtonConfiguration> value) {
      return set("Android", value);
    }

    /**
     * An object that defines the default behavior for a button in an in-app message.
     *
     * <p>CloudFormation property {@code DefaultConfig}.
     */
    public InAppMessageButton defaultConfig(Value<DefaultButtonConfiguration> value) {
      return set("DefaultConfig", value);
    }

    /**
     * An object that defines the default behavior for a button in in-app messages sent to iOS
     * devices.
     *
     * <p>CloudFormation property {@code IOS}.
     */
    public InAppMessageButton ios(Value<OverrideButtonConfiguration> value) {
      return set("IOS", value);
    }

    /**
     * An object that defines the default behavior for a button in in-app messages for web
     * applications.
     *
     * <p>CloudFormation property {@code Web}.
     */
    public InAppMessageButton web(Value<OverrideButtonConfiguration> value) {
      return set("Web", value);
    }
  }

  /**
   * Specifies the configuration and contents of an in-app message.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.InAppMessageContent}.
   */
  public static final class InAppMessageContent extends Struct<InAppMessageContent> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.InAppMessageContent");

    public InAppMessageContent() {
      super(SCHEMA);
    }

    /**
     * The background color for an in-app message banner, expressed as a hex color code (such as
     * #000000 for black).
     *
     * <p>CloudFormation property {@code BackgroundColor}.
     */
    public InAppMessageContent backgroundColor(String value) {
      return set("BackgroundColor", Value.of(value));
    }

    /** Sets {@code BackgroundColor} to this value; see {@link #backgroundColor(String)}. */
    public InAppMessageContent backgroundColor(Value<String> value) {
      return set("BackgroundColor", value);
    }

    /**
     * Specifies the configuration of main body text in an in-app message template.
     *
     * <p>CloudFormation property {@code BodyConfig}.
     */
    public InAppMessageContent bodyConfig(Value<InAppMessageBodyConfig> value) {
      return set("BodyConfig", value);
    }

    /**
     * Specifies the configuration and content of the header or title text of the in-app message.
     *
     * <p>CloudFormation property {@code HeaderConfig}.
     */
    public InAppMessageContent headerConfig(Value<InAppMessageHeaderConfig> value) {
      return set("HeaderConfig", value);
    }

    /**
     * The URL of the image that appears on an in-app message banner.
     *
     * <p>CloudFormation property {@code ImageUrl}.
     */
    public InAppMessageContent imageUrl(String value) {
      return set("ImageUrl", Value.of(value));
    }

    /** Sets {@code ImageUrl} to this value; see {@link #imageUrl(String)}. */
    public InAppMessageContent imageUrl(Value<String> value) {
      return set("ImageUrl", value);
    }

    /**
     * An object that contains configuration information about the primary button in an in-app
     * message.
     *
     * <p>CloudFormation property {@code PrimaryBtn}.
     */
    public InAppMessageContent primaryBtn(Value<InAppMessageButton> value) {
      return set("PrimaryBtn", value);
    }

    /**
     * An object that contains configuration information about the secondary button in an in-app
     * message.
     *
     * <p>CloudFormation property {@code SecondaryBtn}.
     */
    public InAppMessageContent secondaryBtn(Value<InAppMessageButton> value) {
      return set("SecondaryBtn", value);
    }
  }

  /**
   * Specifies the configuration and content of the header or title text of the in-app message.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.InAppMessageHeaderConfig}.
   */
  public static final class InAppMessageHeaderConfig extends Struct<InAppMessageHeaderConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.InAppMessageHeaderConfig");

    public InAppMessageHeaderConfig() {
      super(SCHEMA);
    }

    /**
     * The text alignment of the title of the message. Acceptable values: <code>LEFT</code> ,
     * <code>CENTER</code> , <code>RIGHT</code> .
     *
     * <p>CloudFormation property {@code Alignment}.
     */
    public InAppMessageHeaderConfig alignment(String value) {
      return set("Alignment", Value.of(value));
    }

    /** Sets {@code Alignment} to this value; see {@link #alignment(String)}. */
    public InAppMessageHeaderConfig alignment(Value<String> value) {
      return set("Alignment", value);
    }

    /**
     * The header or title text of the in-app message.
     *
     * <p>CloudFormation property {@code Header}.
     */
    public InAppMessageHeaderConfig header(String value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(String)}. */
    public InAppMessageHeaderConfig header(Value<String> value) {
      return set("Header", value);
    }

    /**
     * The color of the body text, expressed as a string consisting of a hex color code (such as
     * "#000000" for black).
     *
     * <p>CloudFormation property {@code TextColor}.
     */
    public InAppMessageHeaderConfig textColor(String value) {
      return set("TextColor", Value.of(value));
    }

    /** Sets {@code TextColor} to this value; see {@link #textColor(String)}. */
    public InAppMessageHeaderConfig textColor(Value<String> value) {
      return set("TextColor", value);
    }
  }

  /**
   * Specifies the limits on the messages that a campaign can send.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.Limits}.
   */
  public static final class Limits extends Struct<Limits> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.Limits");

    public Limits() {
      super(SCHEMA);
    }

    /**
     * The maximum number of messages that a campaign can send to a single endpoint during a 24-hour
     * period. The maximum value is 100.
     *
     * <p>CloudFormation property {@code Daily}.
     */
    public Limits daily(int value) {
      return set("Daily", Value.of(value));
    }

    /** Sets {@code Daily} to this value; see {@link #daily(int)}. */
    public Limits daily(Value<Integer> value) {
      return set("Daily", value);
    }

    /**
     * The maximum amount of time, in seconds, that a campaign can attempt to deliver a message
     * after the scheduled start time for the campaign. The minimum value is 60 seconds.
     *
     * <p>CloudFormation property {@code MaximumDuration}.
     */
    public Limits maximumDuration(int value) {
      return set("MaximumDuration", Value.of(value));
    }

    /** Sets {@code MaximumDuration} to this value; see {@link #maximumDuration(int)}. */
    public Limits maximumDuration(Value<Integer> value) {
      return set("MaximumDuration", value);
    }

    /**
     * The maximum number of messages that a campaign can send each second. The minimum value is 1.
     * The maximum value is 20,000.
     *
     * <p>CloudFormation property {@code MessagesPerSecond}.
     */
    public Limits messagesPerSecond(int value) {
      return set("MessagesPerSecond", Value.of(value));
    }

    /** Sets {@code MessagesPerSecond} to this value; see {@link #messagesPerSecond(int)}. */
    public Limits messagesPerSecond(Value<Integer> value) {
      return set("MessagesPerSecond", value);
    }

    /**
     * The maximum number of messages that the campaign can send per user session.
     *
     * <p>CloudFormation property {@code Session}.
     */
    public Limits session(int value) {
      return set("Session", Value.of(value));
    }

    /** Sets {@code Session} to this value; see {@link #session(int)}. */
    public Limits session(Value<Integer> value) {
      return set("Session", value);
    }

    /**
     * The maximum number of messages that a campaign can send to a single endpoint during the
     * course of the campaign. The maximum value is 100.
     *
     * <p>CloudFormation property {@code Total}.
     */
    public Limits total(int value) {
      return set("Total", Value.of(value));
    }

    /** Sets {@code Total} to this value; see {@link #total(int)}. */
    public Limits total(Value<Integer> value) {
      return set("Total", value);
    }
  }

  /**
   * Specifies the content and settings for a push notification that's sent to recipients of a
   * campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.Message}.
   */
  public static final class Message extends Struct<Message> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.Message");

    public Message() {
      super(SCHEMA);
    }

    /**
     * The action to occur if a recipient taps the push notification. Valid values are:
     *
     * <ul> <li><code>OPEN_APP</code> – Your app opens or it becomes the foreground app if it was
     * sent to the background. This is the default action. <li><code>DEEP_LINK</code> – Your app
     * opens and displays a designated user interface in the app. This setting uses the deep-linking
     * features of iOS and Android. <li><code>URL</code> – The default mobile browser on the
     * recipient's device opens and loads the web page at a URL that you specify. </ul>
     *
     * <p>CloudFormation property {@code Action}.
     */
    public Message action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public Message action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The body of the notification message. The maximum number of characters is 200.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public Message body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public Message body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The URL of the image to display as the push notification icon, such as the icon for the app.
     *
     * <p>CloudFormation property {@code ImageIconUrl}.
     */
    public Message imageIconUrl(String value) {
      return set("ImageIconUrl", Value.of(value));
    }

    /** Sets {@code ImageIconUrl} to this value; see {@link #imageIconUrl(String)}. */
    public Message imageIconUrl(Value<String> value) {
      return set("ImageIconUrl", value);
    }

    /**
     * The URL of the image to display as the small, push notification icon, such as a small version
     * of the icon for the app.
     *
     * <p>CloudFormation property {@code ImageSmallIconUrl}.
     */
    public Message imageSmallIconUrl(String value) {
      return set("ImageSmallIconUrl", Value.of(value));
    }

    /** Sets {@code ImageSmallIconUrl} to this value; see {@link #imageSmallIconUrl(String)}. */
    public Message imageSmallIconUrl(Value<String> value) {
      return set("ImageSmallIconUrl", value);
    }

    /**
     * The URL of an image to display in the push notification.
     *
     * <p>CloudFormation property {@code ImageUrl}.
     */
    public Message imageUrl(String value) {
      return set("ImageUrl", Value.of(value));
    }

    /** Sets {@code ImageUrl} to this value; see {@link #imageUrl(String)}. */
    public Message imageUrl(Value<String> value) {
      return set("ImageUrl", value);
    }

    /**
     * The JSON payload to use for a silent push notification.
     *
     * <p>CloudFormation property {@code JsonBody}.
     */
    public Message jsonBody(String value) {
      return set("JsonBody", Value.of(value));
    }

    /** Sets {@code JsonBody} to this value; see {@link #jsonBody(String)}. */
    public Message jsonBody(Value<String> value) {
      return set("JsonBody", value);
    }

    /**
     * The URL of the image or video to display in the push notification.
     *
     * <p>CloudFormation property {@code MediaUrl}.
     */
    public Message mediaUrl(String value) {
      return set("MediaUrl", Value.of(value));
    }

    /** Sets {@code MediaUrl} to this value; see {@link #mediaUrl(String)}. */
    public Message mediaUrl(Value<String> value) {
      return set("MediaUrl", value);
    }

    /**
     * The raw, JSON-formatted string to use as the payload for the notification message. If
     * specified, this value overrides all other content for the message.
     *
     * <p>CloudFormation property {@code RawContent}.
     */
    public Message rawContent(String value) {
      return set("RawContent", Value.of(value));
    }

    /** Sets {@code RawContent} to this value; see {@link #rawContent(String)}. */
    public Message rawContent(Value<String> value) {
      return set("RawContent", value);
    }

    /**
     * Specifies whether the notification is a silent push notification, which is a push
     * notification that doesn't display on a recipient's device. Silent push notifications can be
     * used for cases such as updating an app's configuration, displaying messages in an in-app
     * message center, or supporting phone home functionality.
     *
     * <p>CloudFormation property {@code SilentPush}.
     */
    public Message silentPush(boolean value) {
      return set("SilentPush", Value.of(value));
    }

    /** Sets {@code SilentPush} to this value; see {@link #silentPush(boolean)}. */
    public Message silentPush(Value<Boolean> value) {
      return set("SilentPush", value);
    }

    /**
     * The number of seconds that the push notification service should keep the message, if the
     * service is unable to deliver the notification the first time. This value is converted to an
     * expiration value when it's sent to a push notification service. If this value is
     * <code>0</code> , the service treats the notification as if it expires immediately and the
     * service doesn't store or try to deliver the notification again.
     *
     * <p>This value doesn't apply to messages that are sent through the Amazon Device Messaging
     * (ADM) service.
     *
     * <p>CloudFormation property {@code TimeToLive}.
     */
    public Message timeToLive(int value) {
      return set("TimeToLive", Value.of(value));
    }

    /** Sets {@code TimeToLive} to this value; see {@link #timeToLive(int)}. */
    public Message timeToLive(Value<Integer> value) {
      return set("TimeToLive", value);
    }

    /**
     * The title to display above the notification message on a recipient's device.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public Message title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public Message title(Value<String> value) {
      return set("Title", value);
    }

    /**
     * The URL to open in a recipient's default mobile browser, if a recipient taps the push
     * notification and the value of the <code>Action</code> property is <code>URL</code> .
     *
     * <p>CloudFormation property {@code Url}.
     */
    public Message url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public Message url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Specifies the message configuration settings for a campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.MessageConfiguration}.
   */
  public static final class MessageConfiguration extends Struct<MessageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.MessageConfiguration");

    public MessageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The message that the campaign sends through the ADM (Amazon Device Messaging) channel. If
     * specified, this message overrides the default message.
     *
     * <p>CloudFormation property {@code ADMMessage}.
     */
    public MessageConfiguration admMessage(Value<Message> value) {
      return set("ADMMessage", value);
    }

    /**
     * The message that the campaign sends through the APNs (Apple Push Notification service)
     * channel. If specified, this message overrides the default message.
     *
     * <p>CloudFormation property {@code APNSMessage}.
     */
    public MessageConfiguration apnsMessage(Value<Message> value) {
      return set("APNSMessage", value);
    }

    /**
     * The message that the campaign sends through the Baidu (Baidu Cloud Push) channel. If
     * specified, this message overrides the default message.
     *
     * <p>CloudFormation property {@code BaiduMessage}.
     */
    public MessageConfiguration baiduMessage(Value<Message> value) {
      return set("BaiduMessage", value);
    }

    /**
     * The message that the campaign sends through a custom channel, as specified by the delivery
     * configuration ( <code>CustomDeliveryConfiguration</code> ) settings for the campaign. If
     * specified, this message overrides the default message.
     *
     * <p>CloudFormation property {@code CustomMessage}.
     */
    public MessageConfiguration customMessage(Value<CampaignCustomMessage> value) {
      return set("CustomMessage", value);
    }

    /**
     * The default message that the campaign sends through all the channels that are configured for
     * the campaign.
     *
     * <p>CloudFormation property {@code DefaultMessage}.
     */
    public MessageConfiguration defaultMessage(Value<Message> value) {
      return set("DefaultMessage", value);
    }

    /**
     * The message that the campaign sends through the email channel. If specified, this message
     * overrides the default message.
     *
     * <p>The maximum email message size is 200 KB. You can use email templates to send larger email
     * messages.
     *
     * <p>CloudFormation property {@code EmailMessage}.
     */
    public MessageConfiguration emailMessage(Value<CampaignEmailMessage> value) {
      return set("EmailMessage", value);
    }

    /**
     * The message that the campaign sends through the GCM channel, which enables Amazon Pinpoint to
     * send push notifications through the Firebase Cloud Messaging (FCM), formerly Google Cloud
     * Messaging (GCM), service. If specified, this message overrides the default message.
     *
     * <p>CloudFormation property {@code GCMMessage}.
     */
    public MessageConfiguration gcmMessage(Value<Message> value) {
      return set("GCMMessage", value);
    }

    /**
     * The default message for the in-app messaging channel. This message overrides the default
     * message ( <code>DefaultMessage</code> ).
     *
     * <p>CloudFormation property {@code InAppMessage}.
     */
    public MessageConfiguration inAppMessage(Value<CampaignInAppMessage> value) {
      return set("InAppMessage", value);
    }

    /**
     * The message that the campaign sends through the SMS channel. If specified, this message
     * overrides the default message.
     *
     * <p>CloudFormation property {@code SMSMessage}.
     */
    public MessageConfiguration smsMessage(Value<CampaignSmsMessage> value) {
      return set("SMSMessage", value);
    }
  }

  /** Property type {@code AWS::Pinpoint::Campaign.MetricDimension}. */
  public static final class MetricDimension extends Struct<MetricDimension> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.MetricDimension");

    public MetricDimension() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ComparisonOperator}. */
    public MetricDimension comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public MetricDimension comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /** CloudFormation property {@code Value}. */
    public MetricDimension value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public MetricDimension value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the configuration of a button with settings that are specific to a certain device
   * type.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.OverrideButtonConfiguration}.
   */
  public static final class OverrideButtonConfiguration extends Struct<OverrideButtonConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.OverrideButtonConfiguration");

    public OverrideButtonConfiguration() {
      super(SCHEMA);
    }

    /**
     * The action that occurs when a recipient chooses a button in an in-app message. You can
     * specify one of the following:
     *
     * <ul> <li><code>LINK</code> – A link to a web destination. <li><code>DEEP_LINK</code> – A link
     * to a specific page in an application. <li><code>CLOSE</code> – Dismisses the message. </ul>
     *
     * <p>CloudFormation property {@code ButtonAction}.
     */
    public OverrideButtonConfiguration buttonAction(String value) {
      return set("ButtonAction", Value.of(value));
    }

    /** Sets {@code ButtonAction} to this value; see {@link #buttonAction(String)}. */
    public OverrideButtonConfiguration buttonAction(Value<String> value) {
      return set("ButtonAction", value);
    }

    /**
     * The destination (such as a URL) for a button.
     *
     * <p>CloudFormation property {@code Link}.
     */
    public OverrideButtonConfiguration link(String value) {
      return set("Link", Value.of(value));
    }

    /** Sets {@code Link} to this value; see {@link #link(String)}. */
    public OverrideButtonConfiguration link(Value<String> value) {
      return set("Link", value);
    }
  }

  /**
   * Specifies the start and end times that define a time range when messages aren't sent to
   * endpoints.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.QuietTime}.
   */
  public static final class QuietTime extends Struct<QuietTime> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::Campaign.QuietTime")
        .required("End", "Start")
        .build();

    public QuietTime() {
      super(SCHEMA);
    }

    /**
     * The specific time when quiet time ends. This value has to use 24-hour notation and be in
     * HH:MM format, where HH is the hour (with a leading zero, if applicable) and MM is the
     * minutes. For example, use <code>02:30</code> to represent 2:30 AM, or <code>14:30</code> to
     * represent 2:30 PM.
     *
     * <p>Required. CloudFormation property {@code End}.
     */
    public QuietTime end(String value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(String)}. */
    public QuietTime end(Value<String> value) {
      return set("End", value);
    }

    /**
     * The specific time when quiet time begins. This value has to use 24-hour notation and be in
     * HH:MM format, where HH is the hour (with a leading zero, if applicable) and MM is the
     * minutes. For example, use <code>02:30</code> to represent 2:30 AM, or <code>14:30</code> to
     * represent 2:30 PM.
     *
     * <p>Required. CloudFormation property {@code Start}.
     */
    public QuietTime start(String value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(String)}. */
    public QuietTime start(Value<String> value) {
      return set("Start", value);
    }
  }

  /**
   * Specifies the schedule settings for a campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.Schedule");

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * The scheduled time, in ISO 8601 format, when the campaign ended or will end.
     *
     * <p>CloudFormation property {@code EndTime}.
     */
    public Schedule endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public Schedule endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The type of event that causes the campaign to be sent, if the value of the
     * <code>Frequency</code> property is <code>EVENT</code> .
     *
     * <p>CloudFormation property {@code EventFilter}.
     */
    public Schedule eventFilter(Value<CampaignEventFilter> value) {
      return set("EventFilter", value);
    }

    /**
     * Specifies how often the campaign is sent or whether the campaign is sent in response to a
     * specific event.
     *
     * <p>CloudFormation property {@code Frequency}.
     */
    public Schedule frequency(String value) {
      return set("Frequency", Value.of(value));
    }

    /** Sets {@code Frequency} to this value; see {@link #frequency(String)}. */
    public Schedule frequency(Value<String> value) {
      return set("Frequency", value);
    }

    /**
     * Specifies whether the start and end times for the campaign schedule use each recipient's
     * local time. To base the schedule on each recipient's local time, set this value to
     * <code>true</code> .
     *
     * <p>CloudFormation property {@code IsLocalTime}.
     */
    public Schedule isLocalTime(boolean value) {
      return set("IsLocalTime", Value.of(value));
    }

    /** Sets {@code IsLocalTime} to this value; see {@link #isLocalTime(boolean)}. */
    public Schedule isLocalTime(Value<Boolean> value) {
      return set("IsLocalTime", value);
    }

    /**
     * The default quiet time for the campaign. Quiet time is a specific time range when a campaign
     * doesn't send messages to endpoints, if all the following conditions are met:
     *
     * <ul> <li>The <code>EndpointDemographic.Timezone</code> property of the endpoint is set to a
     * valid value. <li>The current time in the endpoint's time zone is later than or equal to the
     * time specified by the <code>QuietTime.Start</code> property for the campaign. <li>The current
     * time in the endpoint's time zone is earlier than or equal to the time specified by the
     * <code>QuietTime.End</code> property for the campaign. </ul>
     *
     * <p>If any of the preceding conditions isn't met, the endpoint will receive messages from the
     * campaign, even if quiet time is enabled.
     *
     * <p>CloudFormation property {@code QuietTime}.
     */
    public Schedule quietTime(Value<QuietTime> value) {
      return set("QuietTime", value);
    }

    /**
     * The scheduled time when the campaign began or will begin. Valid values are:
     * <code>IMMEDIATE</code> , to start the campaign immediately; or, a specific time in ISO 8601
     * format.
     *
     * <p>CloudFormation property {@code StartTime}.
     */
    public Schedule startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public Schedule startTime(Value<String> value) {
      return set("StartTime", value);
    }

    /**
     * The starting UTC offset for the campaign schedule, if the value of the
     * <code>IsLocalTime</code> property is <code>true</code> . Valid values are: <code>UTC, UTC+01,
     * UTC+02, UTC+03, UTC+03:30, UTC+04, UTC+04:30, UTC+05, UTC+05:30, UTC+05:45, UTC+06,
     * UTC+06:30, UTC+07, UTC+08, UTC+09, UTC+09:30, UTC+10, UTC+10:30, UTC+11, UTC+12, UTC+13,
     * UTC-02, UTC-03, UTC-04, UTC-05, UTC-06, UTC-07, UTC-08, UTC-09, UTC-10,</code> and
     * <code>UTC-11</code> .
     *
     * <p>CloudFormation property {@code TimeZone}.
     */
    public Schedule timeZone(String value) {
      return set("TimeZone", Value.of(value));
    }

    /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
    public Schedule timeZone(Value<String> value) {
      return set("TimeZone", value);
    }
  }

  /**
   * Specifies the dimension type and values for a segment dimension.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.SetDimension}.
   */
  public static final class SetDimension extends Struct<SetDimension> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.SetDimension");

    public SetDimension() {
      super(SCHEMA);
    }

    /**
     * The type of segment dimension to use. Valid values are: <code>INCLUSIVE</code> , endpoints
     * that match the criteria are included in the segment; and, <code>EXCLUSIVE</code> , endpoints
     * that match the criteria are excluded from the segment.
     *
     * <p>CloudFormation property {@code DimensionType}.
     */
    public SetDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public SetDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /**
     * The criteria values to use for the segment dimension. Depending on the value of the
     * <code>DimensionType</code> property, endpoints are included or excluded from the segment if
     * their values match the criteria values.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public SetDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public SetDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Specifies the name and version of the message template to use for the message.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.Template}.
   */
  public static final class Template extends Struct<Template> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.Template");

    public Template() {
      super(SCHEMA);
    }

    /**
     * The name of the message template to use for the message. If specified, this value must match
     * the name of an existing message template.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Template name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Template name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The unique identifier for the version of the message template to use for the message. If
     * specified, this value must match the identifier for an existing template version. To retrieve
     * a list of versions and version identifiers for a template, use the <a
     * href="https://docs.aws.amazon.com/pinpoint/latest/apireference/templates-template-name-template-type-versions.html">Template
     * Versions</a> resource.
     *
     * <p>If you don't specify a value for this property, Amazon Pinpoint uses the <em>active
     * version</em> of the template. The <em>active version</em> is typically the version of a
     * template that's been most recently reviewed and approved for use, depending on your workflow.
     * It isn't necessarily the latest version of a template.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public Template version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public Template version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Specifies the message template to use for the message, for each type of channel.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.TemplateConfiguration}.
   */
  public static final class TemplateConfiguration extends Struct<TemplateConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.TemplateConfiguration");

    public TemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The email template to use for the message.
     *
     * <p>CloudFormation property {@code EmailTemplate}.
     */
    public TemplateConfiguration emailTemplate(Value<Template> value) {
      return set("EmailTemplate", value);
    }

    /**
     * The push notification template to use for the message.
     *
     * <p>CloudFormation property {@code PushTemplate}.
     */
    public TemplateConfiguration pushTemplate(Value<Template> value) {
      return set("PushTemplate", value);
    }

    /**
     * The SMS template to use for the message.
     *
     * <p>CloudFormation property {@code SMSTemplate}.
     */
    public TemplateConfiguration smsTemplate(Value<Template> value) {
      return set("SMSTemplate", value);
    }

    /**
     * The voice template to use for the message. This object isn't supported for campaigns.
     *
     * <p>CloudFormation property {@code VoiceTemplate}.
     */
    public TemplateConfiguration voiceTemplate(Value<Template> value) {
      return set("VoiceTemplate", value);
    }
  }

  /**
   * Specifies the settings for a campaign treatment. A <em>treatment</em> is a variation of a
   * campaign that's used for A/B testing of a campaign.
   *
   * <p>Property type {@code AWS::Pinpoint::Campaign.WriteTreatmentResource}.
   */
  public static final class WriteTreatmentResource extends Struct<WriteTreatmentResource> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::Campaign.WriteTreatmentResource");

    public WriteTreatmentResource() {
      super(SCHEMA);
    }

    /**
     * The delivery configuration settings for sending the treatment through a custom channel. This
     * object is required if the <code>MessageConfiguration</code> object for the treatment
     * specifies a <code>CustomMessage</code> object.
     *
     * <p>CloudFormation property {@code CustomDeliveryConfiguration}.
     */
    public WriteTreatmentResource customDeliveryConfiguration(Value<CustomDeliveryConfiguration> value) {
      return set("CustomDeliveryConfiguration", value);
    }

    /**
     * The message configuration settings for the treatment.
     *
     * <p>CloudFormation property {@code MessageConfiguration}.
     */
    public WriteTreatmentResource messageConfiguration(Value<MessageConfiguration> value) {
      return set("MessageConfiguration", value);
    }

    /**
     * The schedule settings for the treatment.
     *
     * <p>CloudFormation property {@code Schedule}.
     */
    public WriteTreatmentResource schedule(Value<Schedule> value) {
      return set("Schedule", value);
    }

    /**
     * The allocated percentage of users (segment members) to send the treatment to.
     *
     * <p>CloudFormation property {@code SizePercent}.
     */
    public WriteTreatmentResource sizePercent(int value) {
      return set("SizePercent", Value.of(value));
    }

    /** Sets {@code SizePercent} to this value; see {@link #sizePercent(int)}. */
    public WriteTreatmentResource sizePercent(Value<Integer> value) {
      return set("SizePercent", value);
    }

    /**
     * The message template to use for the treatment.
     *
     * <p>CloudFormation property {@code TemplateConfiguration}.
     */
    public WriteTreatmentResource templateConfiguration(Value<TemplateConfiguration> value) {
      return set("TemplateConfiguration", value);
    }

    /**
     * A custom description of the treatment.
     *
     * <p>CloudFormation property {@code TreatmentDescription}.
     */
    public WriteTreatmentResource treatmentDescription(String value) {
      return set("TreatmentDescription", Value.of(value));
    }

    /**
     * Sets {@code TreatmentDescription} to this value; see {@link #treatmentDescription(String)}.
     */
    public WriteTreatmentResource treatmentDescription(Value<String> value) {
      return set("TreatmentDescription", value);
    }

    /**
     * A custom name for the treatment.
     *
     * <p>CloudFormation property {@code TreatmentName}.
     */
    public WriteTreatmentResource treatmentName(String value) {
      return set("TreatmentName", Value.of(value));
    }

    /** Sets {@code TreatmentName} to this value; see {@link #treatmentName(String)}. */
    public WriteTreatmentResource treatmentName(Value<String> value) {
      return set("TreatmentName", value);
    }
  }
}
