// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Cognito::UserPoolRiskConfigurationAttachment</code> resource sets the risk
 * configuration that is used for Amazon Cognito advanced security features.
 *
 * <p>You can specify risk configuration for a single client (with a specific <code>clientId</code>
 * ) or for all clients (by setting the <code>clientId</code> to <code>ALL</code> ). If you specify
 * <code>ALL</code> , the default configuration is used for every client that has had no risk
 * configuration set previously. If you specify risk configuration for a particular client, it no
 * longer falls back to the <code>ALL</code> configuration.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolRiskConfigurationAttachment}.
 */
public final class UserPoolRiskConfigurationAttachment extends Resource<UserPoolRiskConfigurationAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRiskConfigurationAttachment")
      .required("ClientId", "UserPoolId")
      .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
      .build();

  public UserPoolRiskConfigurationAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The settings for automated responses and notification templates for adaptive authentication
   * with threat protection.
   *
   * <p>CloudFormation property {@code AccountTakeoverRiskConfiguration}.
   */
  public UserPoolRiskConfigurationAttachment accountTakeoverRiskConfiguration(Value<AccountTakeoverRiskConfigurationType> value) {
    return set("AccountTakeoverRiskConfiguration", value);
  }

  /**
   * The app client where this configuration is applied. When this parameter isn't present, the risk
   * configuration applies to all user pool app clients that don't have client-level settings.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClientId}.
   */
  public UserPoolRiskConfigurationAttachment clientId(String value) {
    return set("ClientId", Value.of(value));
  }

  /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
  public UserPoolRiskConfigurationAttachment clientId(Value<String> value) {
    return set("ClientId", value);
  }

  /**
   * Settings for compromised-credentials actions and authentication types with threat protection in
   * full-function <code>ENFORCED</code> mode.
   *
   * <p>CloudFormation property {@code CompromisedCredentialsRiskConfiguration}.
   */
  public UserPoolRiskConfigurationAttachment compromisedCredentialsRiskConfiguration(Value<CompromisedCredentialsRiskConfigurationType> value) {
    return set("CompromisedCredentialsRiskConfiguration", value);
  }

  /**
   * Exceptions to the risk evaluation configuration, including always-allow and always-block IP
   * address ranges.
   *
   * <p>CloudFormation property {@code RiskExceptionConfiguration}.
   */
  public UserPoolRiskConfigurationAttachment riskExceptionConfiguration(Value<RiskExceptionConfigurationType> value) {
    return set("RiskExceptionConfiguration", value);
  }

  /**
   * The ID of the user pool that has the risk configuration applied.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolRiskConfigurationAttachment userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolRiskConfigurationAttachment userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
   * #userPoolId(String)}.
   */
  public UserPoolRiskConfigurationAttachment userPoolId(UserPool resource) {
    return set("UserPoolId", resource.ref());
  }

  /**
   * The automated response to a risk level for adaptive authentication in full-function, or
   * <code>ENFORCED</code> , mode. You can assign an action to each risk level that advanced
   * security features evaluates.
   *
   * <p>Property type {@code
   * AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverActionType}.
   */
  public static final class AccountTakeoverActionType extends Struct<AccountTakeoverActionType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverActionType")
        .required("EventAction", "Notify")
        .build();

    public AccountTakeoverActionType() {
      super(SCHEMA);
    }

    /**
     * The action to take for the attempted account takeover action for the associated risk level.
     * Valid values are as follows:
     *
     * <ul> <li><code>BLOCK</code> : Block the request. <li><code>MFA_IF_CONFIGURED</code> : Present
     * an MFA challenge if possible. MFA is possible if the user pool has active MFA methods that
     * the user can set up. For example, if the user pool only supports SMS message MFA but the user
     * doesn't have a phone number attribute, MFA setup isn't possible. If MFA setup isn't possible,
     * allow the request. <li><code>MFA_REQUIRED</code> : Present an MFA challenge if possible.
     * Block the request if a user hasn't set up MFA. To sign in with required MFA, users must have
     * an email address or phone number attribute, or a registered TOTP factor.
     * <li><code>NO_ACTION</code> : Take no action. Permit sign-in. </ul>
     *
     * <p>Required. CloudFormation property {@code EventAction}.
     */
    public AccountTakeoverActionType eventAction(String value) {
      return set("EventAction", Value.of(value));
    }

    /** Sets {@code EventAction} to this value; see {@link #eventAction(String)}. */
    public AccountTakeoverActionType eventAction(Value<String> value) {
      return set("EventAction", value);
    }

    /**
     * Determines whether Amazon Cognito sends a user a notification message when your user pools
     * assesses a user's session at the associated risk level.
     *
     * <p>Required. CloudFormation property {@code Notify}.
     */
    public AccountTakeoverActionType notifyProperty(boolean value) {
      return set("Notify", Value.of(value));
    }

    /** Sets {@code Notify} to this value; see {@link #notifyProperty(boolean)}. */
    public AccountTakeoverActionType notifyProperty(Value<Boolean> value) {
      return set("Notify", value);
    }
  }

  /**
   * A list of account-takeover actions for each level of risk that Amazon Cognito might assess with
   * advanced security features.
   *
   * <p>Property type {@code
   * AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverActionsType}.
   */
  public static final class AccountTakeoverActionsType extends Struct<AccountTakeoverActionsType> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverActionsType");

    public AccountTakeoverActionsType() {
      super(SCHEMA);
    }

    /**
     * The action that you assign to a high-risk assessment by threat protection.
     *
     * <p>CloudFormation property {@code HighAction}.
     */
    public AccountTakeoverActionsType highAction(Value<AccountTakeoverActionType> value) {
      return set("HighAction", value);
    }

    /**
     * The action that you assign to a low-risk assessment by threat protection.
     *
     * <p>CloudFormation property {@code LowAction}.
     */
    public AccountTakeoverActionsType lowAction(Value<AccountTakeoverActionType> value) {
      return set("LowAction", value);
    }

    /**
     * The action that you assign to a medium-risk assessment by threat protection.
     *
     * <p>CloudFormation property {@code MediumAction}.
     */
    public AccountTakeoverActionsType mediumAction(Value<AccountTakeoverActionType> value) {
      return set("MediumAction", value);
    }
  }

  /**
   * The settings for automated responses and notification templates for adaptive authentication
   * with advanced security features.
   *
   * <p>Property type {@code
   * AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverRiskConfigurationType}.
   */
  public static final class AccountTakeoverRiskConfigurationType extends Struct<AccountTakeoverRiskConfigurationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverRiskConfigurationType")
        .required("Actions")
        .build();

    public AccountTakeoverRiskConfigurationType() {
      super(SCHEMA);
    }

    /**
     * A list of account-takeover actions for each level of risk that Amazon Cognito might assess
     * with threat protection.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public AccountTakeoverRiskConfigurationType actions(Value<AccountTakeoverActionsType> value) {
      return set("Actions", value);
    }

    /**
     * The settings for composing and sending an email message when threat protection assesses a
     * risk level with adaptive authentication. When you choose to notify users in
     * <code>AccountTakeoverRiskConfiguration</code> , Amazon Cognito sends an email message using
     * the method and template that you set with this data type.
     *
     * <p>CloudFormation property {@code NotifyConfiguration}.
     */
    public AccountTakeoverRiskConfigurationType notifyConfiguration(Value<NotifyConfigurationType> value) {
      return set("NotifyConfiguration", value);
    }
  }

  /**
   * Settings for user pool actions when Amazon Cognito detects compromised credentials with
   * advanced security features in full-function <code>ENFORCED</code> mode.
   *
   * <p>Property type {@code
   * AWS::Cognito::UserPoolRiskConfigurationAttachment.CompromisedCredentialsActionsType}.
   */
  public static final class CompromisedCredentialsActionsType extends Struct<CompromisedCredentialsActionsType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRiskConfigurationAttachment.CompromisedCredentialsActionsType")
        .required("EventAction")
        .build();

    public CompromisedCredentialsActionsType() {
      super(SCHEMA);
    }

    /**
     * The action that Amazon Cognito takes when it detects compromised credentials.
     *
     * <p>Required. CloudFormation property {@code EventAction}.
     */
    public CompromisedCredentialsActionsType eventAction(String value) {
      return set("EventAction", Value.of(value));
    }

    /** Sets {@code EventAction} to this value; see {@link #eventAction(String)}. */
    public CompromisedCredentialsActionsType eventAction(Value<String> value) {
      return set("EventAction", value);
    }
  }

  /**
   * Settings for compromised-credentials actions and authentication-event sources with advanced
   * security features in full-function <code>ENFORCED</code> mode.
   *
   * <p>Property type {@code
   * AWS::Cognito::UserPoolRiskConfigurationAttachment.CompromisedCredentialsRiskConfigurationType}.
   */
  public static final class CompromisedCredentialsRiskConfigurationType extends Struct<CompromisedCredentialsRiskConfigurationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRiskConfigurationAttachment.CompromisedCredentialsRiskConfigurationType")
        .required("Actions")
        .build();

    public CompromisedCredentialsRiskConfigurationType() {
      super(SCHEMA);
    }

    /**
     * Settings for the actions that you want your user pool to take when Amazon Cognito detects
     * compromised credentials.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public CompromisedCredentialsRiskConfigurationType actions(Value<CompromisedCredentialsActionsType> value) {
      return set("Actions", value);
    }

    /**
     * Settings for the sign-in activity where you want to configure compromised-credentials
     * actions. Defaults to all events.
     *
     * <p>CloudFormation property {@code EventFilter}.
     */
    public CompromisedCredentialsRiskConfigurationType eventFilter(List<String> value) {
      return set("EventFilter", Value.listOf(value));
    }

    /** Sets {@code EventFilter} to this value; see {@link #eventFilter(List)}. */
    public CompromisedCredentialsRiskConfigurationType eventFilter(Value<List<String>> value) {
      return set("EventFilter", value);
    }
  }

  /**
   * The configuration for Amazon SES email messages that advanced security features sends to a user
   * when your adaptive authentication automated response has a <em>Notify</em> action.
   *
   * <p>Property type {@code
   * AWS::Cognito::UserPoolRiskConfigurationAttachment.NotifyConfigurationType}.
   */
  public static final class NotifyConfigurationType extends Struct<NotifyConfigurationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRiskConfigurationAttachment.NotifyConfigurationType")
        .required("SourceArn")
        .build();

    public NotifyConfigurationType() {
      super(SCHEMA);
    }

    /**
     * The template for the email message that your user pool sends when a detected risk event is
     * blocked.
     *
     * <p>CloudFormation property {@code BlockEmail}.
     */
    public NotifyConfigurationType blockEmail(Value<NotifyEmailType> value) {
      return set("BlockEmail", value);
    }

    /**
     * The email address that sends the email message. The address must be either individually
     * verified with Amazon Simple Email Service, or from a domain that has been verified with
     * Amazon SES.
     *
     * <p>CloudFormation property {@code From}.
     */
    public NotifyConfigurationType from(String value) {
      return set("From", Value.of(value));
    }

    /** Sets {@code From} to this value; see {@link #from(String)}. */
    public NotifyConfigurationType from(Value<String> value) {
      return set("From", value);
    }

    /**
     * The template for the email message that your user pool sends when MFA is challenged in
     * response to a detected risk.
     *
     * <p>CloudFormation property {@code MfaEmail}.
     */
    public NotifyConfigurationType mfaEmail(Value<NotifyEmailType> value) {
      return set("MfaEmail", value);
    }

    /**
     * The template for the email message that your user pool sends when no action is taken in
     * response to a detected risk.
     *
     * <p>CloudFormation property {@code NoActionEmail}.
     */
    public NotifyConfigurationType noActionEmail(Value<NotifyEmailType> value) {
      return set("NoActionEmail", value);
    }

    /**
     * The reply-to email address of an email template. Can be an email address in the format
     * <code>admin&#64;example.com</code> or <code>Administrator
     * &lt;admin&#64;example.com&gt;</code> .
     *
     * <p>CloudFormation property {@code ReplyTo}.
     */
    public NotifyConfigurationType replyTo(String value) {
      return set("ReplyTo", Value.of(value));
    }

    /** Sets {@code ReplyTo} to this value; see {@link #replyTo(String)}. */
    public NotifyConfigurationType replyTo(Value<String> value) {
      return set("ReplyTo", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the identity that is associated with the sending
     * authorization policy. This identity permits Amazon Cognito to send for the email address
     * specified in the <code>From</code> parameter.
     *
     * <p>Required. CloudFormation property {@code SourceArn}.
     */
    public NotifyConfigurationType sourceArn(String value) {
      return set("SourceArn", Value.of(value));
    }

    /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
    public NotifyConfigurationType sourceArn(Value<String> value) {
      return set("SourceArn", value);
    }
  }

  /**
   * The template for email messages that advanced security features sends to a user when your
   * threat protection automated response has a <em>Notify</em> action.
   *
   * <p>Property type {@code AWS::Cognito::UserPoolRiskConfigurationAttachment.NotifyEmailType}.
   */
  public static final class NotifyEmailType extends Struct<NotifyEmailType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRiskConfigurationAttachment.NotifyEmailType")
        .required("Subject")
        .build();

    public NotifyEmailType() {
      super(SCHEMA);
    }

    /**
     * The body of an email notification formatted in HTML. Choose an <code>HtmlBody</code> or a
     * <code>TextBody</code> to send an HTML-formatted or plaintext message, respectively.
     *
     * <p>CloudFormation property {@code HtmlBody}.
     */
    public NotifyEmailType htmlBody(String value) {
      return set("HtmlBody", Value.of(value));
    }

    /** Sets {@code HtmlBody} to this value; see {@link #htmlBody(String)}. */
    public NotifyEmailType htmlBody(Value<String> value) {
      return set("HtmlBody", value);
    }

    /**
     * The subject of the threat protection email notification.
     *
     * <p>Required. CloudFormation property {@code Subject}.
     */
    public NotifyEmailType subject(String value) {
      return set("Subject", Value.of(value));
    }

    /** Sets {@code Subject} to this value; see {@link #subject(String)}. */
    public NotifyEmailType subject(Value<String> value) {
      return set("Subject", value);
    }

    /**
     * The body of an email notification formatted in plaintext. Choose an <code>HtmlBody</code> or
     * a <code>TextBody</code> to send an HTML-formatted or plaintext message, respectively.
     *
     * <p>CloudFormation property {@code TextBody}.
     */
    public NotifyEmailType textBody(String value) {
      return set("TextBody", Value.of(value));
    }

    /** Sets {@code TextBody} to this value; see {@link #textBody(String)}. */
    public NotifyEmailType textBody(Value<String> value) {
      return set("TextBody", value);
    }
  }

  /**
   * Exceptions to the risk evaluation configuration, including always-allow and always-block IP
   * address ranges.
   *
   * <p>Property type {@code
   * AWS::Cognito::UserPoolRiskConfigurationAttachment.RiskExceptionConfigurationType}.
   */
  public static final class RiskExceptionConfigurationType extends Struct<RiskExceptionConfigurationType> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPoolRiskConfigurationAttachment.RiskExceptionConfigurationType");

    public RiskExceptionConfigurationType() {
      super(SCHEMA);
    }

    /**
     * An always-block IP address list. Overrides the risk decision and always blocks authentication
     * requests. This parameter is displayed and set in CIDR notation.
     *
     * <p>CloudFormation property {@code BlockedIPRangeList}.
     */
    public RiskExceptionConfigurationType blockedIPRangeList(List<String> value) {
      return set("BlockedIPRangeList", Value.listOf(value));
    }

    /** Sets {@code BlockedIPRangeList} to this value; see {@link #blockedIPRangeList(List)}. */
    public RiskExceptionConfigurationType blockedIPRangeList(Value<List<String>> value) {
      return set("BlockedIPRangeList", value);
    }

    /**
     * An always-allow IP address list. Risk detection isn't performed on the IP addresses in this
     * range list. This parameter is displayed and set in CIDR notation.
     *
     * <p>CloudFormation property {@code SkippedIPRangeList}.
     */
    public RiskExceptionConfigurationType skippedIPRangeList(List<String> value) {
      return set("SkippedIPRangeList", Value.listOf(value));
    }

    /** Sets {@code SkippedIPRangeList} to this value; see {@link #skippedIPRangeList(List)}. */
    public RiskExceptionConfigurationType skippedIPRangeList(Value<List<String>> value) {
      return set("SkippedIPRangeList", value);
    }
  }
}
