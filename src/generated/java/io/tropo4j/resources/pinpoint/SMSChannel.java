// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. To send an SMS text
 * message, you send the message through the SMS channel. Before you can use Amazon Pinpoint to send
 * text messages, you have to enable the SMS channel for an Amazon Pinpoint application.
 *
 * <p>The SMSChannel resource represents the status, sender ID, and other settings for the SMS
 * channel for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::SMSChannel}.
 */
public final class SMSChannel extends Resource<SMSChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::SMSChannel")
      .required("ApplicationId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public SMSChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that the SMS channel applies to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public SMSChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public SMSChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Specifies whether to enable the SMS channel for the application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public SMSChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public SMSChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The identity that you want to display on recipients' devices when they receive messages from
   * the SMS channel.
   *
   * <p>SenderIDs are only supported in certain countries and regions. For more information, see <a
   * href="https://docs.aws.amazon.com/pinpoint/latest/userguide/channels-sms-countries.html">Supported
   * Countries and Regions</a> in the <em>Amazon Pinpoint User Guide</em> .
   *
   * <p>CloudFormation property {@code SenderId}.
   */
  public SMSChannel senderId(String value) {
    return set("SenderId", Value.of(value));
  }

  /** Sets {@code SenderId} to this value; see {@link #senderId(String)}. */
  public SMSChannel senderId(Value<String> value) {
    return set("SenderId", value);
  }

  /**
   * The registered short code that you want to use when you send messages through the SMS channel.
   *
   * <p>For information about obtaining a dedicated short code for sending SMS messages, see <a
   * href="https://docs.aws.amazon.com/pinpoint/latest/userguide/channels-sms-awssupport-short-code.html">Requesting
   * Dedicated Short Codes for SMS Messaging with Amazon Pinpoint</a> in the <em>Amazon Pinpoint
   * User Guide</em> .
   *
   * <p>CloudFormation property {@code ShortCode}.
   */
  public SMSChannel shortCode(String value) {
    return set("ShortCode", Value.of(value));
  }

  /** Sets {@code ShortCode} to this value; see {@link #shortCode(String)}. */
  public SMSChannel shortCode(Value<String> value) {
    return set("ShortCode", value);
  }

  /**
   * (Deprecated) An identifier for the SMS channel. This property is retained only for backward
   * compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
