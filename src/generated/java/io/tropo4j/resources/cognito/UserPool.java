// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.Function;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Cognito::UserPool</code> resource creates an Amazon Cognito user pool. For more
 * information on working with Amazon Cognito user pools, see <a
 * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools.html">Amazon
 * Cognito User Pools</a> and <a
 * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html">CreateUserPool</a>
 * .
 *
 * <p>If you don't specify a value for a parameter, Amazon Cognito sets it to a default value.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPool}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class UserPool extends Resource<UserPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool")
      .allowed("AliasAttributes", "email", "phone_number", "preferred_username")
      .allowed("AutoVerifiedAttributes", "email", "phone_number")
      .allowed("DeletionProtection", "ACTIVE", "INACTIVE")
      .constrain("EmailAuthenticationMessage", Constraint.of().minLength(6).maxLength(20000))
      .constrain("EmailAuthenticationSubject", Constraint.of().minLength(1).maxLength(140))
      .constrain("EmailVerificationMessage", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$").minLength(6).maxLength(20000))
      .constrain("EmailVerificationSubject", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$").minLength(1).maxLength(140))
      .allowed("MfaConfiguration", "OFF", "ON", "OPTIONAL")
      .constrain("SmsAuthenticationMessage", Constraint.of().pattern("\\{####\\}").minLength(6).maxLength(140))
      .constrain("SmsVerificationMessage", Constraint.of().pattern("\\{####\\}").minLength(6).maxLength(140))
      .constrain("UserPoolName", Constraint.of().minLength(1).maxLength(128))
      .constrain("UserPoolTags", Constraint.of().format("json"))
      .allowed("UserPoolTier", "LITE", "ESSENTIALS", "PLUS")
      .allowed("UsernameAttributes", "email", "phone_number")
      .allowed("WebAuthnFactorConfiguration", "SINGLE_FACTOR",
          "MULTI_FACTOR_WITH_USER_VERIFICATION")
      .constrain("WebAuthnRelyingPartyID", Constraint.of().minLength(1).maxLength(63))
      .constrain("WebAuthnUserVerification", Constraint.of().minLength(1).maxLength(9))
      .refYields("UserPoolId")
      .attributes("Arn", "ProviderName", "ProviderURL", "UserPoolId")
      .stateful()
      .tags("UserPoolTags", Schema.TagForm.MAP)
      .build();

  public UserPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The available verified method a user can use to recover their password when they call
   * <code>ForgotPassword</code> . You can use this setting to define a preferred method when a user
   * has more than one method available. With this setting, SMS doesn't qualify for a valid password
   * recovery mechanism if the user also has SMS multi-factor authentication (MFA) activated. In the
   * absence of this setting, Amazon Cognito uses the legacy behavior to determine the recovery
   * method where SMS is preferred through email.
   *
   * <p>CloudFormation property {@code AccountRecoverySetting}.
   */
  public UserPool accountRecoverySetting(Value<AccountRecoverySetting> value) {
    return set("AccountRecoverySetting", value);
  }

  /**
   * The settings for administrator creation of users in a user pool. Contains settings for allowing
   * user sign-up, customizing invitation messages to new users, and the amount of time before
   * temporary passwords expire.
   *
   * <p>CloudFormation property {@code AdminCreateUserConfig}.
   */
  public UserPool adminCreateUserConfig(Value<AdminCreateUserConfig> value) {
    return set("AdminCreateUserConfig", value);
  }

  /**
   * Attributes supported as an alias for this user pool. For more information about alias
   * attributes, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases">Customizing
   * sign-in attributes</a> .
   *
   * <p>Allowed values: {@code email}, {@code phone_number}, {@code preferred_username}.
   * CloudFormation property {@code AliasAttributes}.
   */
  public UserPool aliasAttributes(List<String> value) {
    return set("AliasAttributes", Value.listOf(value));
  }

  /** Sets {@code AliasAttributes} to this value; see {@link #aliasAttributes(List)}. */
  public UserPool aliasAttributes(Value<List<String>> value) {
    return set("AliasAttributes", value);
  }

  /**
   * The attributes that you want your user pool to automatically verify. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves">Verifying
   * contact information at sign-up</a> .
   *
   * <p>Allowed values: {@code email}, {@code phone_number}. CloudFormation property {@code
   * AutoVerifiedAttributes}.
   */
  public UserPool autoVerifiedAttributes(List<String> value) {
    return set("AutoVerifiedAttributes", Value.listOf(value));
  }

  /**
   * Sets {@code AutoVerifiedAttributes} to this value; see {@link #autoVerifiedAttributes(List)}.
   */
  public UserPool autoVerifiedAttributes(Value<List<String>> value) {
    return set("AutoVerifiedAttributes", value);
  }

  /**
   * When active, <code>DeletionProtection</code> prevents accidental deletion of your user pool.
   * Before you can delete a user pool that you have protected against deletion, you must deactivate
   * this feature.
   *
   * <p>When you try to delete a protected user pool in a <code>DeleteUserPool</code> API request,
   * Amazon Cognito returns an <code>InvalidParameterException</code> error. To delete a protected
   * user pool, send a new <code>DeleteUserPool</code> request after you deactivate deletion
   * protection in an <code>UpdateUserPool</code> API request.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code
   * DeletionProtection}.
   */
  public UserPool deletionProtection(String value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(String)}. */
  public UserPool deletionProtection(Value<String> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The device-remembering configuration for a user pool. Device remembering or device tracking is
   * a "Remember me on this device" option for user pools that perform authentication with the
   * device key of a trusted device in the back end, instead of a user-provided MFA code. For more
   * information about device authentication, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html">Working
   * with user devices in your user pool</a> . A null value indicates that you have deactivated
   * device remembering in your user pool.
   *
   * <p>When you provide a value for any <code>DeviceConfiguration</code> field, you activate the
   * Amazon Cognito device-remembering feature. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html">Working
   * with devices</a> .
   *
   * <p>CloudFormation property {@code DeviceConfiguration}.
   */
  public UserPool deviceConfiguration(Value<DeviceConfiguration> value) {
    return set("DeviceConfiguration", value);
  }

  /** Length: 6 to 20000 characters. CloudFormation property {@code EmailAuthenticationMessage}. */
  public UserPool emailAuthenticationMessage(String value) {
    return set("EmailAuthenticationMessage", Value.of(value));
  }

  /**
   * Sets {@code EmailAuthenticationMessage} to this value; see {@link
   * #emailAuthenticationMessage(String)}.
   */
  public UserPool emailAuthenticationMessage(Value<String> value) {
    return set("EmailAuthenticationMessage", value);
  }

  /** Length: 1 to 140 characters. CloudFormation property {@code EmailAuthenticationSubject}. */
  public UserPool emailAuthenticationSubject(String value) {
    return set("EmailAuthenticationSubject", Value.of(value));
  }

  /**
   * Sets {@code EmailAuthenticationSubject} to this value; see {@link
   * #emailAuthenticationSubject(String)}.
   */
  public UserPool emailAuthenticationSubject(Value<String> value) {
    return set("EmailAuthenticationSubject", value);
  }

  /**
   * The email configuration of your user pool. The email configuration type sets your preferred
   * sending method, AWS Region, and sender for messages from your user pool.
   *
   * <p>CloudFormation property {@code EmailConfiguration}.
   */
  public UserPool emailConfiguration(Value<EmailConfiguration> value) {
    return set("EmailConfiguration", value);
  }

  /**
   * This parameter is no longer used. See <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-verificationmessagetemplate.html">VerificationMessageTemplateType</a>
   * .
   *
   * <p>Length: 6 to 20000 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*&#92;{####&#92;}[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*$}.
   * CloudFormation property {@code EmailVerificationMessage}.
   */
  public UserPool emailVerificationMessage(String value) {
    return set("EmailVerificationMessage", Value.of(value));
  }

  /**
   * Sets {@code EmailVerificationMessage} to this value; see {@link
   * #emailVerificationMessage(String)}.
   */
  public UserPool emailVerificationMessage(Value<String> value) {
    return set("EmailVerificationMessage", value);
  }

  /**
   * This parameter is no longer used. See <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-verificationmessagetemplate.html">VerificationMessageTemplateType</a>
   * .
   *
   * <p>Length: 1 to 140 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s]+$}. CloudFormation property {@code
   * EmailVerificationSubject}.
   */
  public UserPool emailVerificationSubject(String value) {
    return set("EmailVerificationSubject", Value.of(value));
  }

  /**
   * Sets {@code EmailVerificationSubject} to this value; see {@link
   * #emailVerificationSubject(String)}.
   */
  public UserPool emailVerificationSubject(Value<String> value) {
    return set("EmailVerificationSubject", value);
  }

  /**
   * Set enabled MFA options on a specified user pool. To disable all MFAs after it has been
   * enabled, set <code>MfaConfiguration</code> to <code>OFF</code> and remove EnabledMfas. MFAs can
   * only be all disabled if <code>MfaConfiguration</code> is <code>OFF</code> . After you enable
   * <code>SMS_MFA</code> , you can only disable it by setting <code>MfaConfiguration</code> to
   * <code>OFF</code> . Can be one of the following values:
   *
   * <ul> <li><code>SMS_MFA</code> - Enables MFA with SMS for the user pool. To select this option,
   * you must also provide values for <code>SmsConfiguration</code> .
   * <li><code>SOFTWARE_TOKEN_MFA</code> - Enables software token MFA for the user pool.
   * <li><code>EMAIL_OTP</code> - Enables MFA with email for the user pool. To select this option,
   * you must provide values for <code>EmailConfiguration</code> and within those, set
   * <code>EmailSendingAccount</code> to <code>DEVELOPER</code> . </ul>
   *
   * <p>Allowed values: <code>SMS_MFA</code> | <code>SOFTWARE_TOKEN_MFA</code> |
   * <code>EMAIL_OTP</code>
   *
   * <p>CloudFormation property {@code EnabledMfas}.
   */
  public UserPool enabledMfas(List<String> value) {
    return set("EnabledMfas", Value.listOf(value));
  }

  /** Sets {@code EnabledMfas} to this value; see {@link #enabledMfas(List)}. */
  public UserPool enabledMfas(Value<List<String>> value) {
    return set("EnabledMfas", value);
  }

  /** CloudFormation property {@code IssuerConfiguration}. */
  public UserPool issuerConfiguration(Value<IssuerConfiguration> value) {
    return set("IssuerConfiguration", value);
  }

  /** CloudFormation property {@code KeyConfiguration}. */
  public UserPool keyConfiguration(Value<KeyConfiguration> value) {
    return set("KeyConfiguration", value);
  }

  /**
   * A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible
   * stages of authentication operations. Triggers can modify the outcome of the operations that
   * invoked them.
   *
   * <p>CloudFormation property {@code LambdaConfig}.
   */
  public UserPool lambdaConfig(Value<LambdaConfig> value) {
    return set("LambdaConfig", value);
  }

  /**
   * Displays the state of multi-factor authentication (MFA) as on, off, or optional. When
   * <code>ON</code> , all users must set up MFA before they can sign in. When <code>OPTIONAL</code>
   * , your application must make a client-side determination of whether a user wants to register an
   * MFA device. For user pools with adaptive authentication with threat protection, choose
   * <code>OPTIONAL</code> .
   *
   * <p>When <code>MfaConfiguration</code> is <code>OPTIONAL</code> , managed login doesn't
   * automatically prompt users to set up MFA. Amazon Cognito generates MFA prompts in API responses
   * and in managed login for users who have chosen and configured a preferred MFA factor.
   *
   * <p>Allowed values: {@code OFF}, {@code ON}, {@code OPTIONAL}. CloudFormation property {@code
   * MfaConfiguration}.
   */
  public UserPool mfaConfiguration(String value) {
    return set("MfaConfiguration", Value.of(value));
  }

  /** Sets {@code MfaConfiguration} to this value; see {@link #mfaConfiguration(String)}. */
  public UserPool mfaConfiguration(Value<String> value) {
    return set("MfaConfiguration", value);
  }

  /**
   * A list of user pool policies. Contains the policy that sets password-complexity requirements.
   *
   * <p>CloudFormation property {@code Policies}.
   */
  public UserPool policies(Value<Policies> value) {
    return set("Policies", value);
  }

  /**
   * An array of attributes for the new user pool. You can add custom attributes and modify the
   * properties of default attributes. The specifications in this parameter set the required
   * attributes in your user pool. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html">Working
   * with user attributes</a> .
   *
   * <p>CloudFormation property {@code Schema}.
   */
  public UserPool schemaProperty(List<SchemaAttribute> value) {
    return set("Schema", Value.listOf(value));
  }

  /** Sets {@code Schema} to this value; see {@link #schemaProperty(List)}. */
  public UserPool schemaProperty(Value<List<SchemaAttribute>> value) {
    return set("Schema", value);
  }

  /** Sets {@code Schema} to a list of these; see {@link #schemaProperty(List)}. */
  public UserPool schemaProperty(SchemaAttribute... values) {
    return set("Schema", Value.list(values));
  }

  /**
   * The contents of the SMS authentication message.
   *
   * <p>Length: 6 to 140 characters. Pattern: {@code &#92;{####&#92;}}. CloudFormation property
   * {@code SmsAuthenticationMessage}.
   */
  public UserPool smsAuthenticationMessage(String value) {
    return set("SmsAuthenticationMessage", Value.of(value));
  }

  /**
   * Sets {@code SmsAuthenticationMessage} to this value; see {@link
   * #smsAuthenticationMessage(String)}.
   */
  public UserPool smsAuthenticationMessage(Value<String> value) {
    return set("SmsAuthenticationMessage", value);
  }

  /**
   * The settings for your Amazon Cognito user pool to send SMS messages with Amazon Simple
   * Notification Service. To send SMS messages with Amazon SNS in the AWS Region that you want, the
   * Amazon Cognito user pool uses an AWS Identity and Access Management (IAM) role in your AWS
   * account . For more information see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html">SMS
   * message settings</a> .
   *
   * <p>CloudFormation property {@code SmsConfiguration}.
   */
  public UserPool smsConfiguration(Value<SmsConfiguration> value) {
    return set("SmsConfiguration", value);
  }

  /**
   * This parameter is no longer used. See <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-verificationmessagetemplate.html">VerificationMessageTemplateType</a>
   * .
   *
   * <p>Length: 6 to 140 characters. Pattern: {@code &#92;{####&#92;}}. CloudFormation property
   * {@code SmsVerificationMessage}.
   */
  public UserPool smsVerificationMessage(String value) {
    return set("SmsVerificationMessage", Value.of(value));
  }

  /**
   * Sets {@code SmsVerificationMessage} to this value; see {@link #smsVerificationMessage(String)}.
   */
  public UserPool smsVerificationMessage(Value<String> value) {
    return set("SmsVerificationMessage", value);
  }

  /**
   * The settings for updates to user attributes. These settings include the property
   * <code>AttributesRequireVerificationBeforeUpdate</code> , a user-pool setting that tells Amazon
   * Cognito how to handle changes to the value of your users' email address and phone number
   * attributes. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates">Verifying
   * updates to email addresses and phone numbers</a> .
   *
   * <p>CloudFormation property {@code UserAttributeUpdateSettings}.
   */
  public UserPool userAttributeUpdateSettings(Value<UserAttributeUpdateSettings> value) {
    return set("UserAttributeUpdateSettings", value);
  }

  /**
   * Contains settings for activation of threat protection, including the operating mode and
   * additional authentication types. To log user security information but take no action, set to
   * <code>AUDIT</code> . To configure automatic security responses to potentially unwanted traffic
   * to your user pool, set to <code>ENFORCED</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html">Adding
   * advanced security to a user pool</a> . To activate this setting, your user pool must be on the
   * <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html">Plus
   * tier</a> .
   *
   * <p>CloudFormation property {@code UserPoolAddOns}.
   */
  public UserPool userPoolAddOns(Value<UserPoolAddOns> value) {
    return set("UserPoolAddOns", value);
  }

  /**
   * A friendly name for your user pool.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code UserPoolName}.
   */
  public UserPool userPoolName(String value) {
    return set("UserPoolName", Value.of(value));
  }

  /** Sets {@code UserPoolName} to this value; see {@link #userPoolName(String)}. */
  public UserPool userPoolName(Value<String> value) {
    return set("UserPoolName", value);
  }

  /**
   * The tag keys and values to assign to the user pool. A tag is a label that you can use to
   * categorize and manage user pools in different ways, such as by purpose, owner, environment, or
   * other criteria.
   *
   * <p>Format: {@code json}. CloudFormation property {@code UserPoolTags}.
   */
  public UserPool userPoolTags(Map<String, String> value) {
    return set("UserPoolTags", Value.mapOf(value));
  }

  /** Sets {@code UserPoolTags} to this value; see {@link #userPoolTags(Map)}. */
  public UserPool userPoolTags(Value<Map<String, String>> value) {
    return set("UserPoolTags", value);
  }

  /**
   * Sets {@code UserPoolTags} to the tags, as a map of key to value; see {@link
   * #userPoolTags(Map)}.
   */
  public UserPool userPoolTags(Tags tags) {
    return set("UserPoolTags", tags.asMap());
  }

  /**
   * The user pool <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html">feature
   * plan</a> , or tier. This parameter determines the eligibility of the user pool for features
   * like managed login, access-token customization, and threat protection. Defaults to
   * <code>ESSENTIALS</code> .
   *
   * <p>Allowed values: {@code LITE}, {@code ESSENTIALS}, {@code PLUS}. CloudFormation property
   * {@code UserPoolTier}.
   */
  public UserPool userPoolTier(String value) {
    return set("UserPoolTier", Value.of(value));
  }

  /** Sets {@code UserPoolTier} to this value; see {@link #userPoolTier(String)}. */
  public UserPool userPoolTier(Value<String> value) {
    return set("UserPoolTier", value);
  }

  /**
   * Specifies whether a user can use an email address or phone number as a username when they sign
   * up.
   *
   * <p>Allowed values: {@code email}, {@code phone_number}. CloudFormation property {@code
   * UsernameAttributes}.
   */
  public UserPool usernameAttributes(List<String> value) {
    return set("UsernameAttributes", Value.listOf(value));
  }

  /** Sets {@code UsernameAttributes} to this value; see {@link #usernameAttributes(List)}. */
  public UserPool usernameAttributes(Value<List<String>> value) {
    return set("UsernameAttributes", value);
  }

  /**
   * Sets the case sensitivity option for sign-in usernames. When <code>CaseSensitive</code> is
   * <code>false</code> (case insensitive), users can sign in with any combination of capital and
   * lowercase letters. For example, <code>username</code> , <code>USERNAME</code> , or
   * <code>UserName</code> , or for email, <code>email&#64;example.com</code> or
   * <code>EMaiL&#64;eXamplE.Com</code> . For most use cases, set case sensitivity to
   * <code>false</code> as a best practice. When usernames and email addresses are case insensitive,
   * Amazon Cognito treats any variation in case as the same user, and prevents a case variation
   * from being assigned to the same attribute for a different user.
   *
   * <p>When <code>CaseSensitive</code> is <code>true</code> (case sensitive), Amazon Cognito
   * interprets <code>USERNAME</code> and <code>UserName</code> as distinct users.
   *
   * <p>This configuration is immutable after you set it.
   *
   * <p>CloudFormation property {@code UsernameConfiguration}.
   */
  public UserPool usernameConfiguration(Value<UsernameConfiguration> value) {
    return set("UsernameConfiguration", value);
  }

  /**
   * The template for the verification message that your user pool delivers to users who set an
   * email address or phone number attribute.
   *
   * <p>Set the email message type that corresponds to your <code>DefaultEmailOption</code>
   * selection. For <code>CONFIRM_WITH_LINK</code> , specify an <code>EmailMessageByLink</code> and
   * leave <code>EmailMessage</code> blank. For <code>CONFIRM_WITH_CODE</code> , specify an
   * <code>EmailMessage</code> and leave <code>EmailMessageByLink</code> blank. When you supply both
   * parameters with either choice, Amazon Cognito returns an error.
   *
   * <p>CloudFormation property {@code VerificationMessageTemplate}.
   */
  public UserPool verificationMessageTemplate(Value<VerificationMessageTemplate> value) {
    return set("VerificationMessageTemplate", value);
  }

  /**
   * Allowed values: {@code SINGLE_FACTOR}, {@code MULTI_FACTOR_WITH_USER_VERIFICATION}.
   * CloudFormation property {@code WebAuthnFactorConfiguration}.
   */
  public UserPool webAuthnFactorConfiguration(String value) {
    return set("WebAuthnFactorConfiguration", Value.of(value));
  }

  /**
   * Sets {@code WebAuthnFactorConfiguration} to this value; see {@link
   * #webAuthnFactorConfiguration(String)}.
   */
  public UserPool webAuthnFactorConfiguration(Value<String> value) {
    return set("WebAuthnFactorConfiguration", value);
  }

  /**
   * Sets or displays the authentication domain, typically your user pool domain, that passkey
   * providers must use as a relying party (RP) in their configuration.
   *
   * <p>Under the following conditions, the passkey relying party ID must be the fully-qualified
   * domain name of your custom domain:
   *
   * <ul> <li>The user pool is configured for passkey authentication. <li>The user pool has a custom
   * domain, whether or not it also has a prefix domain. <li>Your application performs
   * authentication with managed login or the classic hosted UI. </ul>
   *
   * <p>Length: 1 to 63 characters. CloudFormation property {@code WebAuthnRelyingPartyID}.
   */
  public UserPool webAuthnRelyingPartyID(String value) {
    return set("WebAuthnRelyingPartyID", Value.of(value));
  }

  /**
   * Sets {@code WebAuthnRelyingPartyID} to this value; see {@link #webAuthnRelyingPartyID(String)}.
   */
  public UserPool webAuthnRelyingPartyID(Value<String> value) {
    return set("WebAuthnRelyingPartyID", value);
  }

  /**
   * When <code>required</code> , users can only register and sign in users with passkeys that are
   * capable of <a
   * href="https://docs.aws.amazon.com/https://www.w3.org/TR/webauthn-2/#enum-userVerificationRequirement">user
   * verification</a> . When <code>preferred</code> , your user pool doesn't require the use of
   * authenticators with user verification but encourages it.
   *
   * <p>Length: 1 to 9 characters. CloudFormation property {@code WebAuthnUserVerification}.
   */
  public UserPool webAuthnUserVerification(String value) {
    return set("WebAuthnUserVerification", Value.of(value));
  }

  /**
   * Sets {@code WebAuthnUserVerification} to this value; see {@link
   * #webAuthnUserVerification(String)}.
   */
  public UserPool webAuthnUserVerification(Value<String> value) {
    return set("WebAuthnUserVerification", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the user pool, such as
   * <code>arn:aws:cognito-idp:us-east-1:123412341234:userpool/us-east-1_123412341</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A friendly name for the IdP.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProviderName}.
   */
  public Value<String> providerName() {
    return getAtt("ProviderName");
  }

  /**
   * The URL of the provider of the Amazon Cognito user pool, specified as a <code>String</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProviderURL}.
   */
  public Value<String> providerURL() {
    return getAtt("ProviderURL");
  }

  /**
   * The ID of the user pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserPoolId}.
   */
  public Value<String> userPoolId() {
    return getAtt("UserPoolId");
  }

  /**
   * The available verified method a user can use to recover their password when they call
   * <code>ForgotPassword</code> . You can use this setting to define a preferred method when a user
   * has more than one method available. With this setting, SMS doesn't qualify for a valid password
   * recovery mechanism if the user also has SMS multi-factor authentication (MFA) activated. In the
   * absence of this setting, Amazon Cognito uses the legacy behavior to determine the recovery
   * method where SMS is preferred through email.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.AccountRecoverySetting}.
   */
  public static final class AccountRecoverySetting extends Struct<AccountRecoverySetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPool.AccountRecoverySetting");

    public AccountRecoverySetting() {
      super(SCHEMA);
    }

    /**
     * The list of options and priorities for user message delivery in forgot-password operations.
     * Sets or displays user pool preferences for email or SMS message priority, whether users
     * should fall back to a second delivery method, and whether passwords should only be reset by
     * administrators.
     *
     * <p>CloudFormation property {@code RecoveryMechanisms}.
     */
    public AccountRecoverySetting recoveryMechanisms(List<RecoveryOption> value) {
      return set("RecoveryMechanisms", Value.listOf(value));
    }

    /** Sets {@code RecoveryMechanisms} to this value; see {@link #recoveryMechanisms(List)}. */
    public AccountRecoverySetting recoveryMechanisms(Value<List<RecoveryOption>> value) {
      return set("RecoveryMechanisms", value);
    }

    /**
     * Sets {@code RecoveryMechanisms} to a list of these; see {@link #recoveryMechanisms(List)}.
     */
    public AccountRecoverySetting recoveryMechanisms(RecoveryOption... values) {
      return set("RecoveryMechanisms", Value.list(values));
    }
  }

  /**
   * The settings for administrator creation of users in a user pool. Contains settings for allowing
   * user sign-up, customizing invitation messages to new users, and the amount of time before
   * temporary passwords expire.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.AdminCreateUserConfig}.
   */
  public static final class AdminCreateUserConfig extends Struct<AdminCreateUserConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.AdminCreateUserConfig")
        .constrain("UnusedAccountValidityDays", Constraint.of().minimum(0).maximum(365))
        .build();

    public AdminCreateUserConfig() {
      super(SCHEMA);
    }

    /**
     * The setting for allowing self-service sign-up. When <code>true</code> , only administrators
     * can create new user profiles. When <code>false</code> , users can register themselves and
     * create a new user profile with the <code>SignUp</code> operation.
     *
     * <p>CloudFormation property {@code AllowAdminCreateUserOnly}.
     */
    public AdminCreateUserConfig allowAdminCreateUserOnly(boolean value) {
      return set("AllowAdminCreateUserOnly", Value.of(value));
    }

    /**
     * Sets {@code AllowAdminCreateUserOnly} to this value; see {@link
     * #allowAdminCreateUserOnly(boolean)}.
     */
    public AdminCreateUserConfig allowAdminCreateUserOnly(Value<Boolean> value) {
      return set("AllowAdminCreateUserOnly", value);
    }

    /**
     * The template for the welcome message to new users. This template must include the
     * <code>{####}</code> temporary password placeholder if you are creating users with passwords.
     * If your users don't have passwords, you can omit the placeholder.
     *
     * <p>See also <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization">Customizing
     * User Invitation Messages</a> .
     *
     * <p>CloudFormation property {@code InviteMessageTemplate}.
     */
    public AdminCreateUserConfig inviteMessageTemplate(Value<InviteMessageTemplate> value) {
      return set("InviteMessageTemplate", value);
    }

    /**
     * This parameter is no longer in use.
     *
     * <p>The password expiration limit in days for administrator-created users. When this time
     * expires, the user can't sign in with their temporary password. To reset the account after
     * that time limit, you must call <code>AdminCreateUser</code> again, specifying
     * <code>RESEND</code> for the <code>MessageAction</code> parameter.
     *
     * <p>The default value for this parameter is 7.
     *
     * <p>Range: 0 to 365. CloudFormation property {@code UnusedAccountValidityDays}.
     */
    public AdminCreateUserConfig unusedAccountValidityDays(int value) {
      return set("UnusedAccountValidityDays", Value.of(value));
    }

    /**
     * Sets {@code UnusedAccountValidityDays} to this value; see {@link
     * #unusedAccountValidityDays(int)}.
     */
    public AdminCreateUserConfig unusedAccountValidityDays(Value<Integer> value) {
      return set("UnusedAccountValidityDays", value);
    }
  }

  /**
   * Threat protection configuration options for additional authentication types in your user pool,
   * including custom authentication.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.AdvancedSecurityAdditionalFlows}.
   */
  public static final class AdvancedSecurityAdditionalFlows extends Struct<AdvancedSecurityAdditionalFlows> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.AdvancedSecurityAdditionalFlows")
        .allowed("CustomAuthMode", "AUDIT", "ENFORCED")
        .build();

    public AdvancedSecurityAdditionalFlows() {
      super(SCHEMA);
    }

    /**
     * The operating mode of threat protection in custom authentication with <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html">Custom
     * authentication challenge Lambda triggers</a> .
     *
     * <p>Allowed values: {@code AUDIT}, {@code ENFORCED}. CloudFormation property {@code
     * CustomAuthMode}.
     */
    public AdvancedSecurityAdditionalFlows customAuthMode(String value) {
      return set("CustomAuthMode", Value.of(value));
    }

    /** Sets {@code CustomAuthMode} to this value; see {@link #customAuthMode(String)}. */
    public AdvancedSecurityAdditionalFlows customAuthMode(Value<String> value) {
      return set("CustomAuthMode", value);
    }
  }

  /**
   * The configuration of a custom email sender Lambda trigger. This trigger routes all email
   * notifications from a user pool to a Lambda function that delivers the message using custom
   * logic.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.CustomEmailSender}.
   */
  public static final class CustomEmailSender extends Struct<CustomEmailSender> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.CustomEmailSender")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .allowed("LambdaVersion", "V1_0")
        .build();

    public CustomEmailSender() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
     * trigger.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public CustomEmailSender lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public CustomEmailSender lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * The user pool trigger version of the request that Amazon Cognito sends to your Lambda
     * function. Higher-numbered versions add fields that support new features.
     *
     * <p>You must use a <code>LambdaVersion</code> of <code>V1_0</code> with a custom sender
     * function.
     *
     * <p>Allowed values: {@code V1_0}. CloudFormation property {@code LambdaVersion}.
     */
    public CustomEmailSender lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public CustomEmailSender lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /**
   * The configuration of a custom SMS sender Lambda trigger. This trigger routes all SMS
   * notifications from a user pool to a Lambda function that delivers the message using custom
   * logic.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.CustomSMSSender}.
   */
  public static final class CustomSMSSender extends Struct<CustomSMSSender> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.CustomSMSSender")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .references("LambdaArn", "AWS::Lambda::Function.Arn")
        .allowed("LambdaVersion", "V1_0")
        .build();

    public CustomSMSSender() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
     * trigger.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public CustomSMSSender lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public CustomSMSSender lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * Sets {@code LambdaArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #lambdaArn(String)}.
     */
    public CustomSMSSender lambdaArn(Function resource) {
      return set("LambdaArn", resource.arn());
    }

    /**
     * The user pool trigger version of the request that Amazon Cognito sends to your Lambda
     * function. Higher-numbered versions add fields that support new features.
     *
     * <p>You must use a <code>LambdaVersion</code> of <code>V1_0</code> with a custom sender
     * function.
     *
     * <p>Allowed values: {@code V1_0}. CloudFormation property {@code LambdaVersion}.
     */
    public CustomSMSSender lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public CustomSMSSender lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /**
   * The device-remembering configuration for a user pool.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.DeviceConfiguration}.
   */
  public static final class DeviceConfiguration extends Struct<DeviceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPool.DeviceConfiguration");

    public DeviceConfiguration() {
      super(SCHEMA);
    }

    /**
     * When true, a remembered device can sign in with device authentication instead of SMS and
     * time-based one-time password (TOTP) factors for multi-factor authentication (MFA).
     *
     * <p>Whether or not <code>ChallengeRequiredOnNewDevice</code> is true, users who sign in with
     * devices that have not been confirmed or remembered must still provide a second factor in a
     * user pool that requires MFA.
     *
     * <p>CloudFormation property {@code ChallengeRequiredOnNewDevice}.
     */
    public DeviceConfiguration challengeRequiredOnNewDevice(boolean value) {
      return set("ChallengeRequiredOnNewDevice", Value.of(value));
    }

    /**
     * Sets {@code ChallengeRequiredOnNewDevice} to this value; see {@link
     * #challengeRequiredOnNewDevice(boolean)}.
     */
    public DeviceConfiguration challengeRequiredOnNewDevice(Value<Boolean> value) {
      return set("ChallengeRequiredOnNewDevice", value);
    }

    /**
     * When true, Amazon Cognito doesn't automatically remember a user's device when your app sends
     * a <code>ConfirmDevice</code> API request. In your app, create a prompt for your user to
     * choose whether they want to remember their device. Return the user's choice in an
     * <code>UpdateDeviceStatus</code> API request.
     *
     * <p>When <code>DeviceOnlyRememberedOnUserPrompt</code> is <code>false</code> , Amazon Cognito
     * immediately remembers devices that you register in a <code>ConfirmDevice</code> API request.
     *
     * <p>CloudFormation property {@code DeviceOnlyRememberedOnUserPrompt}.
     */
    public DeviceConfiguration deviceOnlyRememberedOnUserPrompt(boolean value) {
      return set("DeviceOnlyRememberedOnUserPrompt", Value.of(value));
    }

    /**
     * Sets {@code DeviceOnlyRememberedOnUserPrompt} to this value; see {@link
     * #deviceOnlyRememberedOnUserPrompt(boolean)}.
     */
    public DeviceConfiguration deviceOnlyRememberedOnUserPrompt(Value<Boolean> value) {
      return set("DeviceOnlyRememberedOnUserPrompt", value);
    }
  }

  /**
   * The email configuration of your user pool. The email configuration type sets your preferred
   * sending method, AWS Region, and sender for messages from your user pool.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.EmailConfiguration}.
   */
  public static final class EmailConfiguration extends Struct<EmailConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.EmailConfiguration")
        .constrain("ConfigurationSet", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
        .allowed("EmailSendingAccount", "COGNITO_DEFAULT", "DEVELOPER")
        .constrain("From", Constraint.of().minLength(0).maxLength(131072))
        .constrain("ReplyToEmailAddress", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"))
        .constrain("SourceArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .build();

    public EmailConfiguration() {
      super(SCHEMA);
    }

    /**
     * The set of configuration rules that can be applied to emails sent using Amazon Simple Email
     * Service. A configuration set is applied to an email by including a reference to the
     * configuration set in the headers of the email. Once applied, all of the rules in that
     * configuration set are applied to the email. Configuration sets can be used to apply the
     * following types of rules to emails:
     *
     * <ul> <li><b>Event publishing</b> - Amazon Simple Email Service can track the number of send,
     * delivery, open, click, bounce, and complaint events for each email sent. Use event publishing
     * to send information about these events to other AWS services such as and Amazon CloudWatch
     * <li><b>IP pool management</b> - When leasing dedicated IP addresses with Amazon Simple Email
     * Service, you can create groups of IP addresses, called dedicated IP pools. You can then
     * associate the dedicated IP pools with configuration sets. </ul>
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code ConfigurationSet}.
     */
    public EmailConfiguration configurationSet(String value) {
      return set("ConfigurationSet", Value.of(value));
    }

    /** Sets {@code ConfigurationSet} to this value; see {@link #configurationSet(String)}. */
    public EmailConfiguration configurationSet(Value<String> value) {
      return set("ConfigurationSet", value);
    }

    /**
     * Specifies whether Amazon Cognito uses its built-in functionality to send your users email
     * messages, or uses your Amazon Simple Email Service email configuration. Specify one of the
     * following values:
     *
     * <ul> <li><b>COGNITO_DEFAULT</b> - When Amazon Cognito emails your users, it uses its built-in
     * email functionality. When you use the default option, Amazon Cognito allows only a limited
     * number of emails each day for your user pool. For typical production environments, the
     * default email limit is less than the required delivery volume. To achieve a higher delivery
     * volume, specify DEVELOPER to use your Amazon SES email configuration. </ul>
     *
     * <p>To look up the email delivery limit for the default option, see <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/limits.html">Limits</a> in
     * the <em>Amazon Cognito Developer Guide</em> .
     *
     * <p>The default FROM address is <code>no-reply&#64;verificationemail.com</code> . To customize
     * the FROM address, provide the Amazon Resource Name (ARN) of an Amazon SES verified email
     * address for the <code>SourceArn</code> parameter.
     *
     * <ul> <li><b>DEVELOPER</b> - When Amazon Cognito emails your users, it uses your Amazon SES
     * configuration. Amazon Cognito calls Amazon SES on your behalf to send email from your
     * verified email address. When you use this option, the email delivery limits are the same
     * limits that apply to your Amazon SES verified email address in your AWS account . </ul>
     *
     * <p>If you use this option, provide the ARN of an Amazon SES verified email address for the
     * <code>SourceArn</code> parameter.
     *
     * <p>Before Amazon Cognito can email your users, it requires additional permissions to call
     * Amazon SES on your behalf. When you update your user pool with this option, Amazon Cognito
     * creates a <em>service-linked role</em> , which is a type of role in your AWS account . This
     * role contains the permissions that allow you to access Amazon SES and send email messages
     * from your email address. For more information about the service-linked role that Amazon
     * Cognito creates, see <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/using-service-linked-roles.html">Using
     * Service-Linked Roles for Amazon Cognito</a> in the <em>Amazon Cognito Developer Guide</em> .
     *
     * <p>Allowed values: {@code COGNITO_DEFAULT}, {@code DEVELOPER}. CloudFormation property {@code
     * EmailSendingAccount}.
     */
    public EmailConfiguration emailSendingAccount(String value) {
      return set("EmailSendingAccount", Value.of(value));
    }

    /** Sets {@code EmailSendingAccount} to this value; see {@link #emailSendingAccount(String)}. */
    public EmailConfiguration emailSendingAccount(Value<String> value) {
      return set("EmailSendingAccount", value);
    }

    /**
     * Either the sender’s email address or the sender’s name with their email address. For example,
     * <code>testuser&#64;example.com</code> or <code>Test User
     * &lt;testuser&#64;example.com&gt;</code> . This address appears before the body of the email.
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code From}.
     */
    public EmailConfiguration from(String value) {
      return set("From", Value.of(value));
    }

    /** Sets {@code From} to this value; see {@link #from(String)}. */
    public EmailConfiguration from(Value<String> value) {
      return set("From", value);
    }

    /**
     * The destination to which the receiver of the email should reply.
     *
     * <p>Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+&#64;[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}.
     * CloudFormation property {@code ReplyToEmailAddress}.
     */
    public EmailConfiguration replyToEmailAddress(String value) {
      return set("ReplyToEmailAddress", Value.of(value));
    }

    /** Sets {@code ReplyToEmailAddress} to this value; see {@link #replyToEmailAddress(String)}. */
    public EmailConfiguration replyToEmailAddress(Value<String> value) {
      return set("ReplyToEmailAddress", value);
    }

    /**
     * The ARN of a verified email address or an address from a verified domain in Amazon SES. You
     * can set a <code>SourceArn</code> email from a verified domain only with an API request. You
     * can set a verified email address, but not an address in a verified domain, in the Amazon
     * Cognito console. Amazon Cognito uses the email address that you provide in one of the
     * following ways, depending on the value that you specify for the
     * <code>EmailSendingAccount</code> parameter:
     *
     * <ul> <li>If you specify <code>COGNITO_DEFAULT</code> , Amazon Cognito uses this address as
     * the custom FROM address when it emails your users using its built-in email account. <li>If
     * you specify <code>DEVELOPER</code> , Amazon Cognito emails your users with this address by
     * calling Amazon SES on your behalf. </ul>
     *
     * <p>The Region value of the <code>SourceArn</code> parameter must indicate a supported AWS
     * Region of your user pool. Typically, the Region in the <code>SourceArn</code> and the user
     * pool Region are the same. For more information, see <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html#user-pool-email-developer-region-mapping">Amazon
     * SES email configuration regions</a> in the <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools.html">Amazon
     * Cognito Developer Guide</a> .
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code SourceArn}.
     */
    public EmailConfiguration sourceArn(String value) {
      return set("SourceArn", Value.of(value));
    }

    /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
    public EmailConfiguration sourceArn(Value<String> value) {
      return set("SourceArn", value);
    }
  }

  /** Property type {@code AWS::Cognito::UserPool.EumsSmsConfiguration}. */
  public static final class EumsSmsConfiguration extends Struct<EumsSmsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.EumsSmsConfiguration")
        .required("CallerArn")
        .constrain("CallerArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .constrain("ConfigurationSetName", Constraint.of().minLength(0).maxLength(131072))
        .constrain("ExternalId", Constraint.of().minLength(0).maxLength(131072))
        .constrain("InEntityId", Constraint.of().minLength(0).maxLength(131072))
        .constrain("InTemplateId", Constraint.of().minLength(0).maxLength(131072))
        .constrain("OriginationIdentity", Constraint.of().minLength(0).maxLength(131072))
        .constrain("Region", Constraint.of().minLength(5).maxLength(32))
        .build();

    public EumsSmsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code CallerArn}.
     */
    public EumsSmsConfiguration callerArn(String value) {
      return set("CallerArn", Value.of(value));
    }

    /** Sets {@code CallerArn} to this value; see {@link #callerArn(String)}. */
    public EumsSmsConfiguration callerArn(Value<String> value) {
      return set("CallerArn", value);
    }

    /** Length: 0 to 131072 characters. CloudFormation property {@code ConfigurationSetName}. */
    public EumsSmsConfiguration configurationSetName(String value) {
      return set("ConfigurationSetName", Value.of(value));
    }

    /**
     * Sets {@code ConfigurationSetName} to this value; see {@link #configurationSetName(String)}.
     */
    public EumsSmsConfiguration configurationSetName(Value<String> value) {
      return set("ConfigurationSetName", value);
    }

    /** Length: 0 to 131072 characters. CloudFormation property {@code ExternalId}. */
    public EumsSmsConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public EumsSmsConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** Length: 0 to 131072 characters. CloudFormation property {@code InEntityId}. */
    public EumsSmsConfiguration inEntityId(String value) {
      return set("InEntityId", Value.of(value));
    }

    /** Sets {@code InEntityId} to this value; see {@link #inEntityId(String)}. */
    public EumsSmsConfiguration inEntityId(Value<String> value) {
      return set("InEntityId", value);
    }

    /** Length: 0 to 131072 characters. CloudFormation property {@code InTemplateId}. */
    public EumsSmsConfiguration inTemplateId(String value) {
      return set("InTemplateId", Value.of(value));
    }

    /** Sets {@code InTemplateId} to this value; see {@link #inTemplateId(String)}. */
    public EumsSmsConfiguration inTemplateId(Value<String> value) {
      return set("InTemplateId", value);
    }

    /** Length: 0 to 131072 characters. CloudFormation property {@code OriginationIdentity}. */
    public EumsSmsConfiguration originationIdentity(String value) {
      return set("OriginationIdentity", Value.of(value));
    }

    /** Sets {@code OriginationIdentity} to this value; see {@link #originationIdentity(String)}. */
    public EumsSmsConfiguration originationIdentity(Value<String> value) {
      return set("OriginationIdentity", value);
    }

    /** Length: 5 to 32 characters. CloudFormation property {@code Region}. */
    public EumsSmsConfiguration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public EumsSmsConfiguration region(Value<String> value) {
      return set("Region", value);
    }
  }

  /** Property type {@code AWS::Cognito::UserPool.InboundFederation}. */
  public static final class InboundFederation extends Struct<InboundFederation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.InboundFederation")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .allowed("LambdaVersion", "V1_0")
        .build();

    public InboundFederation() {
      super(SCHEMA);
    }

    /**
     * Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public InboundFederation lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public InboundFederation lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /** Allowed values: {@code V1_0}. CloudFormation property {@code LambdaVersion}. */
    public InboundFederation lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public InboundFederation lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /**
   * The template for the welcome message to new users. This template must include the
   * <code>{####}</code> temporary password placeholder if you are creating users with passwords. If
   * your users don't have passwords, you can omit the placeholder.
   *
   * <p>See also <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization">Customizing
   * User Invitation Messages</a> .
   *
   * <p>Property type {@code AWS::Cognito::UserPool.InviteMessageTemplate}.
   */
  public static final class InviteMessageTemplate extends Struct<InviteMessageTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.InviteMessageTemplate")
        .constrain("EmailMessage", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$").minLength(6).maxLength(20000))
        .constrain("EmailSubject", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$").minLength(1).maxLength(140))
        .constrain("SMSMessage", Constraint.of().pattern("^(?s)").minLength(6).maxLength(140))
        .build();

    public InviteMessageTemplate() {
      super(SCHEMA);
    }

    /**
     * The message template for email messages. EmailMessage is allowed only if <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is DEVELOPER.
     *
     * <p>Length: 6 to 20000 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*$}. CloudFormation property {@code
     * EmailMessage}.
     */
    public InviteMessageTemplate emailMessage(String value) {
      return set("EmailMessage", Value.of(value));
    }

    /** Sets {@code EmailMessage} to this value; see {@link #emailMessage(String)}. */
    public InviteMessageTemplate emailMessage(Value<String> value) {
      return set("EmailMessage", value);
    }

    /**
     * The subject line for email messages. EmailSubject is allowed only if <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is DEVELOPER.
     *
     * <p>Length: 1 to 140 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s]+$}. CloudFormation property {@code
     * EmailSubject}.
     */
    public InviteMessageTemplate emailSubject(String value) {
      return set("EmailSubject", Value.of(value));
    }

    /** Sets {@code EmailSubject} to this value; see {@link #emailSubject(String)}. */
    public InviteMessageTemplate emailSubject(Value<String> value) {
      return set("EmailSubject", value);
    }

    /**
     * The message template for SMS messages.
     *
     * <p>Length: 6 to 140 characters. Pattern: {@code ^(?s)}. CloudFormation property {@code
     * SMSMessage}.
     */
    public InviteMessageTemplate smsMessage(String value) {
      return set("SMSMessage", Value.of(value));
    }

    /** Sets {@code SMSMessage} to this value; see {@link #smsMessage(String)}. */
    public InviteMessageTemplate smsMessage(Value<String> value) {
      return set("SMSMessage", value);
    }
  }

  /** Property type {@code AWS::Cognito::UserPool.IssuerConfiguration}. */
  public static final class IssuerConfiguration extends Struct<IssuerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.IssuerConfiguration")
        .allowed("Type", "ORIGINAL", "UPDATED")
        .build();

    public IssuerConfiguration() {
      super(SCHEMA);
    }

    /** Allowed values: {@code ORIGINAL}, {@code UPDATED}. CloudFormation property {@code Type}. */
    public IssuerConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IssuerConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Cognito::UserPool.KeyConfiguration}. */
  public static final class KeyConfiguration extends Struct<KeyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.KeyConfiguration")
        .allowed("KeyType", "AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY")
        .constrain("KmsKeyArn", Constraint.of().pattern("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public KeyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code AWS_OWNED_KEY}, {@code CUSTOMER_MANAGED_KEY}. CloudFormation property
     * {@code KeyType}.
     */
    public KeyConfiguration keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public KeyConfiguration keyType(Value<String> value) {
      return set("KeyType", value);
    }

    /**
     * Length: 20 to 2048 characters. Pattern: {@code
     * arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public KeyConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public KeyConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible
   * stages of user pool operations. Triggers can modify the outcome of the operations that invoked
   * them.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.LambdaConfig}.
   */
  public static final class LambdaConfig extends Struct<LambdaConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.LambdaConfig")
        .constrain("CreateAuthChallenge", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("CreateAuthChallenge", "AWS::Lambda::Function.Arn")
        .constrain("CustomMessage", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("CustomMessage", "AWS::Lambda::Function.Arn")
        .constrain("DefineAuthChallenge", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("DefineAuthChallenge", "AWS::Lambda::Function.Arn")
        .constrain("KMSKeyID", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("KMSKeyID", "AWS::KMS::Key.Arn")
        .constrain("PostAuthentication", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("PostAuthentication", "AWS::Lambda::Function.Arn")
        .constrain("PostConfirmation", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("PostConfirmation", "AWS::Lambda::Function.Arn")
        .constrain("PreAuthentication", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("PreAuthentication", "AWS::Lambda::Function.Arn")
        .constrain("PreSignUp", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("PreSignUp", "AWS::Lambda::Function.Arn")
        .constrain("PreTokenGeneration", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("PreTokenGeneration", "AWS::Lambda::Function.Arn")
        .constrain("UserMigration", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .constrain("VerifyAuthChallengeResponse", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .references("VerifyAuthChallengeResponse", "AWS::Lambda::Function.Arn")
        .build();

    public LambdaConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration of a create auth challenge Lambda trigger, one of three triggers in the
     * sequence of the <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html">custom
     * authentication challenge triggers</a> .
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code CreateAuthChallenge}.
     */
    public LambdaConfig createAuthChallenge(String value) {
      return set("CreateAuthChallenge", Value.of(value));
    }

    /** Sets {@code CreateAuthChallenge} to this value; see {@link #createAuthChallenge(String)}. */
    public LambdaConfig createAuthChallenge(Value<String> value) {
      return set("CreateAuthChallenge", value);
    }

    /**
     * Sets {@code CreateAuthChallenge} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #createAuthChallenge(String)}.
     */
    public LambdaConfig createAuthChallenge(Function resource) {
      return set("CreateAuthChallenge", resource.arn());
    }

    /**
     * The configuration of a custom email sender Lambda trigger. This trigger routes all email
     * notifications from a user pool to a Lambda function that delivers the message using custom
     * logic.
     *
     * <p>CloudFormation property {@code CustomEmailSender}.
     */
    public LambdaConfig customEmailSender(Value<CustomEmailSender> value) {
      return set("CustomEmailSender", value);
    }

    /**
     * A custom message Lambda trigger. This trigger is an opportunity to customize all SMS and
     * email messages from your user pool. When a custom message trigger is active, your user pool
     * routes all messages to a Lambda function that returns a runtime-customized message subject
     * and body for your user pool to deliver to a user.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code CustomMessage}.
     */
    public LambdaConfig customMessage(String value) {
      return set("CustomMessage", Value.of(value));
    }

    /** Sets {@code CustomMessage} to this value; see {@link #customMessage(String)}. */
    public LambdaConfig customMessage(Value<String> value) {
      return set("CustomMessage", value);
    }

    /**
     * Sets {@code CustomMessage} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #customMessage(String)}.
     */
    public LambdaConfig customMessage(Function resource) {
      return set("CustomMessage", resource.arn());
    }

    /**
     * The configuration of a custom SMS sender Lambda trigger. This trigger routes all SMS
     * notifications from a user pool to a Lambda function that delivers the message using custom
     * logic.
     *
     * <p>CloudFormation property {@code CustomSMSSender}.
     */
    public LambdaConfig customSMSSender(Value<CustomSMSSender> value) {
      return set("CustomSMSSender", value);
    }

    /**
     * The configuration of a define auth challenge Lambda trigger, one of three triggers in the
     * sequence of the <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html">custom
     * authentication challenge triggers</a> .
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code DefineAuthChallenge}.
     */
    public LambdaConfig defineAuthChallenge(String value) {
      return set("DefineAuthChallenge", Value.of(value));
    }

    /** Sets {@code DefineAuthChallenge} to this value; see {@link #defineAuthChallenge(String)}. */
    public LambdaConfig defineAuthChallenge(Value<String> value) {
      return set("DefineAuthChallenge", value);
    }

    /**
     * Sets {@code DefineAuthChallenge} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #defineAuthChallenge(String)}.
     */
    public LambdaConfig defineAuthChallenge(Function resource) {
      return set("DefineAuthChallenge", resource.arn());
    }

    /** CloudFormation property {@code InboundFederation}. */
    public LambdaConfig inboundFederation(Value<InboundFederation> value) {
      return set("InboundFederation", value);
    }

    /**
     * The ARN of an <a
     * href="https://docs.aws.amazon.com//kms/latest/developerguide/concepts.html#master_keys">KMS
     * key</a> . Amazon Cognito uses the key to encrypt codes and temporary passwords sent to custom
     * sender Lambda triggers.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code KMSKeyID}.
     */
    public LambdaConfig kmsKeyID(String value) {
      return set("KMSKeyID", Value.of(value));
    }

    /** Sets {@code KMSKeyID} to this value; see {@link #kmsKeyID(String)}. */
    public LambdaConfig kmsKeyID(Value<String> value) {
      return set("KMSKeyID", value);
    }

    /** Sets {@code KMSKeyID} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyID(String)}. */
    public LambdaConfig kmsKeyID(Key resource) {
      return set("KMSKeyID", resource.arn());
    }

    /**
     * The configuration of a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html">post
     * authentication Lambda trigger</a> in a user pool. This trigger can take custom actions after
     * a user signs in.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code PostAuthentication}.
     */
    public LambdaConfig postAuthentication(String value) {
      return set("PostAuthentication", Value.of(value));
    }

    /** Sets {@code PostAuthentication} to this value; see {@link #postAuthentication(String)}. */
    public LambdaConfig postAuthentication(Value<String> value) {
      return set("PostAuthentication", value);
    }

    /**
     * Sets {@code PostAuthentication} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #postAuthentication(String)}.
     */
    public LambdaConfig postAuthentication(Function resource) {
      return set("PostAuthentication", resource.arn());
    }

    /**
     * The configuration of a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html">post
     * confirmation Lambda trigger</a> in a user pool. This trigger can take custom actions after a
     * user confirms their user account and their email address or phone number.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code PostConfirmation}.
     */
    public LambdaConfig postConfirmation(String value) {
      return set("PostConfirmation", Value.of(value));
    }

    /** Sets {@code PostConfirmation} to this value; see {@link #postConfirmation(String)}. */
    public LambdaConfig postConfirmation(Value<String> value) {
      return set("PostConfirmation", value);
    }

    /**
     * Sets {@code PostConfirmation} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #postConfirmation(String)}.
     */
    public LambdaConfig postConfirmation(Function resource) {
      return set("PostConfirmation", resource.arn());
    }

    /**
     * The configuration of a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html">pre
     * authentication trigger</a> in a user pool. This trigger can evaluate and modify user sign-in
     * events.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code PreAuthentication}.
     */
    public LambdaConfig preAuthentication(String value) {
      return set("PreAuthentication", Value.of(value));
    }

    /** Sets {@code PreAuthentication} to this value; see {@link #preAuthentication(String)}. */
    public LambdaConfig preAuthentication(Value<String> value) {
      return set("PreAuthentication", value);
    }

    /**
     * Sets {@code PreAuthentication} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #preAuthentication(String)}.
     */
    public LambdaConfig preAuthentication(Function resource) {
      return set("PreAuthentication", resource.arn());
    }

    /**
     * The configuration of a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html">pre
     * sign-up Lambda trigger</a> in a user pool. This trigger evaluates new users and can bypass
     * confirmation, <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html">link
     * a federated user profile</a> , or block sign-up requests.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code PreSignUp}.
     */
    public LambdaConfig preSignUp(String value) {
      return set("PreSignUp", Value.of(value));
    }

    /** Sets {@code PreSignUp} to this value; see {@link #preSignUp(String)}. */
    public LambdaConfig preSignUp(Value<String> value) {
      return set("PreSignUp", value);
    }

    /**
     * Sets {@code PreSignUp} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #preSignUp(String)}.
     */
    public LambdaConfig preSignUp(Function resource) {
      return set("PreSignUp", resource.arn());
    }

    /**
     * The legacy configuration of a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html">pre
     * token generation Lambda trigger</a> in a user pool.
     *
     * <p>Set this parameter for legacy purposes. If you also set an ARN in
     * <code>PreTokenGenerationConfig</code> , its value must be identical to
     * <code>PreTokenGeneration</code> . For new instances of pre token generation triggers, set the
     * <code>LambdaArn</code> of <code>PreTokenGenerationConfig</code> .
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code PreTokenGeneration}.
     */
    public LambdaConfig preTokenGeneration(String value) {
      return set("PreTokenGeneration", Value.of(value));
    }

    /** Sets {@code PreTokenGeneration} to this value; see {@link #preTokenGeneration(String)}. */
    public LambdaConfig preTokenGeneration(Value<String> value) {
      return set("PreTokenGeneration", value);
    }

    /**
     * Sets {@code PreTokenGeneration} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #preTokenGeneration(String)}.
     */
    public LambdaConfig preTokenGeneration(Function resource) {
      return set("PreTokenGeneration", resource.arn());
    }

    /**
     * The detailed configuration of a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html">pre
     * token generation Lambda trigger</a> in a user pool. If you also set an ARN in
     * <code>PreTokenGeneration</code> , its value must be identical to
     * <code>PreTokenGenerationConfig</code> .
     *
     * <p>CloudFormation property {@code PreTokenGenerationConfig}.
     */
    public LambdaConfig preTokenGenerationConfig(Value<PreTokenGenerationConfig> value) {
      return set("PreTokenGenerationConfig", value);
    }

    /**
     * The configuration of a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html">migrate
     * user Lambda trigger</a> in a user pool. This trigger can create user profiles when users sign
     * in or attempt to reset their password with credentials that don't exist yet.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code UserMigration}.
     */
    public LambdaConfig userMigration(String value) {
      return set("UserMigration", Value.of(value));
    }

    /** Sets {@code UserMigration} to this value; see {@link #userMigration(String)}. */
    public LambdaConfig userMigration(Value<String> value) {
      return set("UserMigration", value);
    }

    /**
     * The configuration of a verify auth challenge Lambda trigger, one of three triggers in the
     * sequence of the <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html">custom
     * authentication challenge triggers</a> .
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code VerifyAuthChallengeResponse}.
     */
    public LambdaConfig verifyAuthChallengeResponse(String value) {
      return set("VerifyAuthChallengeResponse", Value.of(value));
    }

    /**
     * Sets {@code VerifyAuthChallengeResponse} to this value; see {@link
     * #verifyAuthChallengeResponse(String)}.
     */
    public LambdaConfig verifyAuthChallengeResponse(Value<String> value) {
      return set("VerifyAuthChallengeResponse", value);
    }

    /**
     * Sets {@code VerifyAuthChallengeResponse} to the Arn of {@code AWS::Lambda::Function}; see
     * {@link #verifyAuthChallengeResponse(String)}.
     */
    public LambdaConfig verifyAuthChallengeResponse(Function resource) {
      return set("VerifyAuthChallengeResponse", resource.arn());
    }
  }

  /**
   * The minimum and maximum values of an attribute that is of the number type, for example
   * <code>custom:age</code> .
   *
   * <p>Property type {@code AWS::Cognito::UserPool.NumberAttributeConstraints}.
   */
  public static final class NumberAttributeConstraints extends Struct<NumberAttributeConstraints> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.NumberAttributeConstraints")
        .constrain("MaxValue", Constraint.of().minLength(0).maxLength(131072))
        .constrain("MinValue", Constraint.of().minLength(0).maxLength(131072))
        .build();

    public NumberAttributeConstraints() {
      super(SCHEMA);
    }

    /**
     * The maximum length of a number attribute value. Must be a number less than or equal to
     * <code>2^1023</code> , represented as a string with a length of 131072 characters or fewer.
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code MaxValue}.
     */
    public NumberAttributeConstraints maxValue(String value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(String)}. */
    public NumberAttributeConstraints maxValue(Value<String> value) {
      return set("MaxValue", value);
    }

    /**
     * The minimum value of an attribute that is of the number data type.
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code MinValue}.
     */
    public NumberAttributeConstraints minValue(String value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(String)}. */
    public NumberAttributeConstraints minValue(Value<String> value) {
      return set("MinValue", value);
    }
  }

  /**
   * The password policy settings for a user pool, including complexity, history, and length
   * requirements.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.PasswordPolicy}.
   */
  public static final class PasswordPolicy extends Struct<PasswordPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.PasswordPolicy")
        .constrain("MinimumLength", Constraint.of().minimum(6).maximum(99))
        .constrain("PasswordHistorySize", Constraint.of().minimum(0).maximum(24))
        .constrain("TemporaryPasswordValidityDays", Constraint.of().minimum(0).maximum(365))
        .build();

    public PasswordPolicy() {
      super(SCHEMA);
    }

    /**
     * The minimum length of the password in the policy that you have set. This value can't be less
     * than 6.
     *
     * <p>Range: 6 to 99. CloudFormation property {@code MinimumLength}.
     */
    public PasswordPolicy minimumLength(int value) {
      return set("MinimumLength", Value.of(value));
    }

    /** Sets {@code MinimumLength} to this value; see {@link #minimumLength(int)}. */
    public PasswordPolicy minimumLength(Value<Integer> value) {
      return set("MinimumLength", value);
    }

    /**
     * The number of previous passwords that you want Amazon Cognito to restrict each user from
     * reusing. Users can't set a password that matches any of <code>n</code> previous passwords,
     * where <code>n</code> is the value of <code>PasswordHistorySize</code> .
     *
     * <p>Range: 0 to 24. CloudFormation property {@code PasswordHistorySize}.
     */
    public PasswordPolicy passwordHistorySize(int value) {
      return set("PasswordHistorySize", Value.of(value));
    }

    /** Sets {@code PasswordHistorySize} to this value; see {@link #passwordHistorySize(int)}. */
    public PasswordPolicy passwordHistorySize(Value<Integer> value) {
      return set("PasswordHistorySize", value);
    }

    /**
     * The requirement in a password policy that users must include at least one lowercase letter in
     * their password.
     *
     * <p>CloudFormation property {@code RequireLowercase}.
     */
    public PasswordPolicy requireLowercase(boolean value) {
      return set("RequireLowercase", Value.of(value));
    }

    /** Sets {@code RequireLowercase} to this value; see {@link #requireLowercase(boolean)}. */
    public PasswordPolicy requireLowercase(Value<Boolean> value) {
      return set("RequireLowercase", value);
    }

    /**
     * The requirement in a password policy that users must include at least one number in their
     * password.
     *
     * <p>CloudFormation property {@code RequireNumbers}.
     */
    public PasswordPolicy requireNumbers(boolean value) {
      return set("RequireNumbers", Value.of(value));
    }

    /** Sets {@code RequireNumbers} to this value; see {@link #requireNumbers(boolean)}. */
    public PasswordPolicy requireNumbers(Value<Boolean> value) {
      return set("RequireNumbers", value);
    }

    /**
     * The requirement in a password policy that users must include at least one symbol in their
     * password.
     *
     * <p>CloudFormation property {@code RequireSymbols}.
     */
    public PasswordPolicy requireSymbols(boolean value) {
      return set("RequireSymbols", Value.of(value));
    }

    /** Sets {@code RequireSymbols} to this value; see {@link #requireSymbols(boolean)}. */
    public PasswordPolicy requireSymbols(Value<Boolean> value) {
      return set("RequireSymbols", value);
    }

    /**
     * The requirement in a password policy that users must include at least one uppercase letter in
     * their password.
     *
     * <p>CloudFormation property {@code RequireUppercase}.
     */
    public PasswordPolicy requireUppercase(boolean value) {
      return set("RequireUppercase", Value.of(value));
    }

    /** Sets {@code RequireUppercase} to this value; see {@link #requireUppercase(boolean)}. */
    public PasswordPolicy requireUppercase(Value<Boolean> value) {
      return set("RequireUppercase", value);
    }

    /**
     * The number of days a temporary password is valid in the password policy. If the user doesn't
     * sign in during this time, an administrator must reset their password. Defaults to
     * <code>7</code> . If you submit a value of <code>0</code> , Amazon Cognito treats it as a null
     * value and sets <code>TemporaryPasswordValidityDays</code> to its default value.
     *
     * <p>When you set <code>TemporaryPasswordValidityDays</code> for a user pool, you can no longer
     * set a value for the legacy <code>UnusedAccountValidityDays</code> parameter in that user
     * pool.
     *
     * <p>Range: 0 to 365. CloudFormation property {@code TemporaryPasswordValidityDays}.
     */
    public PasswordPolicy temporaryPasswordValidityDays(int value) {
      return set("TemporaryPasswordValidityDays", Value.of(value));
    }

    /**
     * Sets {@code TemporaryPasswordValidityDays} to this value; see {@link
     * #temporaryPasswordValidityDays(int)}.
     */
    public PasswordPolicy temporaryPasswordValidityDays(Value<Integer> value) {
      return set("TemporaryPasswordValidityDays", value);
    }
  }

  /**
   * A list of user pool policies. Contains the policy that sets password-complexity requirements.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.Policies}.
   */
  public static final class Policies extends Struct<Policies> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPool.Policies");

    public Policies() {
      super(SCHEMA);
    }

    /**
     * The password policy settings for a user pool, including complexity, history, and length
     * requirements.
     *
     * <p>CloudFormation property {@code PasswordPolicy}.
     */
    public Policies passwordPolicy(Value<PasswordPolicy> value) {
      return set("PasswordPolicy", value);
    }

    /**
     * The policy for allowed types of authentication in a user pool. To activate this setting, your
     * user pool must be in the <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html">Essentials
     * tier</a> or higher.
     *
     * <p>CloudFormation property {@code SignInPolicy}.
     */
    public Policies signInPolicy(Value<SignInPolicy> value) {
      return set("SignInPolicy", value);
    }
  }

  /**
   * The properties of a pre token generation Lambda trigger.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.PreTokenGenerationConfig}.
   */
  public static final class PreTokenGenerationConfig extends Struct<PreTokenGenerationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.PreTokenGenerationConfig")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .allowed("LambdaVersion", "V1_0", "V2_0", "V3_0")
        .build();

    public PreTokenGenerationConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda
     * trigger.
     *
     * <p>This parameter and the <code>PreTokenGeneration</code> property of
     * <code>LambdaConfig</code> have the same value. For new instances of pre token generation
     * triggers, set <code>LambdaArn</code> .
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public PreTokenGenerationConfig lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public PreTokenGenerationConfig lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * The user pool trigger version of the request that Amazon Cognito sends to your Lambda
     * function. Higher-numbered versions add fields that support new features.
     *
     * <p>Allowed values: {@code V1_0}, {@code V2_0}, {@code V3_0}. CloudFormation property {@code
     * LambdaVersion}.
     */
    public PreTokenGenerationConfig lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public PreTokenGenerationConfig lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /**
   * A recovery option for a user. The <code>AccountRecoverySettingType</code> data type is an array
   * of this object. Each <code>RecoveryOptionType</code> has a priority property that determines
   * whether it is a primary or secondary option.
   *
   * <p>For example, if <code>verified_email</code> has a priority of <code>1</code> and
   * <code>verified_phone_number</code> has a priority of <code>2</code> , your user pool sends
   * account-recovery messages to a verified email address but falls back to an SMS message if the
   * user has a verified phone number. The <code>admin_only</code> option prevents self-service
   * account recovery.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.RecoveryOption}.
   */
  public static final class RecoveryOption extends Struct<RecoveryOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.RecoveryOption")
        .allowed("Name", "admin_only", "verified_email", "verified_phone_number")
        .constrain("Priority", Constraint.of().minimum(1).maximum(2))
        .build();

    public RecoveryOption() {
      super(SCHEMA);
    }

    /**
     * The recovery method that this object sets a recovery option for.
     *
     * <p>Allowed values: {@code admin_only}, {@code verified_email}, {@code verified_phone_number}.
     * CloudFormation property {@code Name}.
     */
    public RecoveryOption name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RecoveryOption name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Your priority preference for using the specified attribute in account recovery. The highest
     * priority is <code>1</code> .
     *
     * <p>Range: 1 to 2. CloudFormation property {@code Priority}.
     */
    public RecoveryOption priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public RecoveryOption priority(Value<Integer> value) {
      return set("Priority", value);
    }
  }

  /**
   * A list of the user attributes and their properties in your user pool. The attribute schema
   * contains standard attributes, custom attributes with a <code>custom:</code> prefix, and
   * developer attributes with a <code>dev:</code> prefix. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html">User
   * pool attributes</a> .
   *
   * <p>Developer-only <code>dev:</code> attributes are a legacy feature of user pools, and are
   * read-only to all app clients. You can create and update developer-only attributes only with
   * IAM-authenticated API operations. Use app client read/write permissions instead.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.SchemaAttribute}.
   */
  public static final class SchemaAttribute extends Struct<SchemaAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.SchemaAttribute")
        .allowed("AttributeDataType", "Boolean", "DateTime", "Number", "String")
        .constrain("Name", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$").minLength(1).maxLength(20))
        .build();

    public SchemaAttribute() {
      super(SCHEMA);
    }

    /**
     * The data format of the values for your attribute. When you choose an
     * <code>AttributeDataType</code> , Amazon Cognito validates the input against the data type. A
     * custom attribute value in your user's ID token is always a string, for example
     * <code>"custom:isMember" : "true"</code> or <code>"custom:YearsAsMember" : "12"</code> .
     *
     * <p>Allowed values: {@code Boolean}, {@code DateTime}, {@code Number}, {@code String}.
     * CloudFormation property {@code AttributeDataType}.
     */
    public SchemaAttribute attributeDataType(String value) {
      return set("AttributeDataType", Value.of(value));
    }

    /** Sets {@code AttributeDataType} to this value; see {@link #attributeDataType(String)}. */
    public SchemaAttribute attributeDataType(Value<String> value) {
      return set("AttributeDataType", value);
    }

    /**
     * You should use <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html#CognitoUserPools-Type-UserPoolClientType-WriteAttributes">WriteAttributes</a>
     * in the user pool client to control how attributes can be mutated for new use cases instead of
     * using <code>DeveloperOnlyAttribute</code> .
     *
     * <p>Specifies whether the attribute type is developer only. This attribute can only be
     * modified by an administrator. Users won't be able to modify this attribute using their access
     * token. For example, <code>DeveloperOnlyAttribute</code> can be modified using
     * AdminUpdateUserAttributes but can't be updated using UpdateUserAttributes.
     *
     * <p>CloudFormation property {@code DeveloperOnlyAttribute}.
     */
    public SchemaAttribute developerOnlyAttribute(boolean value) {
      return set("DeveloperOnlyAttribute", Value.of(value));
    }

    /**
     * Sets {@code DeveloperOnlyAttribute} to this value; see {@link
     * #developerOnlyAttribute(boolean)}.
     */
    public SchemaAttribute developerOnlyAttribute(Value<Boolean> value) {
      return set("DeveloperOnlyAttribute", value);
    }

    /**
     * Specifies whether the value of the attribute can be changed.
     *
     * <p>Any user pool attribute whose value you map from an IdP attribute must be mutable, with a
     * parameter value of <code>true</code> . Amazon Cognito updates mapped attributes when users
     * sign in to your application through an IdP. If an attribute is immutable, Amazon Cognito
     * throws an error when it attempts to update the attribute. For more information, see <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html">Specifying
     * Identity Provider Attribute Mappings for Your User Pool</a> .
     *
     * <p>CloudFormation property {@code Mutable}.
     */
    public SchemaAttribute mutable(boolean value) {
      return set("Mutable", Value.of(value));
    }

    /** Sets {@code Mutable} to this value; see {@link #mutable(boolean)}. */
    public SchemaAttribute mutable(Value<Boolean> value) {
      return set("Mutable", value);
    }

    /**
     * The name of your user pool attribute. When you create or update a user pool, adding a schema
     * attribute creates a custom or developer-only attribute. When you add an attribute with a
     * <code>Name</code> value of <code>MyAttribute</code> , Amazon Cognito creates the custom
     * attribute <code>custom:MyAttribute</code> . When <code>DeveloperOnlyAttribute</code> is
     * <code>true</code> , Amazon Cognito creates your attribute as <code>dev:MyAttribute</code> .
     * In an operation that describes a user pool, Amazon Cognito returns this value as
     * <code>value</code> for standard attributes, <code>custom:value</code> for custom attributes,
     * and <code>dev:value</code> for developer-only attributes..
     *
     * <p>Length: 1 to 20 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}. CloudFormation property {@code Name}.
     */
    public SchemaAttribute name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SchemaAttribute name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the constraints for an attribute of the number type.
     *
     * <p>CloudFormation property {@code NumberAttributeConstraints}.
     */
    public SchemaAttribute numberAttributeConstraints(Value<NumberAttributeConstraints> value) {
      return set("NumberAttributeConstraints", value);
    }

    /**
     * Specifies whether a user pool attribute is required. If the attribute is required and the
     * user doesn't provide a value, registration or sign-in will fail.
     *
     * <p>CloudFormation property {@code Required}.
     */
    public SchemaAttribute required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public SchemaAttribute required(Value<Boolean> value) {
      return set("Required", value);
    }

    /**
     * Specifies the constraints for an attribute of the string type.
     *
     * <p>CloudFormation property {@code StringAttributeConstraints}.
     */
    public SchemaAttribute stringAttributeConstraints(Value<StringAttributeConstraints> value) {
      return set("StringAttributeConstraints", value);
    }
  }

  /**
   * The policy for allowed types of authentication in a user pool. To activate this setting, your
   * user pool must be in the <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html">Essentials
   * tier</a> or higher.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.SignInPolicy}.
   */
  public static final class SignInPolicy extends Struct<SignInPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.SignInPolicy")
        .allowed("AllowedFirstAuthFactors", "EMAIL_OTP", "PASSWORD", "SMS_OTP", "SOFTWARE_TOKEN",
            "WEB_AUTHN")
        .build();

    public SignInPolicy() {
      super(SCHEMA);
    }

    /**
     * The sign-in methods that a user pool supports as the first factor. You can permit users to
     * start authentication with a standard username and password, or with other one-time password
     * and hardware factors.
     *
     * <p>Supports values of <code>EMAIL_OTP</code> , <code>SMS_OTP</code> , <code>WEB_AUTHN</code>
     * and <code>PASSWORD</code> ,
     *
     * <p>Allowed values: {@code EMAIL_OTP}, {@code PASSWORD}, {@code SMS_OTP}, {@code
     * SOFTWARE_TOKEN}, {@code WEB_AUTHN}. CloudFormation property {@code AllowedFirstAuthFactors}.
     */
    public SignInPolicy allowedFirstAuthFactors(List<String> value) {
      return set("AllowedFirstAuthFactors", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedFirstAuthFactors} to this value; see {@link
     * #allowedFirstAuthFactors(List)}.
     */
    public SignInPolicy allowedFirstAuthFactors(Value<List<String>> value) {
      return set("AllowedFirstAuthFactors", value);
    }
  }

  /**
   * User pool configuration for delivery of SMS messages with Amazon Simple Notification Service.
   * To send SMS messages with Amazon SNS in the AWS Region that you want, the Amazon Cognito user
   * pool uses an AWS Identity and Access Management (IAM) role in your AWS account .
   *
   * <p>Property type {@code AWS::Cognito::UserPool.SmsConfiguration}.
   */
  public static final class SmsConfiguration extends Struct<SmsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.SmsConfiguration")
        .constrain("ExternalId", Constraint.of().minLength(0).maxLength(131072))
        .constrain("SnsCallerArn", Constraint.of().pattern("^(arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?)?$").minLength(0).maxLength(2048))
        .references("SnsCallerArn", "AWS::IAM::Role.Arn")
        .constrain("SnsRegion", Constraint.of().minLength(5).maxLength(32))
        .build();

    public SmsConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EumsSms}. */
    public SmsConfiguration eumsSms(Value<EumsSmsConfiguration> value) {
      return set("EumsSms", value);
    }

    /**
     * The external ID provides additional security for your IAM role. You can use an
     * <code>ExternalId</code> with the IAM role that you use with Amazon SNS to send SMS messages
     * for your user pool. If you provide an <code>ExternalId</code> , your Amazon Cognito user pool
     * includes it in the request to assume your IAM role. You can configure the role trust policy
     * to require that Amazon Cognito, and any principal, provide the <code>ExternalID</code> . If
     * you use the Amazon Cognito Management Console to create a role for SMS multi-factor
     * authentication (MFA), Amazon Cognito creates a role with the required permissions and a trust
     * policy that demonstrates use of the <code>ExternalId</code> .
     *
     * <p>For more information about the <code>ExternalId</code> of a role, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">How
     * to use an external ID when granting access to your AWS resources to a third party</a> .
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code ExternalId}.
     */
    public SmsConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public SmsConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS caller. This is the ARN of the IAM role in
     * your AWS account that Amazon Cognito will use to send SMS messages. SMS messages are subject
     * to a <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html">spending
     * limit</a> .
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?)?$}.
     * CloudFormation property {@code SnsCallerArn}.
     */
    public SmsConfiguration snsCallerArn(String value) {
      return set("SnsCallerArn", Value.of(value));
    }

    /** Sets {@code SnsCallerArn} to this value; see {@link #snsCallerArn(String)}. */
    public SmsConfiguration snsCallerArn(Value<String> value) {
      return set("SnsCallerArn", value);
    }

    /**
     * Sets {@code SnsCallerArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #snsCallerArn(String)}.
     */
    public SmsConfiguration snsCallerArn(Role resource) {
      return set("SnsCallerArn", resource.arn());
    }

    /**
     * The AWS Region to use with Amazon SNS integration. You can choose the same Region as your
     * user pool, or a supported <em>Legacy Amazon SNS alternate Region</em> .
     *
     * <p>Amazon Cognito resources in the Asia Pacific (Seoul) AWS Region must use your Amazon SNS
     * configuration in the Asia Pacific (Tokyo) Region. For more information, see <a
     * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html">SMS
     * message settings for Amazon Cognito user pools</a> .
     *
     * <p>Length: 5 to 32 characters. CloudFormation property {@code SnsRegion}.
     */
    public SmsConfiguration snsRegion(String value) {
      return set("SnsRegion", Value.of(value));
    }

    /** Sets {@code SnsRegion} to this value; see {@link #snsRegion(String)}. */
    public SmsConfiguration snsRegion(Value<String> value) {
      return set("SnsRegion", value);
    }
  }

  /**
   * The minimum and maximum length values of an attribute that is of the string type, for example
   * <code>custom:department</code> .
   *
   * <p>Property type {@code AWS::Cognito::UserPool.StringAttributeConstraints}.
   */
  public static final class StringAttributeConstraints extends Struct<StringAttributeConstraints> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.StringAttributeConstraints")
        .constrain("MaxLength", Constraint.of().minLength(0).maxLength(131072))
        .constrain("MinLength", Constraint.of().minLength(0).maxLength(131072))
        .build();

    public StringAttributeConstraints() {
      super(SCHEMA);
    }

    /**
     * The maximum length of a string attribute value. Must be a number less than or equal to
     * <code>2^1023</code> , represented as a string with a length of 131072 characters or fewer.
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code MaxLength}.
     */
    public StringAttributeConstraints maxLength(String value) {
      return set("MaxLength", Value.of(value));
    }

    /** Sets {@code MaxLength} to this value; see {@link #maxLength(String)}. */
    public StringAttributeConstraints maxLength(Value<String> value) {
      return set("MaxLength", value);
    }

    /**
     * The minimum length of a string attribute value.
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code MinLength}.
     */
    public StringAttributeConstraints minLength(String value) {
      return set("MinLength", Value.of(value));
    }

    /** Sets {@code MinLength} to this value; see {@link #minLength(String)}. */
    public StringAttributeConstraints minLength(Value<String> value) {
      return set("MinLength", value);
    }
  }

  /**
   * The settings for updates to user attributes. These settings include the property
   * <code>AttributesRequireVerificationBeforeUpdate</code> , a user-pool setting that tells Amazon
   * Cognito how to handle changes to the value of your users' email address and phone number
   * attributes. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates">Verifying
   * updates to email addresses and phone numbers</a> .
   *
   * <p>Property type {@code AWS::Cognito::UserPool.UserAttributeUpdateSettings}.
   */
  public static final class UserAttributeUpdateSettings extends Struct<UserAttributeUpdateSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.UserAttributeUpdateSettings")
        .required("AttributesRequireVerificationBeforeUpdate")
        .allowed("AttributesRequireVerificationBeforeUpdate", "email", "phone_number")
        .build();

    public UserAttributeUpdateSettings() {
      super(SCHEMA);
    }

    /**
     * Requires that your user verifies their email address, phone number, or both before Amazon
     * Cognito updates the value of that attribute. When you update a user attribute that has this
     * option activated, Amazon Cognito sends a verification message to the new phone number or
     * email address. Amazon Cognito doesn’t change the value of the attribute until your user
     * responds to the verification message and confirms the new value.
     *
     * <p>When <code>AttributesRequireVerificationBeforeUpdate</code> is false, your user pool
     * doesn't require that your users verify attribute changes before Amazon Cognito updates them.
     * In a user pool where <code>AttributesRequireVerificationBeforeUpdate</code> is false, API
     * operations that change attribute values can immediately update a user’s <code>email</code> or
     * <code>phone_number</code> attribute.
     *
     * <p>Required. Allowed values: {@code email}, {@code phone_number}. CloudFormation property
     * {@code AttributesRequireVerificationBeforeUpdate}.
     */
    public UserAttributeUpdateSettings attributesRequireVerificationBeforeUpdate(List<String> value) {
      return set("AttributesRequireVerificationBeforeUpdate", Value.listOf(value));
    }

    /**
     * Sets {@code AttributesRequireVerificationBeforeUpdate} to this value; see {@link
     * #attributesRequireVerificationBeforeUpdate(List)}.
     */
    public UserAttributeUpdateSettings attributesRequireVerificationBeforeUpdate(Value<List<String>> value) {
      return set("AttributesRequireVerificationBeforeUpdate", value);
    }
  }

  /**
   * User pool add-ons. Contains settings for activation of threat protection. To log user security
   * information but take no action, set to <code>AUDIT</code> . To configure automatic security
   * responses to risky traffic to your user pool, set to <code>ENFORCED</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html">Adding
   * advanced security to a user pool</a> . To activate this setting, your user pool must be on the
   * <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html">Plus
   * tier</a> .
   *
   * <p>Property type {@code AWS::Cognito::UserPool.UserPoolAddOns}.
   */
  public static final class UserPoolAddOns extends Struct<UserPoolAddOns> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.UserPoolAddOns")
        .allowed("AdvancedSecurityMode", "AUDIT", "ENFORCED", "OFF")
        .build();

    public UserPoolAddOns() {
      super(SCHEMA);
    }

    /**
     * Threat protection configuration options for additional authentication types in your user
     * pool, including custom authentication.
     *
     * <p>CloudFormation property {@code AdvancedSecurityAdditionalFlows}.
     */
    public UserPoolAddOns advancedSecurityAdditionalFlows(Value<AdvancedSecurityAdditionalFlows> value) {
      return set("AdvancedSecurityAdditionalFlows", value);
    }

    /**
     * The operating mode of threat protection for standard authentication types in your user pool,
     * including username-password and secure remote password (SRP) authentication.
     *
     * <p>Allowed values: {@code AUDIT}, {@code ENFORCED}, {@code OFF}. CloudFormation property
     * {@code AdvancedSecurityMode}.
     */
    public UserPoolAddOns advancedSecurityMode(String value) {
      return set("AdvancedSecurityMode", Value.of(value));
    }

    /**
     * Sets {@code AdvancedSecurityMode} to this value; see {@link #advancedSecurityMode(String)}.
     */
    public UserPoolAddOns advancedSecurityMode(Value<String> value) {
      return set("AdvancedSecurityMode", value);
    }
  }

  /**
   * Case sensitivity of the username input for the selected sign-in option. When case sensitivity
   * is set to <code>False</code> (case insensitive), users can sign in with any combination of
   * capital and lowercase letters. For example, <code>username</code> , <code>USERNAME</code> , or
   * <code>UserName</code> , or for email, <code>email&#64;example.com</code> or
   * <code>EMaiL&#64;eXamplE.Com</code> . For most use cases, set case sensitivity to
   * <code>False</code> (case insensitive) as a best practice. When usernames and email addresses
   * are case insensitive, Amazon Cognito treats any variation in case as the same user, and
   * prevents a case variation from being assigned to the same attribute for a different user.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.UsernameConfiguration}.
   */
  public static final class UsernameConfiguration extends Struct<UsernameConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPool.UsernameConfiguration");

    public UsernameConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether user name case sensitivity will be applied for all users in the user pool
     * through Amazon Cognito APIs. For most use cases, set case sensitivity to <code>False</code>
     * (case insensitive) as a best practice. When usernames and email addresses are case
     * insensitive, users can sign in as the same user when they enter a different capitalization of
     * their user name.
     *
     * <p>Valid values include:
     *
     * <ul> <li><b>true</b> - Enables case sensitivity for all username input. When this option is
     * set to <code>true</code> , users must sign in using the exact capitalization of their given
     * username, such as “UserName”. This is the default value. <li><b>false</b> - Enables case
     * insensitivity for all username input. For example, when this option is set to
     * <code>false</code> , users can sign in using <code>username</code> , <code>USERNAME</code> ,
     * or <code>UserName</code> . This option also enables both <code>preferred_username</code> and
     * <code>email</code> alias to be case insensitive, in addition to the <code>username</code>
     * attribute. </ul>
     *
     * <p>CloudFormation property {@code CaseSensitive}.
     */
    public UsernameConfiguration caseSensitive(boolean value) {
      return set("CaseSensitive", Value.of(value));
    }

    /** Sets {@code CaseSensitive} to this value; see {@link #caseSensitive(boolean)}. */
    public UsernameConfiguration caseSensitive(Value<Boolean> value) {
      return set("CaseSensitive", value);
    }
  }

  /**
   * The template for the verification message that your user pool delivers to users who set an
   * email address or phone number attribute.
   *
   * <p>Property type {@code AWS::Cognito::UserPool.VerificationMessageTemplate}.
   */
  public static final class VerificationMessageTemplate extends Struct<VerificationMessageTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPool.VerificationMessageTemplate")
        .allowed("DefaultEmailOption", "CONFIRM_WITH_CODE", "CONFIRM_WITH_LINK")
        .constrain("EmailMessage", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$").minLength(6).maxLength(20000))
        .constrain("EmailMessageByLink", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{##[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*##\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$").minLength(6).maxLength(20000))
        .constrain("EmailSubject", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$").minLength(1).maxLength(140))
        .constrain("EmailSubjectByLink", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$").minLength(1).maxLength(140))
        .constrain("SmsMessage", Constraint.of().pattern("\\{####\\}").minLength(6).maxLength(140))
        .build();

    public VerificationMessageTemplate() {
      super(SCHEMA);
    }

    /**
     * The configuration of verification emails to contain a clickable link or a verification code.
     *
     * <p>For link, your template body must contain link text in the format <code>{##Click
     * here##}</code> . "Click here" in the example is a customizable string. For code, your
     * template body must contain a code placeholder in the format <code>{####}</code> .
     *
     * <p>Allowed values: {@code CONFIRM_WITH_CODE}, {@code CONFIRM_WITH_LINK}. CloudFormation
     * property {@code DefaultEmailOption}.
     */
    public VerificationMessageTemplate defaultEmailOption(String value) {
      return set("DefaultEmailOption", Value.of(value));
    }

    /** Sets {@code DefaultEmailOption} to this value; see {@link #defaultEmailOption(String)}. */
    public VerificationMessageTemplate defaultEmailOption(Value<String> value) {
      return set("DefaultEmailOption", value);
    }

    /**
     * The template for email messages that Amazon Cognito sends to your users. You can set an
     * <code>EmailMessage</code> template only if the value of <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> . When your <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> , your user pool sends email messages with your own Amazon SES
     * configuration.
     *
     * <p>Length: 6 to 20000 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*&#92;{####&#92;}[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*$}.
     * CloudFormation property {@code EmailMessage}.
     */
    public VerificationMessageTemplate emailMessage(String value) {
      return set("EmailMessage", Value.of(value));
    }

    /** Sets {@code EmailMessage} to this value; see {@link #emailMessage(String)}. */
    public VerificationMessageTemplate emailMessage(Value<String> value) {
      return set("EmailMessage", value);
    }

    /**
     * The email message template for sending a confirmation link to the user. You can set an
     * <code>EmailMessageByLink</code> template only if the value of <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> . When your <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> , your user pool sends email messages with your own Amazon SES
     * configuration.
     *
     * <p>Length: 6 to 20000 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*&#92;{##[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*##&#92;}[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s*]*$}.
     * CloudFormation property {@code EmailMessageByLink}.
     */
    public VerificationMessageTemplate emailMessageByLink(String value) {
      return set("EmailMessageByLink", Value.of(value));
    }

    /** Sets {@code EmailMessageByLink} to this value; see {@link #emailMessageByLink(String)}. */
    public VerificationMessageTemplate emailMessageByLink(Value<String> value) {
      return set("EmailMessageByLink", value);
    }

    /**
     * The subject line for the email message template. You can set an <code>EmailSubject</code>
     * template only if the value of <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> . When your <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> , your user pool sends email messages with your own Amazon SES
     * configuration.
     *
     * <p>Length: 1 to 140 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s]+$}. CloudFormation property {@code
     * EmailSubject}.
     */
    public VerificationMessageTemplate emailSubject(String value) {
      return set("EmailSubject", Value.of(value));
    }

    /** Sets {@code EmailSubject} to this value; see {@link #emailSubject(String)}. */
    public VerificationMessageTemplate emailSubject(Value<String> value) {
      return set("EmailSubject", value);
    }

    /**
     * The subject line for the email message template for sending a confirmation link to the user.
     * You can set an <code>EmailSubjectByLink</code> template only if the value of <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> . When your <a
     * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount">EmailSendingAccount</a>
     * is <code>DEVELOPER</code> , your user pool sends email messages with your own Amazon SES
     * configuration.
     *
     * <p>Length: 1 to 140 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s]+$}. CloudFormation property {@code
     * EmailSubjectByLink}.
     */
    public VerificationMessageTemplate emailSubjectByLink(String value) {
      return set("EmailSubjectByLink", Value.of(value));
    }

    /** Sets {@code EmailSubjectByLink} to this value; see {@link #emailSubjectByLink(String)}. */
    public VerificationMessageTemplate emailSubjectByLink(Value<String> value) {
      return set("EmailSubjectByLink", value);
    }

    /**
     * The template for SMS messages that Amazon Cognito sends to your users.
     *
     * <p>Length: 6 to 140 characters. Pattern: {@code &#92;{####&#92;}}. CloudFormation property
     * {@code SmsMessage}.
     */
    public VerificationMessageTemplate smsMessage(String value) {
      return set("SmsMessage", Value.of(value));
    }

    /** Sets {@code SmsMessage} to this value; see {@link #smsMessage(String)}. */
    public VerificationMessageTemplate smsMessage(Value<String> value) {
      return set("SmsMessage", value);
    }
  }
}
