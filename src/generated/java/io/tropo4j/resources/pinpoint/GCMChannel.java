// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. You can use the GCM
 * channel to send push notification messages to the Firebase Cloud Messaging (FCM) service, which
 * replaced the Google Cloud Messaging (GCM) service. Before you use Amazon Pinpoint to send
 * notifications to FCM, you have to enable the GCM channel for an Amazon Pinpoint application.
 *
 * <p>The GCMChannel resource represents the status and authentication settings of the GCM channel
 * for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::GCMChannel}.
 */
public final class GCMChannel extends Resource<GCMChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::GCMChannel")
      .required("ApplicationId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public GCMChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Web API key, also called the <em>server key</em> , that you received from Google to
   * communicate with Google services.
   *
   * <p>CloudFormation property {@code ApiKey}.
   */
  public GCMChannel apiKey(String value) {
    return set("ApiKey", Value.of(value));
  }

  /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
  public GCMChannel apiKey(Value<String> value) {
    return set("ApiKey", value);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that the GCM channel applies to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public GCMChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public GCMChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The default authentication method used for GCM. Values are either "TOKEN" or "KEY". Defaults to
   * "KEY".
   *
   * <p>CloudFormation property {@code DefaultAuthenticationMethod}.
   */
  public GCMChannel defaultAuthenticationMethod(String value) {
    return set("DefaultAuthenticationMethod", Value.of(value));
  }

  /**
   * Sets {@code DefaultAuthenticationMethod} to this value; see {@link
   * #defaultAuthenticationMethod(String)}.
   */
  public GCMChannel defaultAuthenticationMethod(Value<String> value) {
    return set("DefaultAuthenticationMethod", value);
  }

  /**
   * Specifies whether to enable the GCM channel for the Amazon Pinpoint application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public GCMChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public GCMChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The contents of the JSON file provided by Google during registration in order to generate an
   * access token for authentication. For more information see <a
   * href="https://docs.aws.amazon.com/https://firebase.google.com/docs/cloud-messaging/migrate-v1">Migrate
   * from legacy FCM APIs to HTTP v1</a> .
   *
   * <p>CloudFormation property {@code ServiceJson}.
   */
  public GCMChannel serviceJson(String value) {
    return set("ServiceJson", Value.of(value));
  }

  /** Sets {@code ServiceJson} to this value; see {@link #serviceJson(String)}. */
  public GCMChannel serviceJson(Value<String> value) {
    return set("ServiceJson", value);
  }

  /**
   * (Deprecated) An identifier for the GCM channel. This property is retained only for backward
   * compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
