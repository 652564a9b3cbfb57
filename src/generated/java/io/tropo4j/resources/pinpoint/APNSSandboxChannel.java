// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. You can use the APNs
 * sandbox channel to send push notification messages to the sandbox environment of the Apple Push
 * Notification service (APNs). Before you can use Amazon Pinpoint to send notifications to the APNs
 * sandbox environment, you have to enable the APNs sandbox channel for an Amazon Pinpoint
 * application.
 *
 * <p>The APNSSandboxChannel resource represents the status and authentication settings of the APNs
 * sandbox channel for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::APNSSandboxChannel}.
 */
public final class APNSSandboxChannel extends Resource<APNSSandboxChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::APNSSandboxChannel")
      .required("ApplicationId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public APNSSandboxChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that the APNs sandbox channel applies
   * to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public APNSSandboxChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public APNSSandboxChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The bundle identifier that's assigned to your iOS app. This identifier is used for APNs tokens.
   *
   * <p>CloudFormation property {@code BundleId}.
   */
  public APNSSandboxChannel bundleId(String value) {
    return set("BundleId", Value.of(value));
  }

  /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
  public APNSSandboxChannel bundleId(Value<String> value) {
    return set("BundleId", value);
  }

  /**
   * The APNs client certificate that you received from Apple. Specify this value if you want Amazon
   * Pinpoint to communicate with APNs by using an APNs certificate.
   *
   * <p>CloudFormation property {@code Certificate}.
   */
  public APNSSandboxChannel certificate(String value) {
    return set("Certificate", Value.of(value));
  }

  /** Sets {@code Certificate} to this value; see {@link #certificate(String)}. */
  public APNSSandboxChannel certificate(Value<String> value) {
    return set("Certificate", value);
  }

  /**
   * The default authentication method that you want Amazon Pinpoint to use when authenticating with
   * APNs. Valid options are <code>key</code> or <code>certificate</code> .
   *
   * <p>CloudFormation property {@code DefaultAuthenticationMethod}.
   */
  public APNSSandboxChannel defaultAuthenticationMethod(String value) {
    return set("DefaultAuthenticationMethod", Value.of(value));
  }

  /**
   * Sets {@code DefaultAuthenticationMethod} to this value; see {@link
   * #defaultAuthenticationMethod(String)}.
   */
  public APNSSandboxChannel defaultAuthenticationMethod(Value<String> value) {
    return set("DefaultAuthenticationMethod", value);
  }

  /**
   * Specifies whether to enable the APNs Sandbox channel for the Amazon Pinpoint application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public APNSSandboxChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public APNSSandboxChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The private key for the APNs client certificate that you want Amazon Pinpoint to use to
   * communicate with APNs.
   *
   * <p>CloudFormation property {@code PrivateKey}.
   */
  public APNSSandboxChannel privateKey(String value) {
    return set("PrivateKey", Value.of(value));
  }

  /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
  public APNSSandboxChannel privateKey(Value<String> value) {
    return set("PrivateKey", value);
  }

  /**
   * The identifier that's assigned to your Apple Developer Account team. This identifier is used
   * for APNs tokens.
   *
   * <p>CloudFormation property {@code TeamId}.
   */
  public APNSSandboxChannel teamId(String value) {
    return set("TeamId", Value.of(value));
  }

  /** Sets {@code TeamId} to this value; see {@link #teamId(String)}. */
  public APNSSandboxChannel teamId(Value<String> value) {
    return set("TeamId", value);
  }

  /**
   * The authentication key to use for APNs tokens.
   *
   * <p>CloudFormation property {@code TokenKey}.
   */
  public APNSSandboxChannel tokenKey(String value) {
    return set("TokenKey", Value.of(value));
  }

  /** Sets {@code TokenKey} to this value; see {@link #tokenKey(String)}. */
  public APNSSandboxChannel tokenKey(Value<String> value) {
    return set("TokenKey", value);
  }

  /**
   * The key identifier that's assigned to your APNs signing key. Specify this value if you want
   * Amazon Pinpoint to communicate with APNs by using APNs tokens.
   *
   * <p>CloudFormation property {@code TokenKeyId}.
   */
  public APNSSandboxChannel tokenKeyId(String value) {
    return set("TokenKeyId", Value.of(value));
  }

  /** Sets {@code TokenKeyId} to this value; see {@link #tokenKeyId(String)}. */
  public APNSSandboxChannel tokenKeyId(Value<String> value) {
    return set("TokenKeyId", value);
  }

  /**
   * (Deprecated) An identifier for the APNs sandbox channel. This property is retained only for
   * backward compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
