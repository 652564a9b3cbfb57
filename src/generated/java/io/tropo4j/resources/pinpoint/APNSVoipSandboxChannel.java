// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. You can use the APNs
 * VoIP sandbox channel to send VoIP notification messages to the sandbox environment of the Apple
 * Push Notification service (APNs). Before you can use Amazon Pinpoint to send VoIP notifications
 * to the APNs sandbox environment, you have to enable the APNs VoIP sandbox channel for an Amazon
 * Pinpoint application.
 *
 * <p>The APNSVoipSandboxChannel resource represents the status and authentication settings of the
 * APNs VoIP sandbox channel for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::APNSVoipSandboxChannel}.
 */
public final class APNSVoipSandboxChannel extends Resource<APNSVoipSandboxChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::APNSVoipSandboxChannel")
      .required("ApplicationId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public APNSVoipSandboxChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the application that the APNs VoIP sandbox channel applies to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public APNSVoipSandboxChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public APNSVoipSandboxChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The bundle identifier that's assigned to your iOS app. This identifier is used for APNs tokens.
   *
   * <p>CloudFormation property {@code BundleId}.
   */
  public APNSVoipSandboxChannel bundleId(String value) {
    return set("BundleId", Value.of(value));
  }

  /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
  public APNSVoipSandboxChannel bundleId(Value<String> value) {
    return set("BundleId", value);
  }

  /**
   * The APNs client certificate that you received from Apple. Specify this value if you want Amazon
   * Pinpoint to communicate with the APNs sandbox environment by using an APNs certificate.
   *
   * <p>CloudFormation property {@code Certificate}.
   */
  public APNSVoipSandboxChannel certificate(String value) {
    return set("Certificate", Value.of(value));
  }

  /** Sets {@code Certificate} to this value; see {@link #certificate(String)}. */
  public APNSVoipSandboxChannel certificate(Value<String> value) {
    return set("Certificate", value);
  }

  /**
   * The default authentication method that you want Amazon Pinpoint to use when authenticating with
   * APNs. Valid options are <code>key</code> or <code>certificate</code> .
   *
   * <p>CloudFormation property {@code DefaultAuthenticationMethod}.
   */
  public APNSVoipSandboxChannel defaultAuthenticationMethod(String value) {
    return set("DefaultAuthenticationMethod", Value.of(value));
  }

  /**
   * Sets {@code DefaultAuthenticationMethod} to this value; see {@link
   * #defaultAuthenticationMethod(String)}.
   */
  public APNSVoipSandboxChannel defaultAuthenticationMethod(Value<String> value) {
    return set("DefaultAuthenticationMethod", value);
  }

  /**
   * Specifies whether the APNs VoIP sandbox channel is enabled for the application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public APNSVoipSandboxChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public APNSVoipSandboxChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The private key for the APNs client certificate that you want Amazon Pinpoint to use to
   * communicate with the APNs sandbox environment.
   *
   * <p>CloudFormation property {@code PrivateKey}.
   */
  public APNSVoipSandboxChannel privateKey(String value) {
    return set("PrivateKey", Value.of(value));
  }

  /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
  public APNSVoipSandboxChannel privateKey(Value<String> value) {
    return set("PrivateKey", value);
  }

  /**
   * The identifier that's assigned to your Apple developer account team. This identifier is used
   * for APNs tokens.
   *
   * <p>CloudFormation property {@code TeamId}.
   */
  public APNSVoipSandboxChannel teamId(String value) {
    return set("TeamId", Value.of(value));
  }

  /** Sets {@code TeamId} to this value; see {@link #teamId(String)}. */
  public APNSVoipSandboxChannel teamId(Value<String> value) {
    return set("TeamId", value);
  }

  /**
   * The authentication key to use for APNs tokens.
   *
   * <p>CloudFormation property {@code TokenKey}.
   */
  public APNSVoipSandboxChannel tokenKey(String value) {
    return set("TokenKey", Value.of(value));
  }

  /** Sets {@code TokenKey} to this value; see {@link #tokenKey(String)}. */
  public APNSVoipSandboxChannel tokenKey(Value<String> value) {
    return set("TokenKey", value);
  }

  /**
   * The key identifier that's assigned to your APNs signing key. Specify this value if you want
   * Amazon Pinpoint to communicate with the APNs sandbox environment by using APNs tokens.
   *
   * <p>CloudFormation property {@code TokenKeyId}.
   */
  public APNSVoipSandboxChannel tokenKeyId(String value) {
    return set("TokenKeyId", Value.of(value));
  }

  /** Sets {@code TokenKeyId} to this value; see {@link #tokenKeyId(String)}. */
  public APNSVoipSandboxChannel tokenKeyId(Value<String> value) {
    return set("TokenKeyId", value);
  }

  /**
   * (Deprecated) An identifier for the APNs VoIP sandbox channel. This property is retained only
   * for backward compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
