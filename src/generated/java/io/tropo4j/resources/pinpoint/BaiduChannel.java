// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. You can use the Baidu
 * channel to send notifications to the Baidu Cloud Push notification service. Before you can use
 * Amazon Pinpoint to send notifications to the Baidu Cloud Push service, you have to enable the
 * Baidu channel for an Amazon Pinpoint application.
 *
 * <p>The BaiduChannel resource represents the status and authentication settings of the Baidu
 * channel for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::BaiduChannel}.
 */
public final class BaiduChannel extends Resource<BaiduChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::BaiduChannel")
      .required("ApiKey", "ApplicationId", "SecretKey")
      .refYields("Id")
      .attributes("Id")
      .build();

  public BaiduChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API key that you received from the Baidu Cloud Push service to communicate with the
   * service.
   *
   * <p>Required. CloudFormation property {@code ApiKey}.
   */
  public BaiduChannel apiKey(String value) {
    return set("ApiKey", Value.of(value));
  }

  /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
  public BaiduChannel apiKey(Value<String> value) {
    return set("ApiKey", value);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that you're configuring the Baidu
   * channel for.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public BaiduChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public BaiduChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Specifies whether to enable the Baidu channel for the application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public BaiduChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public BaiduChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The secret key that you received from the Baidu Cloud Push service to communicate with the
   * service.
   *
   * <p>Required. CloudFormation property {@code SecretKey}.
   */
  public BaiduChannel secretKey(String value) {
    return set("SecretKey", Value.of(value));
  }

  /** Sets {@code SecretKey} to this value; see {@link #secretKey(String)}. */
  public BaiduChannel secretKey(Value<String> value) {
    return set("SecretKey", value);
  }

  /**
   * (Deprecated) An identifier for the Baidu channel. This property is retained only for backward
   * compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
