// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.supportapp;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;

/**
 * You can use the <code>AWS::SupportApp::SlackChannelConfiguration</code> resource to specify your
 * AWS account when you configure the AWS Support App . This resource includes the following
 * information:
 *
 * <ul> <li>The Slack channel name and ID <li>The team ID in Slack <li>The Amazon Resource Name
 * (ARN) of the AWS Identity and Access Management ( IAM ) role <li>Whether you want the AWS Support
 * App to notify you when your support cases are created, updated, resolved, or reopened <li>The
 * case severity that you want to get notified for </ul>
 *
 * <p>For more information, see the following topics in the <em>User Guide</em> :
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/awssupport/latest/user/aws-support-app-for-slack.html">AWS
 * Support App in Slack</a> <li><a
 * href="https://docs.aws.amazon.com/awssupport/latest/user/creating-resources-with-cloudformation.html">Creating
 * AWS Support App in Slack resources with AWS CloudFormation</a> </ul>
 *
 * <p>CloudFormation type {@code AWS::SupportApp::SlackChannelConfiguration}.
 */
public final class SlackChannelConfiguration extends Resource<SlackChannelConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::SupportApp::SlackChannelConfiguration")
      .required("ChannelId", "ChannelRoleArn", "NotifyOnCaseSeverity", "TeamId")
      .constrain("ChannelId", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
      .constrain("ChannelName", Constraint.of().pattern("^.+$").minLength(1).maxLength(256))
      .constrain("ChannelRoleArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role\\/(.+)$").minLength(31).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("ChannelRoleArn", "AWS::IAM::Role.Arn")
      .allowed("NotifyOnCaseSeverity", "none", "all", "high")
      .constrain("TeamId", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
      .build();

  public SlackChannelConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The channel ID in Slack. This ID identifies a channel within a Slack workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^&#92;S+$}. CloudFormation property {@code ChannelId}.
   */
  public SlackChannelConfiguration channelId(String value) {
    return set("ChannelId", Value.of(value));
  }

  /** Sets {@code ChannelId} to this value; see {@link #channelId(String)}. */
  public SlackChannelConfiguration channelId(Value<String> value) {
    return set("ChannelId", value);
  }

  /**
   * The channel name in Slack. This is the channel where you invite the AWS Support App .
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * ChannelName}.
   */
  public SlackChannelConfiguration channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public SlackChannelConfiguration channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role for this Slack channel configuration. The App
   * uses this role to perform and Service Quotas actions on your behalf.
   *
   * <p>Required. Length: 31 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role&#92;/(.+)$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code ChannelRoleArn}.
   */
  public SlackChannelConfiguration channelRoleArn(String value) {
    return set("ChannelRoleArn", Value.of(value));
  }

  /** Sets {@code ChannelRoleArn} to this value; see {@link #channelRoleArn(String)}. */
  public SlackChannelConfiguration channelRoleArn(Value<String> value) {
    return set("ChannelRoleArn", value);
  }

  /**
   * Sets {@code ChannelRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #channelRoleArn(String)}.
   */
  public SlackChannelConfiguration channelRoleArn(Role resource) {
    return set("ChannelRoleArn", resource.arn());
  }

  /**
   * Whether to get notified when a correspondence is added to your support cases.
   *
   * <p>CloudFormation property {@code NotifyOnAddCorrespondenceToCase}.
   */
  public SlackChannelConfiguration notifyOnAddCorrespondenceToCase(boolean value) {
    return set("NotifyOnAddCorrespondenceToCase", Value.of(value));
  }

  /**
   * Sets {@code NotifyOnAddCorrespondenceToCase} to this value; see {@link
   * #notifyOnAddCorrespondenceToCase(boolean)}.
   */
  public SlackChannelConfiguration notifyOnAddCorrespondenceToCase(Value<Boolean> value) {
    return set("NotifyOnAddCorrespondenceToCase", value);
  }

  /**
   * The case severity for your support cases that you want to receive notifications. You can
   * specify <code>none</code> , <code>all</code> , or <code>high</code> .
   *
   * <p>Required. Allowed values: {@code none}, {@code all}, {@code high}. CloudFormation property
   * {@code NotifyOnCaseSeverity}.
   */
  public SlackChannelConfiguration notifyOnCaseSeverity(String value) {
    return set("NotifyOnCaseSeverity", Value.of(value));
  }

  /** Sets {@code NotifyOnCaseSeverity} to this value; see {@link #notifyOnCaseSeverity(String)}. */
  public SlackChannelConfiguration notifyOnCaseSeverity(Value<String> value) {
    return set("NotifyOnCaseSeverity", value);
  }

  /**
   * Whether to get notified when your support cases are created or reopened
   *
   * <p>CloudFormation property {@code NotifyOnCreateOrReopenCase}.
   */
  public SlackChannelConfiguration notifyOnCreateOrReopenCase(boolean value) {
    return set("NotifyOnCreateOrReopenCase", Value.of(value));
  }

  /**
   * Sets {@code NotifyOnCreateOrReopenCase} to this value; see {@link
   * #notifyOnCreateOrReopenCase(boolean)}.
   */
  public SlackChannelConfiguration notifyOnCreateOrReopenCase(Value<Boolean> value) {
    return set("NotifyOnCreateOrReopenCase", value);
  }

  /**
   * Whether to get notified when your support cases are resolved.
   *
   * <p>CloudFormation property {@code NotifyOnResolveCase}.
   */
  public SlackChannelConfiguration notifyOnResolveCase(boolean value) {
    return set("NotifyOnResolveCase", Value.of(value));
  }

  /** Sets {@code NotifyOnResolveCase} to this value; see {@link #notifyOnResolveCase(boolean)}. */
  public SlackChannelConfiguration notifyOnResolveCase(Value<Boolean> value) {
    return set("NotifyOnResolveCase", value);
  }

  /**
   * The team ID in Slack. This ID uniquely identifies a Slack workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^&#92;S+$}. CloudFormation property {@code TeamId}.
   */
  public SlackChannelConfiguration teamId(String value) {
    return set("TeamId", Value.of(value));
  }

  /** Sets {@code TeamId} to this value; see {@link #teamId(String)}. */
  public SlackChannelConfiguration teamId(Value<String> value) {
    return set("TeamId", value);
  }
}
