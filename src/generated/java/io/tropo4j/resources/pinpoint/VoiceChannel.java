// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. To send a voice
 * message, you send the message through the voice channel. Before you can use Amazon Pinpoint to
 * send voice messages, you have to enable the voice channel for an Amazon Pinpoint application.
 *
 * <p>The VoiceChannel resource represents the status and other information about the voice channel
 * for an application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::VoiceChannel}.
 */
public final class VoiceChannel extends Resource<VoiceChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::VoiceChannel")
      .required("ApplicationId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public VoiceChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that the voice channel applies to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public VoiceChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public VoiceChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Specifies whether to enable the voice channel for the application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public VoiceChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public VoiceChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * (Deprecated) An identifier for the voice channel. This property is retained only for backward
   * compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
