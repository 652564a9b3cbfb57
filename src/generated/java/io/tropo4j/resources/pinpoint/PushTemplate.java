// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates a message template that you can use in messages that are sent through a push notification
 * channel. A <em>message template</em> is a set of content and settings that you can define, save,
 * and reuse in messages for any of your Amazon Pinpoint applications.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::PushTemplate}.
 */
public final class PushTemplate extends Resource<PushTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::PushTemplate")
      .required("TemplateName")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public PushTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The message template to use for the ADM (Amazon Device Messaging) channel. This message
   * template overrides the default template for push notification channels ( <code>Default</code>
   * ).
   *
   * <p>CloudFormation property {@code ADM}.
   */
  public PushTemplate adm(Value<AndroidPushNotificationTemplate> value) {
    return set("ADM", value);
  }

  /**
   * The message template to use for the APNs (Apple Push Notification service) channel. This
   * message template overrides the default template for push notification channels (
   * <code>Default</code> ).
   *
   * <p>CloudFormation property {@code APNS}.
   */
  public PushTemplate apns(Value<APNSPushNotificationTemplate> value) {
    return set("APNS", value);
  }

  /**
   * The message template to use for the Baidu (Baidu Cloud Push) channel. This message template
   * overrides the default template for push notification channels ( <code>Default</code> ).
   *
   * <p>CloudFormation property {@code Baidu}.
   */
  public PushTemplate baidu(Value<AndroidPushNotificationTemplate> value) {
    return set("Baidu", value);
  }

  /**
   * The default message template to use for push notification channels.
   *
   * <p>CloudFormation property {@code Default}.
   */
  public PushTemplate defaultProperty(Value<DefaultPushNotificationTemplate> value) {
    return set("Default", value);
  }

  /**
   * A JSON object that specifies the default values to use for message variables in the message
   * template. This object is a set of key-value pairs. Each key defines a message variable in the
   * template. The corresponding value defines the default value for that variable. When you create
   * a message that's based on the template, you can override these defaults with message-specific
   * and address-specific variables and values.
   *
   * <p>CloudFormation property {@code DefaultSubstitutions}.
   */
  public PushTemplate defaultSubstitutions(String value) {
    return set("DefaultSubstitutions", Value.of(value));
  }

  /** Sets {@code DefaultSubstitutions} to this value; see {@link #defaultSubstitutions(String)}. */
  public PushTemplate defaultSubstitutions(Value<String> value) {
    return set("DefaultSubstitutions", value);
  }

  /**
   * The message template to use for the GCM channel, which is used to send notifications through
   * the Firebase Cloud Messaging (FCM), formerly Google Cloud Messaging (GCM), service. This
   * message template overrides the default template for push notification channels (
   * <code>Default</code> ).
   *
   * <p>CloudFormation property {@code GCM}.
   */
  public PushTemplate gcm(Value<AndroidPushNotificationTemplate> value) {
    return set("GCM", value);
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
  public PushTemplate tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public PushTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A custom description of the message template.
   *
   * <p>CloudFormation property {@code TemplateDescription}.
   */
  public PushTemplate templateDescription(String value) {
    return set("TemplateDescription", Value.of(value));
  }

  /** Sets {@code TemplateDescription} to this value; see {@link #templateDescription(String)}. */
  public PushTemplate templateDescription(Value<String> value) {
    return set("TemplateDescription", value);
  }

  /**
   * The name of the message template to use for the message. If specified, this value must match
   * the name of an existing message template.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TemplateName}.
   */
  public PushTemplate templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public PushTemplate templateName(Value<String> value) {
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

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies channel-specific content and settings for a message template that can be used in push
   * notifications that are sent through the APNs (Apple Push Notification service) channel.
   *
   * <p>Property type {@code AWS::Pinpoint::PushTemplate.APNSPushNotificationTemplate}.
   */
  public static final class APNSPushNotificationTemplate extends Struct<APNSPushNotificationTemplate> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::PushTemplate.APNSPushNotificationTemplate");

    public APNSPushNotificationTemplate() {
      super(SCHEMA);
    }

    /**
     * The action to occur if a recipient taps a push notification that's based on the message
     * template. Valid values are:
     *
     * <ul> <li><code>OPEN_APP</code> – Your app opens or it becomes the foreground app if it was
     * sent to the background. This is the default action. <li><code>DEEP_LINK</code> – Your app
     * opens and displays a designated user interface in the app. This setting uses the deep-linking
     * features of the iOS platform. <li><code>URL</code> – The default mobile browser on the
     * recipient's device opens and loads the web page at a URL that you specify. </ul>
     *
     * <p>CloudFormation property {@code Action}.
     */
    public APNSPushNotificationTemplate action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public APNSPushNotificationTemplate action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The message body to use in push notifications that are based on the message template.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public APNSPushNotificationTemplate body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public APNSPushNotificationTemplate body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The URL of an image or video to display in push notifications that are based on the message
     * template.
     *
     * <p>CloudFormation property {@code MediaUrl}.
     */
    public APNSPushNotificationTemplate mediaUrl(String value) {
      return set("MediaUrl", Value.of(value));
    }

    /** Sets {@code MediaUrl} to this value; see {@link #mediaUrl(String)}. */
    public APNSPushNotificationTemplate mediaUrl(Value<String> value) {
      return set("MediaUrl", value);
    }

    /**
     * The key for the sound to play when the recipient receives a push notification that's based on
     * the message template. The value for this key is the name of a sound file in your app's main
     * bundle or the <code>Library/Sounds</code> folder in your app's data container. If the sound
     * file can't be found or you specify <code>default</code> for the value, the system plays the
     * default alert sound.
     *
     * <p>CloudFormation property {@code Sound}.
     */
    public APNSPushNotificationTemplate sound(String value) {
      return set("Sound", Value.of(value));
    }

    /** Sets {@code Sound} to this value; see {@link #sound(String)}. */
    public APNSPushNotificationTemplate sound(Value<String> value) {
      return set("Sound", value);
    }

    /**
     * The title to use in push notifications that are based on the message template. This title
     * appears above the notification message on a recipient's device.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public APNSPushNotificationTemplate title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public APNSPushNotificationTemplate title(Value<String> value) {
      return set("Title", value);
    }

    /**
     * The URL to open in the recipient's default mobile browser, if a recipient taps a push
     * notification that's based on the message template and the value of the <code>Action</code>
     * property is <code>URL</code> .
     *
     * <p>CloudFormation property {@code Url}.
     */
    public APNSPushNotificationTemplate url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public APNSPushNotificationTemplate url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Specifies channel-specific content and settings for a message template that can be used in push
   * notifications that are sent through the ADM (Amazon Device Messaging), Baidu (Baidu Cloud
   * Push), or GCM (Firebase Cloud Messaging, formerly Google Cloud Messaging) channel.
   *
   * <p>Property type {@code AWS::Pinpoint::PushTemplate.AndroidPushNotificationTemplate}.
   */
  public static final class AndroidPushNotificationTemplate extends Struct<AndroidPushNotificationTemplate> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::PushTemplate.AndroidPushNotificationTemplate");

    public AndroidPushNotificationTemplate() {
      super(SCHEMA);
    }

    /**
     * The action to occur if a recipient taps a push notification that's based on the message
     * template. Valid values are:
     *
     * <ul> <li><code>OPEN_APP</code> – Your app opens or it becomes the foreground app if it was
     * sent to the background. This is the default action. <li><code>DEEP_LINK</code> – Your app
     * opens and displays a designated user interface in the app. This action uses the deep-linking
     * features of the Android platform. <li><code>URL</code> – The default mobile browser on the
     * recipient's device opens and loads the web page at a URL that you specify. </ul>
     *
     * <p>CloudFormation property {@code Action}.
     */
    public AndroidPushNotificationTemplate action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public AndroidPushNotificationTemplate action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The message body to use in a push notification that's based on the message template.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public AndroidPushNotificationTemplate body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public AndroidPushNotificationTemplate body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The URL of the large icon image to display in the content view of a push notification that's
     * based on the message template.
     *
     * <p>CloudFormation property {@code ImageIconUrl}.
     */
    public AndroidPushNotificationTemplate imageIconUrl(String value) {
      return set("ImageIconUrl", Value.of(value));
    }

    /** Sets {@code ImageIconUrl} to this value; see {@link #imageIconUrl(String)}. */
    public AndroidPushNotificationTemplate imageIconUrl(Value<String> value) {
      return set("ImageIconUrl", value);
    }

    /**
     * The URL of an image to display in a push notification that's based on the message template.
     *
     * <p>CloudFormation property {@code ImageUrl}.
     */
    public AndroidPushNotificationTemplate imageUrl(String value) {
      return set("ImageUrl", Value.of(value));
    }

    /** Sets {@code ImageUrl} to this value; see {@link #imageUrl(String)}. */
    public AndroidPushNotificationTemplate imageUrl(Value<String> value) {
      return set("ImageUrl", value);
    }

    /**
     * The URL of the small icon image to display in the status bar and the content view of a push
     * notification that's based on the message template.
     *
     * <p>CloudFormation property {@code SmallImageIconUrl}.
     */
    public AndroidPushNotificationTemplate smallImageIconUrl(String value) {
      return set("SmallImageIconUrl", Value.of(value));
    }

    /** Sets {@code SmallImageIconUrl} to this value; see {@link #smallImageIconUrl(String)}. */
    public AndroidPushNotificationTemplate smallImageIconUrl(Value<String> value) {
      return set("SmallImageIconUrl", value);
    }

    /**
     * The sound to play when a recipient receives a push notification that's based on the message
     * template. You can use the default stream or specify the file name of a sound resource that's
     * bundled in your app. On an Android platform, the sound file must reside in
     * <code>/res/raw/</code> .
     *
     * <p>CloudFormation property {@code Sound}.
     */
    public AndroidPushNotificationTemplate sound(String value) {
      return set("Sound", Value.of(value));
    }

    /** Sets {@code Sound} to this value; see {@link #sound(String)}. */
    public AndroidPushNotificationTemplate sound(Value<String> value) {
      return set("Sound", value);
    }

    /**
     * The title to use in a push notification that's based on the message template. This title
     * appears above the notification message on a recipient's device.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public AndroidPushNotificationTemplate title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public AndroidPushNotificationTemplate title(Value<String> value) {
      return set("Title", value);
    }

    /**
     * The URL to open in a recipient's default mobile browser, if a recipient taps a push
     * notification that's based on the message template and the value of the <code>Action</code>
     * property is <code>URL</code> .
     *
     * <p>CloudFormation property {@code Url}.
     */
    public AndroidPushNotificationTemplate url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public AndroidPushNotificationTemplate url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Specifies the default settings and content for a message template that can be used in messages
   * that are sent through a push notification channel.
   *
   * <p>Property type {@code AWS::Pinpoint::PushTemplate.DefaultPushNotificationTemplate}.
   */
  public static final class DefaultPushNotificationTemplate extends Struct<DefaultPushNotificationTemplate> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::PushTemplate.DefaultPushNotificationTemplate");

    public DefaultPushNotificationTemplate() {
      super(SCHEMA);
    }

    /**
     * The action to occur if a recipient taps a push notification that's based on the message
     * template. Valid values are:
     *
     * <ul> <li><code>OPEN_APP</code> – Your app opens or it becomes the foreground app if it was
     * sent to the background. This is the default action. <li><code>DEEP_LINK</code> – Your app
     * opens and displays a designated user interface in the app. This setting uses the deep-linking
     * features of the iOS and Android platforms. <li><code>URL</code> – The default mobile browser
     * on the recipient's device opens and loads the web page at a URL that you specify. </ul>
     *
     * <p>CloudFormation property {@code Action}.
     */
    public DefaultPushNotificationTemplate action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public DefaultPushNotificationTemplate action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The message body to use in push notifications that are based on the message template.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public DefaultPushNotificationTemplate body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public DefaultPushNotificationTemplate body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The sound to play when a recipient receives a push notification that's based on the message
     * template. You can use the default stream or specify the file name of a sound resource that's
     * bundled in your app. On an Android platform, the sound file must reside in
     * <code>/res/raw/</code> .
     *
     * <p>For an iOS platform, this value is the key for the name of a sound file in your app's main
     * bundle or the <code>Library/Sounds</code> folder in your app's data container. If the sound
     * file can't be found or you specify <code>default</code> for the value, the system plays the
     * default alert sound.
     *
     * <p>CloudFormation property {@code Sound}.
     */
    public DefaultPushNotificationTemplate sound(String value) {
      return set("Sound", Value.of(value));
    }

    /** Sets {@code Sound} to this value; see {@link #sound(String)}. */
    public DefaultPushNotificationTemplate sound(Value<String> value) {
      return set("Sound", value);
    }

    /**
     * The title to use in push notifications that are based on the message template. This title
     * appears above the notification message on a recipient's device.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public DefaultPushNotificationTemplate title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public DefaultPushNotificationTemplate title(Value<String> value) {
      return set("Title", value);
    }

    /**
     * The URL to open in a recipient's default mobile browser, if a recipient taps a push
     * notification that's based on the message template and the value of the <code>Action</code>
     * property is <code>URL</code> .
     *
     * <p>CloudFormation property {@code Url}.
     */
    public DefaultPushNotificationTemplate url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public DefaultPushNotificationTemplate url(Value<String> value) {
      return set("Url", value);
    }
  }
}
