// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chatbot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * AWS Chatbot is now . <a
 * href="https://docs.aws.amazon.com//chatbot/latest/adminguide/service-rename.html">Learn more</a>
 * <code>Type</code> attribute values remain unchanged.
 *
 * <p>The <code>AWS::Chatbot::MicrosoftTeamsChannelConfiguration</code> resource configures a
 * Microsoft Teams channel to allow users to use with CloudFormation templates.
 *
 * <p>This resource requires some setup to be done in the in chat applications console. To provide
 * the required Microsoft Teams team and tenant IDs, you must perform the initial authorization flow
 * with Microsoft Teams in the in chat applications console, then copy and paste the IDs from the
 * console. For more details, see steps 1-3 in <a
 * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/teams-setup.html#teams-client-setup">Get
 * started with Microsoft Teams</a> in the <em>in chat applications Administrator Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Chatbot::MicrosoftTeamsChannelConfiguration}.
 */
public final class MicrosoftTeamsChannelConfiguration extends Resource<MicrosoftTeamsChannelConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chatbot::MicrosoftTeamsChannelConfiguration")
      .required("ConfigurationName", "IamRoleArn", "TeamId", "TeamsChannelId", "TeamsTenantId")
      .constrain("ConfigurationName", Constraint.of().pattern("^[A-Za-z0-9-_]+$").minLength(1).maxLength(128))
      .constrain("CustomizationResourceArns", Constraint.of().pattern("^arn:aws:chatbot:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:custom-action/[a-zA-Z0-9_-]{1,64}$"))
      .constrain("GuardrailPolicies", Constraint.of().pattern("^(^$|arn:aws:iam:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9_\\/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_\\/+=,@.-]{0,1023})$"))
      .constrain("IamRoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$").format("AWS::IAM::Role.Arn"))
      .constrain("LoggingLevel", Constraint.of().pattern("^(ERROR|INFO|NONE)$").minLength(4).maxLength(5))
      .constrain("SnsTopicArns", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"))
      .constrain("TeamId", Constraint.of().pattern("^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$").minLength(36).maxLength(36))
      .constrain("TeamsChannelId", Constraint.of().pattern("^([a-zA-Z0-9-_=+/.,])*%3[aA]([a-zA-Z0-9-_=+/.,])*%40([a-zA-Z0-9-_=+/.,])*$").minLength(1).maxLength(256))
      .constrain("TeamsChannelName", Constraint.of().pattern("^(.*)$").minLength(1).maxLength(256))
      .constrain("TeamsTenantId", Constraint.of().pattern("^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$").minLength(36).maxLength(36))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MicrosoftTeamsChannelConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[A-Za-z0-9-_]+$}. CloudFormation property {@code ConfigurationName}.
   */
  public MicrosoftTeamsChannelConfiguration configurationName(String value) {
    return set("ConfigurationName", Value.of(value));
  }

  /** Sets {@code ConfigurationName} to this value; see {@link #configurationName(String)}. */
  public MicrosoftTeamsChannelConfiguration configurationName(Value<String> value) {
    return set("ConfigurationName", value);
  }

  /**
   * Links a list of resource ARNs (for example, custom action ARNs) to a Microsoft Teams channel
   * configuration for .
   *
   * <p>Pattern: {@code
   * ^arn:aws:chatbot:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:custom-action/[a-zA-Z0-9_-]{1,64}$}.
   * CloudFormation property {@code CustomizationResourceArns}.
   */
  public MicrosoftTeamsChannelConfiguration customizationResourceArns(List<String> value) {
    return set("CustomizationResourceArns", Value.listOf(value));
  }

  /**
   * Sets {@code CustomizationResourceArns} to this value; see {@link
   * #customizationResourceArns(List)}.
   */
  public MicrosoftTeamsChannelConfiguration customizationResourceArns(Value<List<String>> value) {
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
  public MicrosoftTeamsChannelConfiguration guardrailPolicies(List<String> value) {
    return set("GuardrailPolicies", Value.listOf(value));
  }

  /** Sets {@code GuardrailPolicies} to this value; see {@link #guardrailPolicies(List)}. */
  public MicrosoftTeamsChannelConfiguration guardrailPolicies(Value<List<String>> value) {
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
  public MicrosoftTeamsChannelConfiguration iamRoleArn(String value) {
    return set("IamRoleArn", Value.of(value));
  }

  /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
  public MicrosoftTeamsChannelConfiguration iamRoleArn(Value<String> value) {
    return set("IamRoleArn", value);
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
  public MicrosoftTeamsChannelConfiguration loggingLevel(String value) {
    return set("LoggingLevel", Value.of(value));
  }

  /** Sets {@code LoggingLevel} to this value; see {@link #loggingLevel(String)}. */
  public MicrosoftTeamsChannelConfiguration loggingLevel(Value<String> value) {
    return set("LoggingLevel", value);
  }

  /**
   * The ARNs of the SNS topics that deliver notifications to .
   *
   * <p>Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * CloudFormation property {@code SnsTopicArns}.
   */
  public MicrosoftTeamsChannelConfiguration snsTopicArns(List<String> value) {
    return set("SnsTopicArns", Value.listOf(value));
  }

  /** Sets {@code SnsTopicArns} to this value; see {@link #snsTopicArns(List)}. */
  public MicrosoftTeamsChannelConfiguration snsTopicArns(Value<List<String>> value) {
    return set("SnsTopicArns", value);
  }

  /**
   * The tags to add to the configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MicrosoftTeamsChannelConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MicrosoftTeamsChannelConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MicrosoftTeamsChannelConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the Microsoft Team authorized with .
   *
   * <p>To get the team ID, you must perform the initial authorization flow with Microsoft Teams in
   * the in chat applications console. Then you can copy and paste the team ID from the console. For
   * more details, see steps 1-3 in <a
   * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/teams-setup.html">Tutorial: Get
   * started with Microsoft Teams</a> in the <em>in chat applications Administrator Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$}. CloudFormation property {@code
   * TeamId}.
   */
  public MicrosoftTeamsChannelConfiguration teamId(String value) {
    return set("TeamId", Value.of(value));
  }

  /** Sets {@code TeamId} to this value; see {@link #teamId(String)}. */
  public MicrosoftTeamsChannelConfiguration teamId(Value<String> value) {
    return set("TeamId", value);
  }

  /**
   * The ID of the Microsoft Teams channel.
   *
   * <p>To get the channel ID, open Microsoft Teams, right click on the channel name in the left
   * pane, then choose <em>Copy</em> . An example of the channel ID syntax is:
   * <code>19%3ab6ef35dc342d56ba5654e6fc6d25a071%40thread.tacv2</code> .
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^([a-zA-Z0-9-_=+/.,])*%3[aA]([a-zA-Z0-9-_=+/.,])*%40([a-zA-Z0-9-_=+/.,])*$}. CloudFormation
   * property {@code TeamsChannelId}.
   */
  public MicrosoftTeamsChannelConfiguration teamsChannelId(String value) {
    return set("TeamsChannelId", Value.of(value));
  }

  /** Sets {@code TeamsChannelId} to this value; see {@link #teamsChannelId(String)}. */
  public MicrosoftTeamsChannelConfiguration teamsChannelId(Value<String> value) {
    return set("TeamsChannelId", value);
  }

  /**
   * The name of the Microsoft Teams channel
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^(.*)$}. CloudFormation property {@code
   * TeamsChannelName}.
   */
  public MicrosoftTeamsChannelConfiguration teamsChannelName(String value) {
    return set("TeamsChannelName", Value.of(value));
  }

  /** Sets {@code TeamsChannelName} to this value; see {@link #teamsChannelName(String)}. */
  public MicrosoftTeamsChannelConfiguration teamsChannelName(Value<String> value) {
    return set("TeamsChannelName", value);
  }

  /**
   * The ID of the Microsoft Teams tenant.
   *
   * <p>To get the tenant ID, you must perform the initial authorization flow with Microsoft Teams
   * in the in chat applications console. Then you can copy and paste the tenant ID from the
   * console. For more details, see steps 1-3 in <a
   * href="https://docs.aws.amazon.com/chatbot/latest/adminguide/teams-setup.html">Tutorial: Get
   * started with Microsoft Teams</a> in the <em>in chat applications Administrator Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$}. CloudFormation property {@code
   * TeamsTenantId}.
   */
  public MicrosoftTeamsChannelConfiguration teamsTenantId(String value) {
    return set("TeamsTenantId", Value.of(value));
  }

  /** Sets {@code TeamsTenantId} to this value; see {@link #teamsTenantId(String)}. */
  public MicrosoftTeamsChannelConfiguration teamsTenantId(Value<String> value) {
    return set("TeamsTenantId", value);
  }

  /**
   * Enables use of a user role requirement in your chat configuration.
   *
   * <p>Default: {@code false}. CloudFormation property {@code UserRoleRequired}.
   */
  public MicrosoftTeamsChannelConfiguration userRoleRequired(boolean value) {
    return set("UserRoleRequired", Value.of(value));
  }

  /** Sets {@code UserRoleRequired} to this value; see {@link #userRoleRequired(boolean)}. */
  public MicrosoftTeamsChannelConfiguration userRoleRequired(Value<Boolean> value) {
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
