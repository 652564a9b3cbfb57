// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpointemail;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create a configuration set. <em>Configuration sets</em> are groups of rules that you can apply to
 * the emails you send using Amazon Pinpoint. You apply a configuration set to an email by including
 * a reference to the configuration set in the headers of the email. When you apply a configuration
 * set to an email, all of the rules in that configuration set are applied to the email.
 *
 * <p>CloudFormation type {@code AWS::PinpointEmail::ConfigurationSet}.
 */
public final class ConfigurationSet extends Resource<ConfigurationSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::PinpointEmail::ConfigurationSet")
      .required("Name")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfigurationSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An object that defines the dedicated IP pool that is used to send emails that you send using
   * the configuration set.
   *
   * <p>CloudFormation property {@code DeliveryOptions}.
   */
  public ConfigurationSet deliveryOptions(Value<DeliveryOptions> value) {
    return set("DeliveryOptions", value);
  }

  /**
   * The name of the configuration set.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ConfigurationSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfigurationSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An object that defines whether or not Amazon Pinpoint collects reputation metrics for the
   * emails that you send that use the configuration set.
   *
   * <p>CloudFormation property {@code ReputationOptions}.
   */
  public ConfigurationSet reputationOptions(Value<ReputationOptions> value) {
    return set("ReputationOptions", value);
  }

  /**
   * An object that defines whether or not Amazon Pinpoint can send email that you send using the
   * configuration set.
   *
   * <p>CloudFormation property {@code SendingOptions}.
   */
  public ConfigurationSet sendingOptions(Value<SendingOptions> value) {
    return set("SendingOptions", value);
  }

  /**
   * An object that defines the tags (keys and values) that you want to associate with the
   * configuration set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfigurationSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfigurationSet tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An object that defines the open and click tracking options for emails that you send using the
   * configuration set.
   *
   * <p>CloudFormation property {@code TrackingOptions}.
   */
  public ConfigurationSet trackingOptions(Value<TrackingOptions> value) {
    return set("TrackingOptions", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Used to associate a configuration set with a dedicated IP pool.
   *
   * <p>Property type {@code AWS::PinpointEmail::ConfigurationSet.DeliveryOptions}.
   */
  public static final class DeliveryOptions extends Struct<DeliveryOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::ConfigurationSet.DeliveryOptions");

    public DeliveryOptions() {
      super(SCHEMA);
    }

    /**
     * The name of the dedicated IP pool that you want to associate with the configuration set.
     *
     * <p>CloudFormation property {@code SendingPoolName}.
     */
    public DeliveryOptions sendingPoolName(String value) {
      return set("SendingPoolName", Value.of(value));
    }

    /** Sets {@code SendingPoolName} to this value; see {@link #sendingPoolName(String)}. */
    public DeliveryOptions sendingPoolName(Value<String> value) {
      return set("SendingPoolName", value);
    }
  }

  /**
   * Enable or disable collection of reputation metrics for emails that you send using this
   * configuration set in the current AWS Region.
   *
   * <p>Property type {@code AWS::PinpointEmail::ConfigurationSet.ReputationOptions}.
   */
  public static final class ReputationOptions extends Struct<ReputationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::ConfigurationSet.ReputationOptions");

    public ReputationOptions() {
      super(SCHEMA);
    }

    /**
     * If <code>true</code> , tracking of reputation metrics is enabled for the configuration set.
     * If <code>false</code> , tracking of reputation metrics is disabled for the configuration set.
     *
     * <p>CloudFormation property {@code ReputationMetricsEnabled}.
     */
    public ReputationOptions reputationMetricsEnabled(boolean value) {
      return set("ReputationMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code ReputationMetricsEnabled} to this value; see {@link
     * #reputationMetricsEnabled(boolean)}.
     */
    public ReputationOptions reputationMetricsEnabled(Value<Boolean> value) {
      return set("ReputationMetricsEnabled", value);
    }
  }

  /**
   * Used to enable or disable email sending for messages that use this configuration set in the
   * current AWS Region.
   *
   * <p>Property type {@code AWS::PinpointEmail::ConfigurationSet.SendingOptions}.
   */
  public static final class SendingOptions extends Struct<SendingOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::ConfigurationSet.SendingOptions");

    public SendingOptions() {
      super(SCHEMA);
    }

    /**
     * If <code>true</code> , email sending is enabled for the configuration set. If
     * <code>false</code> , email sending is disabled for the configuration set.
     *
     * <p>CloudFormation property {@code SendingEnabled}.
     */
    public SendingOptions sendingEnabled(boolean value) {
      return set("SendingEnabled", Value.of(value));
    }

    /** Sets {@code SendingEnabled} to this value; see {@link #sendingEnabled(boolean)}. */
    public SendingOptions sendingEnabled(Value<Boolean> value) {
      return set("SendingEnabled", value);
    }
  }

  /**
   * An object that defines the tags (keys and values) that you want to associate with the
   * configuration set.
   *
   * <p>Property type {@code AWS::PinpointEmail::ConfigurationSet.Tags}.
   */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::ConfigurationSet.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /**
     * One part of a key-value pair that defines a tag. The maximum length of a tag key is 128
     * characters. The minimum length is 1 character.
     *
     * <p>If you specify tags for the configuration set, then this value is required.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The optional part of a key-value pair that defines a tag. The maximum length of a tag value
     * is 256 characters. The minimum length is 0 characters. If you don’t want a resource to have a
     * specific tag value, don’t specify a value for this parameter. Amazon Pinpoint will set the
     * value to an empty string.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Tags value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tags value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that defines the tracking options for a configuration set. When you use Amazon
   * Pinpoint to send an email, it contains an invisible image that's used to track when recipients
   * open your email. If your email contains links, those links are changed slightly in order to
   * track when recipients click them.
   *
   * <p>These images and links include references to a domain operated by AWS . You can optionally
   * configure Amazon Pinpoint to use a domain that you operate for these images and links.
   *
   * <p>Property type {@code AWS::PinpointEmail::ConfigurationSet.TrackingOptions}.
   */
  public static final class TrackingOptions extends Struct<TrackingOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::PinpointEmail::ConfigurationSet.TrackingOptions");

    public TrackingOptions() {
      super(SCHEMA);
    }

    /**
     * The domain that you want to use for tracking open and click events.
     *
     * <p>CloudFormation property {@code CustomRedirectDomain}.
     */
    public TrackingOptions customRedirectDomain(String value) {
      return set("CustomRedirectDomain", Value.of(value));
    }

    /**
     * Sets {@code CustomRedirectDomain} to this value; see {@link #customRedirectDomain(String)}.
     */
    public TrackingOptions customRedirectDomain(Value<String> value) {
      return set("CustomRedirectDomain", value);
    }
  }
}
