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
 * Creates a message template that you can use to send in-app messages. A message template is a set
 * of content and settings that you can define, save, and reuse in messages for any of your Amazon
 * Pinpoint applications. The In-App channel is unavailable in AWS GovCloud (US).
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::InAppTemplate}.
 */
public final class InAppTemplate extends Resource<InAppTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::InAppTemplate")
      .required("TemplateName")
      .allowed("Layout", "BOTTOM_BANNER", "TOP_BANNER", "OVERLAYS", "MOBILE_FEED", "MIDDLE_BANNER",
          "CAROUSEL")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("TemplateName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public InAppTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An object that contains information about the content of an in-app message, including its title
   * and body text, text colors, background colors, images, buttons, and behaviors.
   *
   * <p>CloudFormation property {@code Content}.
   */
  public InAppTemplate content(List<InAppMessageContent> value) {
    return set("Content", Value.listOf(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(List)}. */
  public InAppTemplate content(Value<List<InAppMessageContent>> value) {
    return set("Content", value);
  }

  /** Sets {@code Content} to a list of these; see {@link #content(List)}. */
  public InAppTemplate content(InAppMessageContent... values) {
    return set("Content", Value.list(values));
  }

  /**
   * Custom data, in the form of key-value pairs, that is included in an in-app messaging payload.
   *
   * <p>CloudFormation property {@code CustomConfig}.
   */
  public InAppTemplate customConfig(Value<Json> value) {
    return set("CustomConfig", value);
  }

  /**
   * A string that determines the appearance of the in-app message. You can specify one of the
   * following:
   *
   * <ul> <li><code>BOTTOM_BANNER</code> – a message that appears as a banner at the bottom of the
   * page. <li><code>TOP_BANNER</code> – a message that appears as a banner at the top of the page.
   * <li><code>OVERLAYS</code> – a message that covers entire screen. <li><code>MOBILE_FEED</code> –
   * a message that appears in a window in front of the page. <li><code>MIDDLE_BANNER</code> – a
   * message that appears as a banner in the middle of the page. <li><code>CAROUSEL</code> – a
   * scrollable layout of up to five unique messages. </ul>
   *
   * <p>Allowed values: {@code BOTTOM_BANNER}, {@code TOP_BANNER}, {@code OVERLAYS}, {@code
   * MOBILE_FEED}, {@code MIDDLE_BANNER}, {@code CAROUSEL}. CloudFormation property {@code Layout}.
   */
  public InAppTemplate layout(String value) {
    return set("Layout", Value.of(value));
  }

  /** Sets {@code Layout} to this value; see {@link #layout(String)}. */
  public InAppTemplate layout(Value<String> value) {
    return set("Layout", value);
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
  public InAppTemplate tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public InAppTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * An optional description of the in-app template.
   *
   * <p>CloudFormation property {@code TemplateDescription}.
   */
  public InAppTemplate templateDescription(String value) {
    return set("TemplateDescription", Value.of(value));
  }

  /** Sets {@code TemplateDescription} to this value; see {@link #templateDescription(String)}. */
  public InAppTemplate templateDescription(Value<String> value) {
    return set("TemplateDescription", value);
  }

  /**
   * The name of the in-app message template.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TemplateName}.
   */
  public InAppTemplate templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public InAppTemplate templateName(Value<String> value) {
    return set("TemplateName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the message template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Specifies the configuration of the main body text of the in-app message.
   *
   * <p>Property type {@code AWS::Pinpoint::InAppTemplate.BodyConfig}.
   */
  public static final class BodyConfig extends Struct<BodyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::InAppTemplate.BodyConfig")
        .allowed("Alignment", "LEFT", "CENTER", "RIGHT")
        .build();

    public BodyConfig() {
      super(SCHEMA);
    }

    /**
     * The text alignment of the main body text of the message. Acceptable values: <code>LEFT</code>
     * , <code>CENTER</code> , <code>RIGHT</code> .
     *
     * <p>Allowed values: {@code LEFT}, {@code CENTER}, {@code RIGHT}. CloudFormation property
     * {@code Alignment}.
     */
    public BodyConfig alignment(String value) {
      return set("Alignment", Value.of(value));
    }

    /** Sets {@code Alignment} to this value; see {@link #alignment(String)}. */
    public BodyConfig alignment(Value<String> value) {
      return set("Alignment", value);
    }

    /**
     * The main body text of the message.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public BodyConfig body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public BodyConfig body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The color of the body text, expressed as a hex color code (such as #000000 for black).
     *
     * <p>CloudFormation property {@code TextColor}.
     */
    public BodyConfig textColor(String value) {
      return set("TextColor", Value.of(value));
    }

    /** Sets {@code TextColor} to this value; see {@link #textColor(String)}. */
    public BodyConfig textColor(Value<String> value) {
      return set("TextColor", value);
    }
  }

  /**
   * Specifies the behavior of buttons that appear in an in-app message template.
   *
   * <p>Property type {@code AWS::Pinpoint::InAppTemplate.ButtonConfig}.
   */
  public static final class ButtonConfig extends Struct<ButtonConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::InAppTemplate.ButtonConfig");

    public ButtonConfig() {
      super(SCHEMA);
    }

    /**
     * Optional button configuration to use for in-app messages sent to Android devices. This button
     * configuration overrides the default button configuration.
     *
     * <p>CloudFormation property {@code Android}.
     */
    public ButtonConfig android(Value<OverrideButtonConfiguration> value) {
      return set("Android", value);
    }

    /**
     * Specifies the default behavior of a button that appears in an in-app message. You can
     * optionally add button configurations that specifically apply to iOS, Android, or web browser
     * users.
     *
     * <p>CloudFormation property {@code DefaultConfig}.
     */
    public ButtonConfig defaultConfig(Value<DefaultButtonConfiguration> value) {
      return set("DefaultConfig", value);
    }

    /**
     * Optional button configuration to use for in-app messages sent to iOS devices. This button
     * configuration overrides the default button configuration.
     *
     * <p>CloudFormation property {@code IOS}.
     */
    public ButtonConfig ios(Value<OverrideButtonConfiguration> value) {
      return set("IOS", value);
    }

    /**
     * Optional button configuration to use for in-app messages sent to web applications. This
     * button configuration overrides the default button configuration.
     *
     * <p>CloudFormation property {@code Web}.
     */
    public ButtonConfig web(Value<OverrideButtonConfiguration> value) {
      return set("Web", value);
    }
  }

  /**
   * Specifies the default behavior of a button that appears in an in-app message. You can
   * optionally add button configurations that specifically apply to iOS, Android, or web browser
   * users.
   *
   * <p>Property type {@code AWS::Pinpoint::InAppTemplate.DefaultButtonConfiguration}.
   */
  public static final class DefaultButtonConfiguration extends Struct<DefaultButtonConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::InAppTemplate.DefaultButtonConfiguration")
        .allowed("ButtonAction", "LINK", "DEEP_LINK", "CLOSE")
        .build();

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
     * <p>Allowed values: {@code LINK}, {@code DEEP_LINK}, {@code CLOSE}. CloudFormation property
     * {@code ButtonAction}.
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
   * Specifies the configuration and content of the header or title text of the in-app message.
   *
   * <p>Property type {@code AWS::Pinpoint::InAppTemplate.HeaderConfig}.
   */
  public static final class HeaderConfig extends Struct<HeaderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::InAppTemplate.HeaderConfig")
        .allowed("Alignment", "LEFT", "CENTER", "RIGHT")
        .build();

    public HeaderConfig() {
      super(SCHEMA);
    }

    /**
     * The text alignment of the title of the message. Acceptable values: <code>LEFT</code> ,
     * <code>CENTER</code> , <code>RIGHT</code> .
     *
     * <p>Allowed values: {@code LEFT}, {@code CENTER}, {@code RIGHT}. CloudFormation property
     * {@code Alignment}.
     */
    public HeaderConfig alignment(String value) {
      return set("Alignment", Value.of(value));
    }

    /** Sets {@code Alignment} to this value; see {@link #alignment(String)}. */
    public HeaderConfig alignment(Value<String> value) {
      return set("Alignment", value);
    }

    /**
     * The title text of the in-app message.
     *
     * <p>CloudFormation property {@code Header}.
     */
    public HeaderConfig header(String value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(String)}. */
    public HeaderConfig header(Value<String> value) {
      return set("Header", value);
    }

    /**
     * The color of the title text, expressed as a hex color code (such as #000000 for black).
     *
     * <p>CloudFormation property {@code TextColor}.
     */
    public HeaderConfig textColor(String value) {
      return set("TextColor", Value.of(value));
    }

    /** Sets {@code TextColor} to this value; see {@link #textColor(String)}. */
    public HeaderConfig textColor(Value<String> value) {
      return set("TextColor", value);
    }
  }

  /**
   * Specifies the configuration of an in-app message, including its header, body, buttons, colors,
   * and images.
   *
   * <p>Property type {@code AWS::Pinpoint::InAppTemplate.InAppMessageContent}.
   */
  public static final class InAppMessageContent extends Struct<InAppMessageContent> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::InAppTemplate.InAppMessageContent");

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
     * An object that contains configuration information about the header or title text of the
     * in-app message.
     *
     * <p>CloudFormation property {@code BodyConfig}.
     */
    public InAppMessageContent bodyConfig(Value<BodyConfig> value) {
      return set("BodyConfig", value);
    }

    /**
     * An object that contains configuration information about the header or title text of the
     * in-app message.
     *
     * <p>CloudFormation property {@code HeaderConfig}.
     */
    public InAppMessageContent headerConfig(Value<HeaderConfig> value) {
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
    public InAppMessageContent primaryBtn(Value<ButtonConfig> value) {
      return set("PrimaryBtn", value);
    }

    /**
     * An object that contains configuration information about the secondary button in an in-app
     * message.
     *
     * <p>CloudFormation property {@code SecondaryBtn}.
     */
    public InAppMessageContent secondaryBtn(Value<ButtonConfig> value) {
      return set("SecondaryBtn", value);
    }
  }

  /**
   * Specifies the configuration of a button with settings that are specific to a certain device
   * type.
   *
   * <p>Property type {@code AWS::Pinpoint::InAppTemplate.OverrideButtonConfiguration}.
   */
  public static final class OverrideButtonConfiguration extends Struct<OverrideButtonConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::InAppTemplate.OverrideButtonConfiguration")
        .allowed("ButtonAction", "LINK", "DEEP_LINK", "CLOSE")
        .build();

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
     * <p>Allowed values: {@code LINK}, {@code DEEP_LINK}, {@code CLOSE}. CloudFormation property
     * {@code ButtonAction}.
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
}
