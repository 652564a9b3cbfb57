// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Cognito::UserPoolIdentityProvider</code> resource creates an identity provider for
 * a user pool.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolIdentityProvider}.
 */
public final class UserPoolIdentityProvider extends Resource<UserPoolIdentityProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolIdentityProvider")
      .required("ProviderDetails", "ProviderName", "ProviderType", "UserPoolId")
      .constrain("AttributeMapping", Constraint.of().format("json"))
      .constrain("IdpIdentifiers", Constraint.of().pattern("^[\\w\\s+=.@-]+$").minLength(1).maxLength(40))
      .constrain("ProviderDetails", Constraint.of().format("json"))
      .constrain("ProviderName", Constraint.of().pattern("^[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+$").minLength(1).maxLength(32))
      .allowed("ProviderType", "Facebook", "Google", "LoginWithAmazon", "OIDC", "SAML",
          "SignInWithApple")
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .refYields("ProviderName")
      .build();

  public UserPoolIdentityProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A mapping of IdP attributes to standard and custom user pool attributes. Specify a user pool
   * attribute as the key of the key-value pair, and the IdP attribute claim name as the value.
   *
   * <p>Format: {@code json}. CloudFormation property {@code AttributeMapping}.
   */
  public UserPoolIdentityProvider attributeMapping(Map<String, String> value) {
    return set("AttributeMapping", Value.mapOf(value));
  }

  /** Sets {@code AttributeMapping} to this value; see {@link #attributeMapping(Map)}. */
  public UserPoolIdentityProvider attributeMapping(Value<Map<String, String>> value) {
    return set("AttributeMapping", value);
  }

  /**
   * An array of IdP identifiers, for example <code>"IdPIdentifiers": [ "MyIdP", "MyIdP2" ]</code> .
   * Identifiers are friendly names that you can pass in the <code>idp_identifier</code> query
   * parameter of requests to the <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html">Authorize
   * endpoint</a> to silently redirect to sign-in with the associated IdP. Identifiers in a domain
   * format also enable the use of <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html">email-address
   * matching with SAML providers</a> .
   *
   * <p>Length: 1 to 40 characters. Pattern: {@code ^[&#92;w&#92;s+=.&#64;-]+$}. CloudFormation
   * property {@code IdpIdentifiers}.
   */
  public UserPoolIdentityProvider idpIdentifiers(List<String> value) {
    return set("IdpIdentifiers", Value.listOf(value));
  }

  /** Sets {@code IdpIdentifiers} to this value; see {@link #idpIdentifiers(List)}. */
  public UserPoolIdentityProvider idpIdentifiers(Value<List<String>> value) {
    return set("IdpIdentifiers", value);
  }

  /**
   * The scopes, URLs, and identifiers for your external identity provider. The following examples
   * describe the provider detail keys for each IdP type. These values and their schema are subject
   * to change. Social IdP <code>authorize_scopes</code> values must match the values listed here.
   *
   * <ul> <li><b>OpenID Connect (OIDC)</b> - Amazon Cognito accepts the following elements when it
   * can't discover endpoint URLs from <code>oidc_issuer</code> : <code>attributes_url</code> ,
   * <code>authorize_url</code> , <code>jwks_uri</code> , <code>token_url</code> . </ul>
   *
   * <p>Create or update request: <code>"ProviderDetails": { "attributes_request_method": "GET",
   * "attributes_url": "https://auth.example.com/userInfo", "authorize_scopes": "openid profile
   * email", "authorize_url": "https://auth.example.com/authorize", "client_id": "1example23456789",
   * "client_secret": "provider-app-client-secret", "jwks_uri":
   * "https://auth.example.com/.well-known/jwks.json", "oidc_issuer": "https://auth.example.com",
   * "token_url": "https://example.com/token" }</code>
   *
   * <p>Describe response: <code>"ProviderDetails": { "attributes_request_method": "GET",
   * "attributes_url": "https://auth.example.com/userInfo", "attributes_url_add_attributes":
   * "false", "authorize_scopes": "openid profile email", "authorize_url":
   * "https://auth.example.com/authorize", "client_id": "1example23456789", "client_secret":
   * "provider-app-client-secret", "jwks_uri": "https://auth.example.com/.well-known/jwks.json",
   * "oidc_issuer": "https://auth.example.com", "token_url": "https://example.com/token" }</code>
   *
   * <ul> <li><b>SAML</b> - Create or update request with Metadata URL: <code>"ProviderDetails": {
   * "IDPInit": "true", "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataURL":
   * "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256" }</code>
   * </ul>
   *
   * <p>Create or update request with Metadata file: <code>"ProviderDetails": { "IDPInit": "true",
   * "IDPSignout": "true", "EncryptedResponses" : "true", "MetadataFile": "[metadata XML]",
   * "RequestSigningAlgorithm": "rsa-sha256" }</code>
   *
   * <p>The value of <code>MetadataFile</code> must be the plaintext metadata document with all
   * quote (") characters escaped by backslashes.
   *
   * <p>Describe response: <code>"ProviderDetails": { "IDPInit": "true", "IDPSignout": "true",
   * "EncryptedResponses" : "true", "ActiveEncryptionCertificate": "[certificate]", "MetadataURL":
   * "https://auth.example.com/sso/saml/metadata", "RequestSigningAlgorithm": "rsa-sha256",
   * "SLORedirectBindingURI": "https://auth.example.com/slo/saml", "SSORedirectBindingURI":
   * "https://auth.example.com/sso/saml" }</code>
   *
   * <ul> <li><b>LoginWithAmazon</b> - Create or update request: <code>"ProviderDetails": {
   * "authorize_scopes": "profile postal_code", "client_id":
   * "amzn1.application-oa2-client.1example23456789", "client_secret":
   * "provider-app-client-secret"</code> </ul>
   *
   * <p>Describe response: <code>"ProviderDetails": { "attributes_url":
   * "https://api.amazon.com/user/profile", "attributes_url_add_attributes": "false",
   * "authorize_scopes": "profile postal_code", "authorize_url": "https://www.amazon.com/ap/oa",
   * "client_id": "amzn1.application-oa2-client.1example23456789", "client_secret":
   * "provider-app-client-secret", "token_request_method": "POST", "token_url":
   * "https://api.amazon.com/auth/o2/token" }</code>
   *
   * <ul> <li><b>Google</b> - Create or update request: <code>"ProviderDetails": {
   * "authorize_scopes": "email profile openid", "client_id":
   * "1example23456789.apps.googleusercontent.com", "client_secret": "provider-app-client-secret"
   * }</code> </ul>
   *
   * <p>Describe response: <code>"ProviderDetails": { "attributes_url":
   * "https://people.googleapis.com/v1/people/me?personFields=", "attributes_url_add_attributes":
   * "true", "authorize_scopes": "email profile openid", "authorize_url":
   * "https://accounts.google.com/o/oauth2/v2/auth", "client_id":
   * "1example23456789.apps.googleusercontent.com", "client_secret": "provider-app-client-secret",
   * "oidc_issuer": "https://accounts.google.com", "token_request_method": "POST", "token_url":
   * "https://www.googleapis.com/oauth2/v4/token" }</code>
   *
   * <ul> <li><b>SignInWithApple</b> - Create or update request: <code>"ProviderDetails": {
   * "authorize_scopes": "email name", "client_id": "com.example.cognito", "private_key":
   * "1EXAMPLE", "key_id": "2EXAMPLE", "team_id": "3EXAMPLE" }</code> </ul>
   *
   * <p>Describe response: <code>"ProviderDetails": { "attributes_url_add_attributes": "false",
   * "authorize_scopes": "email name", "authorize_url": "https://appleid.apple.com/auth/authorize",
   * "client_id": "com.example.cognito", "key_id": "1EXAMPLE", "oidc_issuer":
   * "https://appleid.apple.com", "team_id": "2EXAMPLE", "token_request_method": "POST",
   * "token_url": "https://appleid.apple.com/auth/token" }</code>
   *
   * <ul> <li><b>Facebook</b> - Create or update request: <code>"ProviderDetails": { "api_version":
   * "v17.0", "authorize_scopes": "public_profile, email", "client_id": "1example23456789",
   * "client_secret": "provider-app-client-secret" }</code> </ul>
   *
   * <p>Describe response: <code>"ProviderDetails": { "api_version": "v17.0", "attributes_url":
   * "https://graph.facebook.com/v17.0/me?fields=", "attributes_url_add_attributes": "true",
   * "authorize_scopes": "public_profile, email", "authorize_url":
   * "https://www.facebook.com/v17.0/dialog/oauth", "client_id": "1example23456789",
   * "client_secret": "provider-app-client-secret", "token_request_method": "GET", "token_url":
   * "https://graph.facebook.com/v17.0/oauth/access_token" }</code>
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code ProviderDetails}.
   */
  public UserPoolIdentityProvider providerDetails(Map<String, String> value) {
    return set("ProviderDetails", Value.mapOf(value));
  }

  /** Sets {@code ProviderDetails} to this value; see {@link #providerDetails(Map)}. */
  public UserPoolIdentityProvider providerDetails(Value<Map<String, String>> value) {
    return set("ProviderDetails", value);
  }

  /**
   * The name that you want to assign to the IdP. You can pass the identity provider name in the
   * <code>identity_provider</code> query parameter of requests to the <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html">Authorize
   * endpoint</a> to silently redirect to sign-in with the associated IdP.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^[^_&#92;p{Z}][&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}][^_&#92;p{Z}]+$}. CloudFormation
   * property {@code ProviderName}.
   */
  public UserPoolIdentityProvider providerName(String value) {
    return set("ProviderName", Value.of(value));
  }

  /** Sets {@code ProviderName} to this value; see {@link #providerName(String)}. */
  public UserPoolIdentityProvider providerName(Value<String> value) {
    return set("ProviderName", value);
  }

  /**
   * The type of IdP that you want to add. Amazon Cognito supports OIDC, SAML 2.0, Login With
   * Amazon, Sign In With Apple, Google, and Facebook IdPs.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Facebook}, {@code
   * Google}, {@code LoginWithAmazon}, {@code OIDC}, {@code SAML}, {@code SignInWithApple}.
   * CloudFormation property {@code ProviderType}.
   */
  public UserPoolIdentityProvider providerType(String value) {
    return set("ProviderType", Value.of(value));
  }

  /** Sets {@code ProviderType} to this value; see {@link #providerType(String)}. */
  public UserPoolIdentityProvider providerType(Value<String> value) {
    return set("ProviderType", value);
  }

  /**
   * The Id of the user pool where you want to create an IdP.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolIdentityProvider userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolIdentityProvider userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }
}
