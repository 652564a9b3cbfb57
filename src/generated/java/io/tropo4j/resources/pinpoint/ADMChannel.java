// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. You can use the ADM
 * channel to send push notifications through the Amazon Device Messaging (ADM) service to apps that
 * run on Amazon devices, such as Kindle Fire tablets. Before you can use Amazon Pinpoint to send
 * messages to Amazon devices, you have to enable the ADM channel for an Amazon Pinpoint
 * application.
 *
 * <p>The ADMChannel resource represents the status and authentication settings for the ADM channel
 * for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::ADMChannel}.
 */
public final class ADMChannel extends Resource<ADMChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::ADMChannel")
      .required("ApplicationId", "ClientId", "ClientSecret")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ADMChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that the ADM channel applies to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public ADMChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public ADMChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The Client ID that you received from Amazon to send messages by using ADM.
   *
   * <p>Required. CloudFormation property {@code ClientId}.
   */
  public ADMChannel clientId(String value) {
    return set("ClientId", Value.of(value));
  }

  /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
  public ADMChannel clientId(Value<String> value) {
    return set("ClientId", value);
  }

  /**
   * The Client Secret that you received from Amazon to send messages by using ADM.
   *
   * <p>Required. CloudFormation property {@code ClientSecret}.
   */
  public ADMChannel clientSecret(String value) {
    return set("ClientSecret", Value.of(value));
  }

  /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
  public ADMChannel clientSecret(Value<String> value) {
    return set("ClientSecret", value);
  }

  /**
   * Specifies whether to enable the ADM channel for the application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public ADMChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public ADMChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * (Deprecated) An identifier for the ADM channel. This property is retained only for backward
   * compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
