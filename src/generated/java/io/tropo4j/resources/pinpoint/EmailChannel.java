// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A <em>channel</em> is a type of platform that you can deliver messages to. You can use the email
 * channel to send email to users. Before you can use Amazon Pinpoint to send email, you must enable
 * the email channel for an Amazon Pinpoint application.
 *
 * <p>The EmailChannel resource represents the status, identity, and other settings of the email
 * channel for an application
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::EmailChannel}.
 */
public final class EmailChannel extends Resource<EmailChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::EmailChannel")
      .required("ApplicationId", "FromAddress", "Identity")
      .constrain("OrchestrationSendingRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public EmailChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier for the Amazon Pinpoint application that you're specifying the email
   * channel for.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
   */
  public EmailChannel applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public EmailChannel applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/ses/latest/APIReference/API_ConfigurationSet.html">Amazon SES
   * configuration set</a> that you want to apply to messages that you send through the channel.
   *
   * <p>CloudFormation property {@code ConfigurationSet}.
   */
  public EmailChannel configurationSet(String value) {
    return set("ConfigurationSet", Value.of(value));
  }

  /** Sets {@code ConfigurationSet} to this value; see {@link #configurationSet(String)}. */
  public EmailChannel configurationSet(Value<String> value) {
    return set("ConfigurationSet", value);
  }

  /**
   * Specifies whether to enable the email channel for the application.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public EmailChannel enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public EmailChannel enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The verified email address that you want to send email from when you send email through the
   * channel.
   *
   * <p>Required. CloudFormation property {@code FromAddress}.
   */
  public EmailChannel fromAddress(String value) {
    return set("FromAddress", Value.of(value));
  }

  /** Sets {@code FromAddress} to this value; see {@link #fromAddress(String)}. */
  public EmailChannel fromAddress(Value<String> value) {
    return set("FromAddress", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the identity, verified with Amazon Simple Email Service
   * (Amazon SES), that you want to use when you send email through the channel.
   *
   * <p>Required. CloudFormation property {@code Identity}.
   */
  public EmailChannel identity(String value) {
    return set("Identity", Value.of(value));
  }

  /** Sets {@code Identity} to this value; see {@link #identity(String)}. */
  public EmailChannel identity(Value<String> value) {
    return set("Identity", value);
  }

  /**
   * The ARN of an IAM role for Amazon Pinpoint to use to send email from your campaigns or journeys
   * through Amazon SES .
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
   * OrchestrationSendingRoleArn}.
   */
  public EmailChannel orchestrationSendingRoleArn(String value) {
    return set("OrchestrationSendingRoleArn", Value.of(value));
  }

  /**
   * Sets {@code OrchestrationSendingRoleArn} to this value; see {@link
   * #orchestrationSendingRoleArn(String)}.
   */
  public EmailChannel orchestrationSendingRoleArn(Value<String> value) {
    return set("OrchestrationSendingRoleArn", value);
  }

  /**
   * The ARN of the AWS Identity and Access Management (IAM) role that you want Amazon Pinpoint to
   * use when it submits email-related event data for the channel.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public EmailChannel roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public EmailChannel roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * (Deprecated) An identifier for the email channel. This property is retained only for backward
   * compatibility.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
