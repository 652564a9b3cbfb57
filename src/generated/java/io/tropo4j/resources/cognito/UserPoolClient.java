// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::Cognito::UserPoolClient</code> resource specifies an Amazon Cognito user pool
 * client.
 *
 * <p>If you don't specify a value for a parameter, Amazon Cognito sets it to a default value.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolClient}.
 */
public final class UserPoolClient extends Resource<UserPoolClient> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolClient")
      .required("UserPoolId")
      .constrain("AccessTokenValidity", Constraint.of().minimum(1).maximum(86400))
      .allowed("AllowedOAuthFlows", "client_credentials", "code", "implicit")
      .constrain("AllowedOAuthScopes", Constraint.of().pattern("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$").minLength(1).maxLength(256))
      .constrain("AuthSessionValidity", Constraint.of().minimum(3).maximum(15))
      .constrain("CallbackURLs", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$").minLength(1).maxLength(1024))
      .constrain("ClientName", Constraint.of().pattern("^[\\w\\s+=,.@-]+$").minLength(1).maxLength(128))
      .constrain("DefaultRedirectURI", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$").minLength(1).maxLength(1024))
      .allowed("ExplicitAuthFlows", "ADMIN_NO_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH",
          "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH",
          "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
          "USER_PASSWORD_AUTH")
      .constrain("IdTokenValidity", Constraint.of().minimum(1).maximum(86400))
      .constrain("LogoutURLs", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$").minLength(1).maxLength(1024))
      .allowed("PreventUserExistenceErrors", "ENABLED", "LEGACY")
      .constrain("ReadAttributes", Constraint.of().minLength(1).maxLength(2048))
      .constrain("RefreshTokenValidity", Constraint.of().minimum(1).maximum(315360000))
      .constrain("SupportedIdentityProviders", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+$").minLength(1).maxLength(32))
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
      .constrain("WriteAttributes", Constraint.of().minLength(1).maxLength(2048))
      .refYields("ClientId")
      .attributes("ClientId", "ClientSecret", "Name")
      .build();

  public UserPoolClient(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The access token time limit. After this limit expires, your user can't use their access token.
   * To specify the time unit for <code>AccessTokenValidity</code> as <code>seconds</code> ,
   * <code>minutes</code> , <code>hours</code> , or <code>days</code> , set a
   * <code>TokenValidityUnits</code> value in your API request.
   *
   * <p>For example, when you set <code>AccessTokenValidity</code> to <code>10</code> and
   * <code>TokenValidityUnits</code> to <code>hours</code> , your user can authorize access with
   * their access token for 10 hours.
   *
   * <p>The default time unit for <code>AccessTokenValidity</code> in an API request is hours.
   * <em>Valid range</em> is displayed below in seconds.
   *
   * <p>If you don't specify otherwise in the configuration of your app client, your access tokens
   * are valid for one hour.
   *
   * <p>Range: 1 to 86400. CloudFormation property {@code AccessTokenValidity}.
   */
  public UserPoolClient accessTokenValidity(int value) {
    return set("AccessTokenValidity", Value.of(value));
  }

  /** Sets {@code AccessTokenValidity} to this value; see {@link #accessTokenValidity(int)}. */
  public UserPoolClient accessTokenValidity(Value<Integer> value) {
    return set("AccessTokenValidity", value);
  }

  /**
   * The OAuth grant types that you want your app client to generate for clients in managed login
   * authentication. To create an app client that generates client credentials grants, you must add
   * <code>client_credentials</code> as the only allowed OAuth flow.
   *
   * <ul> <li><b>code</b> - Use a code grant flow, which provides an authorization code as the
   * response. This code can be exchanged for access tokens with the <code>/oauth2/token</code>
   * endpoint. <li><b>implicit</b> - Issue the access token, and the ID token when scopes like
   * <code>openid</code> and <code>profile</code> are requested, directly to your user.
   * <li><b>client_credentials</b> - Issue the access token from the <code>/oauth2/token</code>
   * endpoint directly to a non-person user, authorized by a combination of the client ID and client
   * secret. </ul>
   *
   * <p>Allowed values: {@code client_credentials}, {@code code}, {@code implicit}. CloudFormation
   * property {@code AllowedOAuthFlows}.
   */
  public UserPoolClient allowedOAuthFlows(List<String> value) {
    return set("AllowedOAuthFlows", Value.listOf(value));
  }

  /** Sets {@code AllowedOAuthFlows} to this value; see {@link #allowedOAuthFlows(List)}. */
  public UserPoolClient allowedOAuthFlows(Value<List<String>> value) {
    return set("AllowedOAuthFlows", value);
  }

  /**
   * Set to <code>true</code> to use OAuth 2.0 authorization server features in your app client.
   *
   * <p>This parameter must have a value of <code>true</code> before you can configure the following
   * features in your app client.
   *
   * <ul> <li><code>CallBackURLs</code> : Callback URLs. <li><code>LogoutURLs</code> : Sign-out
   * redirect URLs. <li><code>AllowedOAuthScopes</code> : OAuth 2.0 scopes.
   * <li><code>AllowedOAuthFlows</code> : Support for authorization code, implicit, and client
   * credentials OAuth 2.0 grants. </ul>
   *
   * <p>To use authorization server features, configure one of these features in the Amazon Cognito
   * console or set <code>AllowedOAuthFlowsUserPoolClient</code> to <code>true</code> in a
   * <code>CreateUserPoolClient</code> or <code>UpdateUserPoolClient</code> API request. If you
   * don't set a value for <code>AllowedOAuthFlowsUserPoolClient</code> in a request with the AWS
   * CLI or SDKs, it defaults to <code>false</code> . When <code>false</code> , only SDK-based API
   * sign-in is permitted.
   *
   * <p>CloudFormation property {@code AllowedOAuthFlowsUserPoolClient}.
   */
  public UserPoolClient allowedOAuthFlowsUserPoolClient(boolean value) {
    return set("AllowedOAuthFlowsUserPoolClient", Value.of(value));
  }

  /**
   * Sets {@code AllowedOAuthFlowsUserPoolClient} to this value; see {@link
   * #allowedOAuthFlowsUserPoolClient(boolean)}.
   */
  public UserPoolClient allowedOAuthFlowsUserPoolClient(Value<Boolean> value) {
    return set("AllowedOAuthFlowsUserPoolClient", value);
  }

  /**
   * The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app client to
   * authorize access with. Scopes govern access control to user pool self-service API operations,
   * user data from the <code>userInfo</code> endpoint, and third-party APIs. Scope values include
   * <code>phone</code> , <code>email</code> , <code>openid</code> , and <code>profile</code> . The
   * <code>aws.cognito.signin.user.admin</code> scope authorizes user self-service operations.
   * Custom scopes with resource servers authorize access to external APIs.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;x21&#92;x23-&#92;x5B&#92;x5D-&#92;x7E]+$}. CloudFormation property {@code
   * AllowedOAuthScopes}.
   */
  public UserPoolClient allowedOAuthScopes(List<String> value) {
    return set("AllowedOAuthScopes", Value.listOf(value));
  }

  /** Sets {@code AllowedOAuthScopes} to this value; see {@link #allowedOAuthScopes(List)}. */
  public UserPoolClient allowedOAuthScopes(Value<List<String>> value) {
    return set("AllowedOAuthScopes", value);
  }

  /**
   * The user pool analytics configuration for collecting metrics and sending them to your Amazon
   * Pinpoint campaign.
   *
   * <p>In AWS Regions where Amazon Pinpoint isn't available, user pools might not have access to
   * analytics or might be configurable with campaigns in the US East (N. Virginia) Region. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html">Using
   * Amazon Pinpoint analytics</a> .
   *
   * <p>CloudFormation property {@code AnalyticsConfiguration}.
   */
  public UserPoolClient analyticsConfiguration(Value<AnalyticsConfiguration> value) {
    return set("AnalyticsConfiguration", value);
  }

  /**
   * Amazon Cognito creates a session token for each API request in an authentication flow.
   * <code>AuthSessionValidity</code> is the duration, in minutes, of that session token. Your user
   * pool native user must respond to each authentication challenge before the session expires.
   *
   * <p>Range: 3 to 15. CloudFormation property {@code AuthSessionValidity}.
   */
  public UserPoolClient authSessionValidity(int value) {
    return set("AuthSessionValidity", Value.of(value));
  }

  /** Sets {@code AuthSessionValidity} to this value; see {@link #authSessionValidity(int)}. */
  public UserPoolClient authSessionValidity(Value<Integer> value) {
    return set("AuthSessionValidity", value);
  }

  /**
   * A list of allowed redirect, or callback, URLs for managed login authentication. These URLs are
   * the paths where you want to send your users' browsers after they complete authentication with
   * managed login or a third-party IdP. Typically, callback URLs are the home of an application
   * that uses OAuth or OIDC libraries to process authentication outcomes.
   *
   * <p>A redirect URI must meet the following requirements:
   *
   * <ul> <li>Be an absolute URI. <li>Be registered with the authorization server. Amazon Cognito
   * doesn't accept authorization requests with <code>redirect_uri</code> values that aren't in the
   * list of <code>CallbackURLs</code> that you provide in this parameter. <li>Not include a
   * fragment component. </ul>
   *
   * <p>See <a
   * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc6749#section-3.1.2">OAuth 2.0
   * - Redirection Endpoint</a> .
   *
   * <p>Amazon Cognito requires HTTPS over HTTP except for callback URLs to
   * <code>http://localhost</code> , <code>http://127.0.0.1</code> and <code>http://[::1]</code> .
   * These callback URLs are for testing purposes only. You can specify custom TCP ports for your
   * callback URLs.
   *
   * <p>App callback URLs such as <code>myapp://example</code> are also supported.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}. CloudFormation property {@code
   * CallbackURLs}.
   */
  public UserPoolClient callbackURLs(List<String> value) {
    return set("CallbackURLs", Value.listOf(value));
  }

  /** Sets {@code CallbackURLs} to this value; see {@link #callbackURLs(List)}. */
  public UserPoolClient callbackURLs(Value<List<String>> value) {
    return set("CallbackURLs", value);
  }

  /**
   * A friendly name for the app client that you want to create.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;w&#92;s+=,.&#64;-]+$}. CloudFormation
   * property {@code ClientName}.
   */
  public UserPoolClient clientName(String value) {
    return set("ClientName", Value.of(value));
  }

  /** Sets {@code ClientName} to this value; see {@link #clientName(String)}. */
  public UserPoolClient clientName(Value<String> value) {
    return set("ClientName", value);
  }

  /**
   * The default redirect URI. In app clients with one assigned IdP, replaces
   * <code>redirect_uri</code> in authentication requests. Must be in the <code>CallbackURLs</code>
   * list.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}. CloudFormation property {@code
   * DefaultRedirectURI}.
   */
  public UserPoolClient defaultRedirectURI(String value) {
    return set("DefaultRedirectURI", Value.of(value));
  }

  /** Sets {@code DefaultRedirectURI} to this value; see {@link #defaultRedirectURI(String)}. */
  public UserPoolClient defaultRedirectURI(Value<String> value) {
    return set("DefaultRedirectURI", value);
  }

  /**
   * When <code>true</code> , your application can include additional <code>UserContextData</code>
   * in authentication requests. This data includes the IP address, and contributes to analysis by
   * threat protection features. For more information about propagation of user context data, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html#user-pool-settings-adaptive-authentication-device-fingerprint">Adding
   * session data to API requests</a> . If you don’t include this parameter, you can't send the
   * source IP address to Amazon Cognito threat protection features. You can only activate
   * <code>EnablePropagateAdditionalUserContextData</code> in an app client that has a client
   * secret.
   *
   * <p>CloudFormation property {@code EnablePropagateAdditionalUserContextData}.
   */
  public UserPoolClient enablePropagateAdditionalUserContextData(boolean value) {
    return set("EnablePropagateAdditionalUserContextData", Value.of(value));
  }

  /**
   * Sets {@code EnablePropagateAdditionalUserContextData} to this value; see {@link
   * #enablePropagateAdditionalUserContextData(boolean)}.
   */
  public UserPoolClient enablePropagateAdditionalUserContextData(Value<Boolean> value) {
    return set("EnablePropagateAdditionalUserContextData", value);
  }

  /**
   * Activates or deactivates token revocation.
   *
   * <p>If you don't include this parameter, token revocation is automatically activated for the new
   * user pool client.
   *
   * <p>CloudFormation property {@code EnableTokenRevocation}.
   */
  public UserPoolClient enableTokenRevocation(boolean value) {
    return set("EnableTokenRevocation", Value.of(value));
  }

  /**
   * Sets {@code EnableTokenRevocation} to this value; see {@link #enableTokenRevocation(boolean)}.
   */
  public UserPoolClient enableTokenRevocation(Value<Boolean> value) {
    return set("EnableTokenRevocation", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html">authentication
   * flows</a> that you want your user pool client to support. For each app client in your user
   * pool, you can sign in your users with any combination of one or more flows, including with a
   * user name and Secure Remote Password (SRP), a user name and password, or a custom
   * authentication process that you define with Lambda functions.
   *
   * <p>If you don't specify a value for <code>ExplicitAuthFlows</code> , your app client supports
   * <code>ALLOW_REFRESH_TOKEN_AUTH</code> , <code>ALLOW_USER_SRP_AUTH</code> , and
   * <code>ALLOW_CUSTOM_AUTH</code> .
   *
   * <p>The values for authentication flow options include the following.
   *
   * <ul> <li><code>ALLOW_USER_AUTH</code> : Enable selection-based sign-in with
   * <code>USER_AUTH</code> . This setting covers username-password, secure remote password (SRP),
   * passwordless, and passkey authentication. This authentiation flow can do username-password and
   * SRP authentication without other <code>ExplicitAuthFlows</code> permitting them. For example
   * users can complete an SRP challenge through <code>USER_AUTH</code> without the flow
   * <code>USER_SRP_AUTH</code> being active for the app client. This flow doesn't include
   * <code>CUSTOM_AUTH</code> . </ul>
   *
   * <p>To activate this setting, your user pool must be in the <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html">Essentials
   * tier</a> or higher.
   *
   * <ul> <li><code>ALLOW_ADMIN_USER_PASSWORD_AUTH</code> : Enable admin based user password
   * authentication flow <code>ADMIN_USER_PASSWORD_AUTH</code> . This setting replaces the
   * <code>ADMIN_NO_SRP_AUTH</code> setting. With this authentication flow, your app passes a user
   * name and password to Amazon Cognito in the request, instead of using the Secure Remote Password
   * (SRP) protocol to securely transmit the password. <li><code>ALLOW_CUSTOM_AUTH</code> : Enable
   * Lambda trigger based authentication. <li><code>ALLOW_USER_PASSWORD_AUTH</code> : Enable user
   * password-based authentication. In this flow, Amazon Cognito receives the password in the
   * request instead of using the SRP protocol to verify passwords.
   * <li><code>ALLOW_USER_SRP_AUTH</code> : Enable SRP-based authentication.
   * <li><code>ALLOW_REFRESH_TOKEN_AUTH</code> : Enable authflow to refresh tokens. </ul>
   *
   * <p>In some environments, you will see the values <code>ADMIN_NO_SRP_AUTH</code> ,
   * <code>CUSTOM_AUTH_FLOW_ONLY</code> , or <code>USER_PASSWORD_AUTH</code> . You can't assign
   * these legacy <code>ExplicitAuthFlows</code> values to user pool clients at the same time as
   * values that begin with <code>ALLOW_</code> , like <code>ALLOW_USER_SRP_AUTH</code> .
   *
   * <p>Allowed values: {@code ADMIN_NO_SRP_AUTH}, {@code ALLOW_ADMIN_USER_PASSWORD_AUTH}, {@code
   * ALLOW_CUSTOM_AUTH}, {@code ALLOW_REFRESH_TOKEN_AUTH}, {@code ALLOW_USER_AUTH}, {@code
   * ALLOW_USER_PASSWORD_AUTH}, {@code ALLOW_USER_SRP_AUTH}, {@code CUSTOM_AUTH_FLOW_ONLY}, {@code
   * USER_PASSWORD_AUTH}. CloudFormation property {@code ExplicitAuthFlows}.
   */
  public UserPoolClient explicitAuthFlows(List<String> value) {
    return set("ExplicitAuthFlows", Value.listOf(value));
  }

  /** Sets {@code ExplicitAuthFlows} to this value; see {@link #explicitAuthFlows(List)}. */
  public UserPoolClient explicitAuthFlows(Value<List<String>> value) {
    return set("ExplicitAuthFlows", value);
  }

  /**
   * When <code>true</code> , generates a client secret for the app client. Client secrets are used
   * with server-side and machine-to-machine applications. Client secrets are automatically
   * generated; you can't specify a secret value. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html#user-pool-settings-client-app-client-types">App
   * client types</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code GenerateSecret}.
   */
  public UserPoolClient generateSecret(boolean value) {
    return set("GenerateSecret", Value.of(value));
  }

  /** Sets {@code GenerateSecret} to this value; see {@link #generateSecret(boolean)}. */
  public UserPoolClient generateSecret(Value<Boolean> value) {
    return set("GenerateSecret", value);
  }

  /**
   * The ID token time limit. After this limit expires, your user can't use their ID token. To
   * specify the time unit for <code>IdTokenValidity</code> as <code>seconds</code> ,
   * <code>minutes</code> , <code>hours</code> , or <code>days</code> , set a
   * <code>TokenValidityUnits</code> value in your API request.
   *
   * <p>For example, when you set <code>IdTokenValidity</code> as <code>10</code> and
   * <code>TokenValidityUnits</code> as <code>hours</code> , your user can authenticate their
   * session with their ID token for 10 hours.
   *
   * <p>The default time unit for <code>IdTokenValidity</code> in an API request is hours. <em>Valid
   * range</em> is displayed below in seconds.
   *
   * <p>If you don't specify otherwise in the configuration of your app client, your ID tokens are
   * valid for one hour.
   *
   * <p>Range: 1 to 86400. CloudFormation property {@code IdTokenValidity}.
   */
  public UserPoolClient idTokenValidity(int value) {
    return set("IdTokenValidity", Value.of(value));
  }

  /** Sets {@code IdTokenValidity} to this value; see {@link #idTokenValidity(int)}. */
  public UserPoolClient idTokenValidity(Value<Integer> value) {
    return set("IdTokenValidity", value);
  }

  /**
   * A list of allowed logout URLs for managed login authentication. When you pass
   * <code>logout_uri</code> and <code>client_id</code> parameters to <code>/logout</code> , Amazon
   * Cognito signs out your user and redirects them to the logout URL. This parameter describes the
   * URLs that you want to be the permitted targets of <code>logout_uri</code> . A typical use of
   * these URLs is when a user selects "Sign out" and you redirect them to your public homepage. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html">Logout
   * endpoint</a> .
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}. CloudFormation property {@code
   * LogoutURLs}.
   */
  public UserPoolClient logoutURLs(List<String> value) {
    return set("LogoutURLs", Value.listOf(value));
  }

  /** Sets {@code LogoutURLs} to this value; see {@link #logoutURLs(List)}. */
  public UserPoolClient logoutURLs(Value<List<String>> value) {
    return set("LogoutURLs", value);
  }

  /**
   * Errors and responses that you want Amazon Cognito APIs to return during authentication, account
   * confirmation, and password recovery when the user doesn't exist in the user pool. When set to
   * <code>ENABLED</code> and the user doesn't exist, authentication returns an error indicating
   * either the username or password was incorrect. Account confirmation and password recovery
   * return a response indicating a code was sent to a simulated destination. When set to
   * <code>LEGACY</code> , those APIs return a <code>UserNotFoundException</code> exception if the
   * user doesn't exist in the user pool.
   *
   * <p>Valid values include:
   *
   * <ul> <li><code>ENABLED</code> - This prevents user existence-related errors.
   * <li><code>LEGACY</code> - This represents the early behavior of Amazon Cognito where user
   * existence related errors aren't prevented. </ul>
   *
   * <p>Defaults to <code>LEGACY</code> when you don't provide a value.
   *
   * <p>Allowed values: {@code ENABLED}, {@code LEGACY}. CloudFormation property {@code
   * PreventUserExistenceErrors}.
   */
  public UserPoolClient preventUserExistenceErrors(String value) {
    return set("PreventUserExistenceErrors", Value.of(value));
  }

  /**
   * Sets {@code PreventUserExistenceErrors} to this value; see {@link
   * #preventUserExistenceErrors(String)}.
   */
  public UserPoolClient preventUserExistenceErrors(Value<String> value) {
    return set("PreventUserExistenceErrors", value);
  }

  /**
   * The list of user attributes that you want your app client to have read access to. After your
   * user authenticates in your app, their access token authorizes them to read their own attribute
   * value for any attribute in this list. An example of this kind of activity is when your user
   * selects a link to view their profile information.
   *
   * <p>When you don't specify the <code>ReadAttributes</code> for your app client, your app can
   * read the values of <code>email_verified</code> , <code>phone_number_verified</code> , and the
   * Standard attributes of your user pool. When your user pool app client has read access to these
   * default attributes, <code>ReadAttributes</code> doesn't return any information. Amazon Cognito
   * only populates <code>ReadAttributes</code> in the API response if you have specified your own
   * custom set of read attributes.
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code ReadAttributes}.
   */
  public UserPoolClient readAttributes(List<String> value) {
    return set("ReadAttributes", Value.listOf(value));
  }

  /** Sets {@code ReadAttributes} to this value; see {@link #readAttributes(List)}. */
  public UserPoolClient readAttributes(Value<List<String>> value) {
    return set("ReadAttributes", value);
  }

  /**
   * The configuration of your app client for refresh token rotation. When enabled, your app client
   * issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens.
   * When disabled, token refresh issues only ID and access tokens.
   *
   * <p>CloudFormation property {@code RefreshTokenRotation}.
   */
  public UserPoolClient refreshTokenRotation(Value<RefreshTokenRotation> value) {
    return set("RefreshTokenRotation", value);
  }

  /**
   * The refresh token time limit. After this limit expires, your user can't use their refresh
   * token. To specify the time unit for <code>RefreshTokenValidity</code> as <code>seconds</code> ,
   * <code>minutes</code> , <code>hours</code> , or <code>days</code> , set a
   * <code>TokenValidityUnits</code> value in your API request.
   *
   * <p>For example, when you set <code>RefreshTokenValidity</code> as <code>10</code> and
   * <code>TokenValidityUnits</code> as <code>days</code> , your user can refresh their session and
   * retrieve new access and ID tokens for 10 days.
   *
   * <p>The default time unit for <code>RefreshTokenValidity</code> in an API request is days. You
   * can't set <code>RefreshTokenValidity</code> to 0. If you do, Amazon Cognito overrides the value
   * with the default value of 30 days. <em>Valid range</em> is displayed below in seconds.
   *
   * <p>If you don't specify otherwise in the configuration of your app client, your refresh tokens
   * are valid for 30 days.
   *
   * <p>Range: 1 to 315360000. CloudFormation property {@code RefreshTokenValidity}.
   */
  public UserPoolClient refreshTokenValidity(int value) {
    return set("RefreshTokenValidity", Value.of(value));
  }

  /** Sets {@code RefreshTokenValidity} to this value; see {@link #refreshTokenValidity(int)}. */
  public UserPoolClient refreshTokenValidity(Value<Integer> value) {
    return set("RefreshTokenValidity", value);
  }

  /**
   * A list of provider names for the identity providers (IdPs) that are supported on this client.
   * The following are supported: <code>COGNITO</code> , <code>Facebook</code> , <code>Google</code>
   * , <code>SignInWithApple</code> , and <code>LoginWithAmazon</code> . You can also specify the
   * names that you configured for the SAML and OIDC IdPs in your user pool, for example
   * <code>MySAMLIdP</code> or <code>MyOIDCIdP</code> .
   *
   * <p>This parameter sets the IdPs that <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html">managed
   * login</a> will display on the login page for your app client. The removal of
   * <code>COGNITO</code> from this list doesn't prevent authentication operations for local users
   * with the user pools API in an AWS SDK. The only way to prevent SDK-based authentication is to
   * block access with a <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html">AWS WAF
   * rule</a> .
   *
   * <p>Length: 1 to 32 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;p{Z}]+$}. CloudFormation property {@code
   * SupportedIdentityProviders}.
   */
  public UserPoolClient supportedIdentityProviders(List<String> value) {
    return set("SupportedIdentityProviders", Value.listOf(value));
  }

  /**
   * Sets {@code SupportedIdentityProviders} to this value; see {@link
   * #supportedIdentityProviders(List)}.
   */
  public UserPoolClient supportedIdentityProviders(Value<List<String>> value) {
    return set("SupportedIdentityProviders", value);
  }

  /**
   * The units that validity times are represented in. The default unit for refresh tokens is days,
   * and the default for ID and access tokens are hours.
   *
   * <p>CloudFormation property {@code TokenValidityUnits}.
   */
  public UserPoolClient tokenValidityUnits(Value<TokenValidityUnits> value) {
    return set("TokenValidityUnits", value);
  }

  /**
   * The ID of the user pool where you want to create an app client.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolClient userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolClient userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
   * #userPoolId(String)}.
   */
  public UserPoolClient userPoolId(UserPool resource) {
    return set("UserPoolId", resource.ref());
  }

  /**
   * The list of user attributes that you want your app client to have write access to. After your
   * user authenticates in your app, their access token authorizes them to set or modify their own
   * attribute value for any attribute in this list.
   *
   * <p>When you don't specify the <code>WriteAttributes</code> for your app client, your app can
   * write the values of the Standard attributes of your user pool. When your user pool has write
   * access to these default attributes, <code>WriteAttributes</code> doesn't return any
   * information. Amazon Cognito only populates <code>WriteAttributes</code> in the API response if
   * you have specified your own custom set of write attributes.
   *
   * <p>If your app client allows users to sign in through an IdP, this array must include all
   * attributes that you have mapped to IdP attributes. Amazon Cognito updates mapped attributes
   * when users sign in to your application through an IdP. If your app client does not have write
   * access to a mapped attribute, Amazon Cognito throws an error when it tries to update the
   * attribute. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html">Specifying
   * IdP Attribute Mappings for Your user pool</a> .
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code WriteAttributes}.
   */
  public UserPoolClient writeAttributes(List<String> value) {
    return set("WriteAttributes", Value.listOf(value));
  }

  /** Sets {@code WriteAttributes} to this value; see {@link #writeAttributes(List)}. */
  public UserPoolClient writeAttributes(Value<List<String>> value) {
    return set("WriteAttributes", value);
  }

  /**
   * The ID of the app client, for example <code>1example23456789</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClientId}.
   */
  public Value<String> clientId() {
    return getAtt("ClientId");
  }

  /** {@code Fn::GetAtt} attribute {@code ClientSecret}. */
  public Value<String> clientSecret() {
    return getAtt("ClientSecret");
  }

  /** {@code Fn::GetAtt} attribute {@code Name}. */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The settings for Amazon Pinpoint analytics configuration. With an analytics configuration, your
   * application can collect user-activity metrics for user notifications with a Amazon Pinpoint
   * campaign.
   *
   * <p>Amazon Pinpoint isn't available in all AWS Regions. For a list of available Regions, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-pinpoint-integration.html#cognito-user-pools-find-region-mappings">Amazon
   * Cognito and Amazon Pinpoint Region availability</a> .
   *
   * <p>Property type {@code AWS::Cognito::UserPoolClient.AnalyticsConfiguration}.
   */
  public static final class AnalyticsConfiguration extends Struct<AnalyticsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolClient.AnalyticsConfiguration")
        .constrain("ApplicationArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048))
        .constrain("ApplicationId", Constraint.of().pattern("^[0-9a-fA-F]+$"))
        .constrain("ExternalId", Constraint.of().minLength(0).maxLength(131072))
        .constrain("RoleArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public AnalyticsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an Amazon Pinpoint project that you want to connect to your
     * user pool app client. Amazon Cognito publishes events to the Amazon Pinpoint project that
     * <code>ApplicationArn</code> declares. You can also configure your application to pass an
     * endpoint ID in the <code>AnalyticsMetadata</code> parameter of sign-in operations. The
     * endpoint ID is information about the destination for push notifications
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * CloudFormation property {@code ApplicationArn}.
     */
    public AnalyticsConfiguration applicationArn(String value) {
      return set("ApplicationArn", Value.of(value));
    }

    /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
    public AnalyticsConfiguration applicationArn(Value<String> value) {
      return set("ApplicationArn", value);
    }

    /**
     * Your Amazon Pinpoint project ID.
     *
     * <p>Pattern: {@code ^[0-9a-fA-F]+$}. CloudFormation property {@code ApplicationId}.
     */
    public AnalyticsConfiguration applicationId(String value) {
      return set("ApplicationId", Value.of(value));
    }

    /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
    public AnalyticsConfiguration applicationId(Value<String> value) {
      return set("ApplicationId", value);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">external
     * ID</a> of the role that Amazon Cognito assumes to send analytics data to Amazon Pinpoint.
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code ExternalId}.
     */
    public AnalyticsConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AnalyticsConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The ARN of an AWS Identity and Access Management role that has the permissions required for
     * Amazon Cognito to publish events to Amazon Pinpoint analytics.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public AnalyticsConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AnalyticsConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public AnalyticsConfiguration roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * If <code>UserDataShared</code> is <code>true</code> , Amazon Cognito includes user data in
     * the events that it publishes to Amazon Pinpoint analytics.
     *
     * <p>CloudFormation property {@code UserDataShared}.
     */
    public AnalyticsConfiguration userDataShared(boolean value) {
      return set("UserDataShared", Value.of(value));
    }

    /** Sets {@code UserDataShared} to this value; see {@link #userDataShared(boolean)}. */
    public AnalyticsConfiguration userDataShared(Value<Boolean> value) {
      return set("UserDataShared", value);
    }
  }

  /**
   * The configuration of your app client for refresh token rotation. When enabled, your app client
   * issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens.
   * When disabled, token refresh issues only ID and access tokens.
   *
   * <p>Property type {@code AWS::Cognito::UserPoolClient.RefreshTokenRotation}.
   */
  public static final class RefreshTokenRotation extends Struct<RefreshTokenRotation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolClient.RefreshTokenRotation")
        .allowed("Feature", "ENABLED", "DISABLED")
        .constrain("RetryGracePeriodSeconds", Constraint.of().minimum(0).maximum(60))
        .build();

    public RefreshTokenRotation() {
      super(SCHEMA);
    }

    /**
     * The state of refresh token rotation for the current app client.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * Feature}.
     */
    public RefreshTokenRotation feature(String value) {
      return set("Feature", Value.of(value));
    }

    /** Sets {@code Feature} to this value; see {@link #feature(String)}. */
    public RefreshTokenRotation feature(Value<String> value) {
      return set("Feature", value);
    }

    /**
     * When you request a token refresh with <code>GetTokensFromRefreshToken</code> , the original
     * refresh token that you're rotating out can remain valid for a period of time of up to 60
     * seconds. This allows for client-side retries. When <code>RetryGracePeriodSeconds</code> is
     * <code>0</code> , the grace period is disabled and a successful request immediately
     * invalidates the submitted refresh token.
     *
     * <p>Range: 0 to 60. CloudFormation property {@code RetryGracePeriodSeconds}.
     */
    public RefreshTokenRotation retryGracePeriodSeconds(int value) {
      return set("RetryGracePeriodSeconds", Value.of(value));
    }

    /**
     * Sets {@code RetryGracePeriodSeconds} to this value; see {@link
     * #retryGracePeriodSeconds(int)}.
     */
    public RefreshTokenRotation retryGracePeriodSeconds(Value<Integer> value) {
      return set("RetryGracePeriodSeconds", value);
    }
  }

  /**
   * The units that validity times are represented in. The default unit for refresh tokens is days,
   * and the default for ID and access tokens are hours.
   *
   * <p>Property type {@code AWS::Cognito::UserPoolClient.TokenValidityUnits}.
   */
  public static final class TokenValidityUnits extends Struct<TokenValidityUnits> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolClient.TokenValidityUnits")
        .allowed("AccessToken", "days", "hours", "minutes", "seconds")
        .allowed("IdToken", "days", "hours", "minutes", "seconds")
        .allowed("RefreshToken", "days", "hours", "minutes", "seconds")
        .build();

    public TokenValidityUnits() {
      super(SCHEMA);
    }

    /**
     * A time unit for the value that you set in the <code>AccessTokenValidity</code> parameter. The
     * default <code>AccessTokenValidity</code> time unit is <code>hours</code> .
     * <code>AccessTokenValidity</code> duration can range from five minutes to one day.
     *
     * <p>Allowed values: {@code days}, {@code hours}, {@code minutes}, {@code seconds}.
     * CloudFormation property {@code AccessToken}.
     */
    public TokenValidityUnits accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public TokenValidityUnits accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * A time unit for the value that you set in the <code>IdTokenValidity</code> parameter. The
     * default <code>IdTokenValidity</code> time unit is <code>hours</code> .
     * <code>IdTokenValidity</code> duration can range from five minutes to one day.
     *
     * <p>Allowed values: {@code days}, {@code hours}, {@code minutes}, {@code seconds}.
     * CloudFormation property {@code IdToken}.
     */
    public TokenValidityUnits idToken(String value) {
      return set("IdToken", Value.of(value));
    }

    /** Sets {@code IdToken} to this value; see {@link #idToken(String)}. */
    public TokenValidityUnits idToken(Value<String> value) {
      return set("IdToken", value);
    }

    /**
     * A time unit for the value that you set in the <code>RefreshTokenValidity</code> parameter.
     * The default <code>RefreshTokenValidity</code> time unit is <code>days</code> .
     * <code>RefreshTokenValidity</code> duration can range from 60 minutes to 10 years.
     *
     * <p>Allowed values: {@code days}, {@code hours}, {@code minutes}, {@code seconds}.
     * CloudFormation property {@code RefreshToken}.
     */
    public TokenValidityUnits refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public TokenValidityUnits refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }
  }
}
