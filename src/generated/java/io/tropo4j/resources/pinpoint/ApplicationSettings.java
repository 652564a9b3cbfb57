// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Specifies the settings for an Amazon Pinpoint application. In Amazon Pinpoint, an
 * <em>application</em> (also referred to as an <em>app</em> or <em>project</em> ) is a collection
 * of related settings, customer information, segments, and campaigns, and other types of Amazon
 * Pinpoint resources.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::ApplicationSettings}.
 */
public final class ApplicationSettings extends Resource<ApplicationSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::ApplicationSettings")
      .required("ApplicationId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ApplicationSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public ApplicationSettings applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public ApplicationSettings applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The settings for the Lambda function to use by default as a code hook for campaigns in the
   * application. To override these settings for a specific campaign, use the Campaign resource to
   * define custom Lambda function settings for the campaign.
   *
   * <p>CloudFormation property {@code CampaignHook}.
   */
  public ApplicationSettings campaignHook(Value<CampaignHook> value) {
    return set("CampaignHook", value);
  }

  /** CloudFormation property {@code CloudWatchMetricsEnabled}. */
  public ApplicationSettings cloudWatchMetricsEnabled(boolean value) {
    return set("CloudWatchMetricsEnabled", Value.of(value));
  }

  /**
   * Sets {@code CloudWatchMetricsEnabled} to this value; see {@link
   * #cloudWatchMetricsEnabled(boolean)}.
   */
  public ApplicationSettings cloudWatchMetricsEnabled(Value<Boolean> value) {
    return set("CloudWatchMetricsEnabled", value);
  }

  /**
   * The default sending limits for campaigns in the application. To override these limits for a
   * specific campaign, use the Campaign resource to define custom limits for the campaign.
   *
   * <p>CloudFormation property {@code Limits}.
   */
  public ApplicationSettings limits(Value<Limits> value) {
    return set("Limits", value);
  }

  /**
   * The default quiet time for campaigns in the application. Quiet time is a specific time range
   * when campaigns don't send messages to endpoints, if all the following conditions are met:
   *
   * <ul> <li>The <code>EndpointDemographic.Timezone</code> property of the endpoint is set to a
   * valid value. </ul>
   *
   * <ul> <li>The current time in the endpoint's time zone is later than or equal to the time
   * specified by the <code>QuietTime.Start</code> property for the application (or a campaign that
   * has custom quiet time settings). </ul>
   *
   * <ul> <li>The current time in the endpoint's time zone is earlier than or equal to the time
   * specified by the <code>QuietTime.End</code> property for the application (or a campaign that
   * has custom quiet time settings). </ul>
   *
   * <p>If any of the preceding conditions isn't met, the endpoint will receive messages from a
   * campaign, even if quiet time is enabled.
   *
   * <p>To override the default quiet time settings for a specific campaign, use the Campaign
   * resource to define a custom quiet time for the campaign.
   *
   * <p>CloudFormation property {@code QuietTime}.
   */
  public ApplicationSettings quietTime(Value<QuietTime> value) {
    return set("QuietTime", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies the Lambda function to use by default as a code hook for campaigns in the
   * application.
   *
   * <p>Property type {@code AWS::Pinpoint::ApplicationSettings.CampaignHook}.
   */
  public static final class CampaignHook extends Struct<CampaignHook> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::ApplicationSettings.CampaignHook");

    public CampaignHook() {
      super(SCHEMA);
    }

    /**
     * The name or Amazon Resource Name (ARN) of the Lambda function that Amazon Pinpoint invokes to
     * send messages for campaigns in the application.
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
   * Specifies the default sending limits for campaigns in the application.
   *
   * <p>Property type {@code AWS::Pinpoint::ApplicationSettings.Limits}.
   */
  public static final class Limits extends Struct<Limits> {
    private static final Schema SCHEMA = Schema.of("AWS::Pinpoint::ApplicationSettings.Limits");

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
   * Specifies the start and end times that define a time range when messages aren't sent to
   * endpoints.
   *
   * <p>Property type {@code AWS::Pinpoint::ApplicationSettings.QuietTime}.
   */
  public static final class QuietTime extends Struct<QuietTime> {
    private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::ApplicationSettings.QuietTime")
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
}
