// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chatbot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * AWS Chatbot is now . <a
 * href="https://docs.aws.amazon.com//chatbot/latest/adminguide/service-rename.html">Learn more</a>
 * <code>Type</code> attribute values remain unchanged.
 *
 * <p>The <code>AWS::Chatbot::SlackChannelConfiguration</code> resource configures a Slack channel
 * to allow users to use with CloudFormation templates.
 *
 * <p>This resource requires some setup to be done in the in chat applications console. To provide
 * the required Slack workspace ID, you must perform the initial authorization flow with Slack in
 * the in chat applications console, then copy and paste the workspace ID from the console. For more
 * details, see steps 1-3 in <a
 * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/slack-setup.html#slack-client-setup">Tutorial:
 * Get started with Slack</a> in the <em>in chat applications User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Chatbot::SlackChannelConfiguration}.
 */
public final class SlackChannelConfiguration extends Resource<SlackChannelConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chatbot::SlackChannelConfiguration")
      .required("ConfigurationName", "IamRoleArn", "SlackChannelId", "SlackWorkspaceId")
      .constrain("ConfigurationName", Constraint.of().pattern("^[A-Za-z0-9-_]+$").minLength(1).maxLength(128))
      .constrain("CustomizationResourceArns", Constraint.of().pattern("^arn:aws:chatbot:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:custom-action/[a-zA-Z0-9_-]{1,64}$"))
      .constrain("GuardrailPolicies", Constraint.of().pattern("^(^$|arn:aws:iam:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_\\/+=,@.-]{0,1023})$"))
      .constrain("IamRoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$").format("AWS::IAM::Role.Arn"))
      .references("IamRoleArn", "AWS::IAM::Role.Arn")
      .constrain("LoggingLevel", Constraint.of().pattern("^(ERROR|INFO|NONE)$").minLength(4).maxLength(5))
      .constrain("SlackChannelId", Constraint.of().pattern("^[A-Za-z0-9]+$").minLength(1).maxLength(256))
      .constrain("SlackWorkspaceId", Constraint.of().pattern("^[0-9A-Z]{1,255}$").minLength(1).maxLength(256))
      .constrain("SnsTopicArns", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"))
      .references("SnsTopicArns", "AWS::SNS::Topic.Ref")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SlackChannelConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[A-Za-z0-9-_]+$}. CloudFormation property {@code ConfigurationName}.
   */
  public SlackChannelConfiguration configurationName(String value) {
    return set("ConfigurationName", Value.of(value));
  }

  /** Sets {@code ConfigurationName} to this value; see {@link #configurationName(String)}. */
  public SlackChannelConfiguration configurationName(Value<String> value) {
    return set("ConfigurationName", value);
  }

  /**
   * Links a list of resource ARNs (for example, custom action ARNs) to a Slack channel
   * configuration for .
   *
   * <p>Pattern: {@code
   * ^arn:aws:chatbot:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:custom-action/[a-zA-Z0-9_-]{1,64}$}.
   * CloudFormation property {@code CustomizationResourceArns}.
   */
  public SlackChannelConfiguration customizationResourceArns(List<String> value) {
    return set("CustomizationResourceArns", Value.listOf(value));
  }

  /**
   * Sets {@code CustomizationResourceArns} to this value; see {@link
   * #customizationResourceArns(List)}.
   */
  public SlackChannelConfiguration customizationResourceArns(Value<List<String>> value) {
    return set("CustomizationResourceArns", value);
  }

  /**
   * The list of IAM policy ARNs that are applied as channel guardrails. The AWS managed
   * 'AdministratorAccess' policy is applied as a default if this is not set.
   *
   * <p>Pattern: {@code
   * ^(^$|arn:aws:iam:[A-Za-z0-9_&#92;/.-]{0,63}:[A-Za-z0-9_&#92;/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_&#92;/+=,&#64;.-]{0,1023})$}.
   * CloudFormation property {@code GuardrailPolicies}.
   */
  public SlackChannelConfiguration guardrailPolicies(List<String> value) {
    return set("GuardrailPolicies", Value.listOf(value));
  }

  /** Sets {@code GuardrailPolicies} to this value; see {@link #guardrailPolicies(List)}. */
  public SlackChannelConfiguration guardrailPolicies(Value<List<String>> value) {
    return set("GuardrailPolicies", value);
  }

  /**
   * The ARN of the IAM role that defines the permissions for .
   *
   * <p>This is a user-defined role that will assume. This is not the service-linked role. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/chatbot-iam-policies.html">IAM
   * Policies for in chat applications</a> .
   *
   * <p>Required. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
   */
  public SlackChannelConfiguration iamRoleArn(String value) {
    return set("IamRoleArn", Value.of(value));
  }

  /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
  public SlackChannelConfiguration iamRoleArn(Value<String> value) {
    return set("IamRoleArn", value);
  }

  /**
   * Sets {@code IamRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #iamRoleArn(String)}.
   */
  public SlackChannelConfiguration iamRoleArn(Role resource) {
    return set("IamRoleArn", resource.arn());
  }

  /**
   * Specifies the logging level for this configuration. This property affects the log entries
   * pushed to Amazon CloudWatch Logs.
   *
   * <p>Logging levels include <code>ERROR</code> , <code>INFO</code> , or <code>NONE</code> .
   *
   * <p>Length: 4 to 5 characters. Pattern: {@code ^(ERROR|INFO|NONE)$}. Default: {@code "NONE"}.
   * CloudFormation property {@code LoggingLevel}.
   */
  public SlackChannelConfiguration loggingLevel(String value) {
    return set("LoggingLevel", Value.of(value));
  }

  /** Sets {@code LoggingLevel} to this value; see {@link #loggingLevel(String)}. */
  public SlackChannelConfiguration loggingLevel(Value<String> value) {
    return set("LoggingLevel", value);
  }

  /**
   * The ID of the Slack channel.
   *
   * <p>To get the ID, open Slack, right click on the channel name in the left pane, then choose
   * Copy Link. The channel ID is the character string at the end of the URL. For example,
   * <code>ABCBBLZZZ</code> .
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z0-9]+$}. CloudFormation
   * property {@code SlackChannelId}.
   */
  public SlackChannelConfiguration slackChannelId(String value) {
    return set("SlackChannelId", Value.of(value));
  }

  /** Sets {@code SlackChannelId} to this value; see {@link #slackChannelId(String)}. */
  public SlackChannelConfiguration slackChannelId(Value<String> value) {
    return set("SlackChannelId", value);
  }

  /**
   * The ID of the Slack workspace authorized with .
   *
   * <p>To get the workspace ID, you must perform the initial authorization flow with Slack in the
   * in chat applications console. Then you can copy and paste the workspace ID from the console.
   * For more details, see steps 1-3 in <a
   * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/slack-setup.html#slack-client-setup">Tutorial:
   * Get started with Slack</a> in the <em>in chat applications User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[0-9A-Z]{1,255}$}. CloudFormation property {@code SlackWorkspaceId}.
   */
  public SlackChannelConfiguration slackWorkspaceId(String value) {
    return set("SlackWorkspaceId", Value.of(value));
  }

  /** Sets {@code SlackWorkspaceId} to this value; see {@link #slackWorkspaceId(String)}. */
  public SlackChannelConfiguration slackWorkspaceId(Value<String> value) {
    return set("SlackWorkspaceId", value);
  }

  /**
   * The ARNs of the SNS topics that deliver notifications to .
   *
   * <p>Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * CloudFormation property {@code SnsTopicArns}.
   */
  public SlackChannelConfiguration snsTopicArns(List<String> value) {
    return set("SnsTopicArns", Value.listOf(value));
  }

  /** Sets {@code SnsTopicArns} to this value; see {@link #snsTopicArns(List)}. */
  public SlackChannelConfiguration snsTopicArns(Value<List<String>> value) {
    return set("SnsTopicArns", value);
  }

  /**
   * Sets {@code SnsTopicArns} to the Ref of each {@code AWS::SNS::Topic}; see {@link
   * #snsTopicArns(List)}.
   */
  public SlackChannelConfiguration snsTopicArns(Topic... resources) {
    return set("SnsTopicArns", Value.refs(resources));
  }

  /**
   * The tags to add to the configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SlackChannelConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SlackChannelConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SlackChannelConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Enables use of a user role requirement in your chat configuration.
   *
   * <p>Default: {@code false}. CloudFormation property {@code UserRoleRequired}.
   */
  public SlackChannelConfiguration userRoleRequired(boolean value) {
    return set("UserRoleRequired", Value.of(value));
  }

  /** Sets {@code UserRoleRequired} to this value; see {@link #userRoleRequired(boolean)}. */
  public SlackChannelConfiguration userRoleRequired(Value<Boolean> value) {
    return set("UserRoleRequired", value);
  }

  /**
   * The ARN of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
