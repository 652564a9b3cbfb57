// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * This resource specifies an identity provider that is then associated with a web portal. This
 * resource is not required if your portal's <code>AuthenticationType</code> is IAM Identity Center.
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::IdentityProvider}.
 */
public final class IdentityProvider extends Resource<IdentityProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::IdentityProvider")
      .required("IdentityProviderDetails", "IdentityProviderName", "IdentityProviderType")
      .constrain("IdentityProviderName", Constraint.of().pattern("^[^_][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_]+$").minLength(1).maxLength(32))
      .allowed("IdentityProviderType", "SAML", "Facebook", "Google", "LoginWithAmazon",
          "SignInWithApple", "OIDC")
      .constrain("PortalArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .refYields("IdentityProviderArn")
      .attributes("IdentityProviderArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IdentityProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identity provider details. The following list describes the provider detail keys for each
   * identity provider type.
   *
   * <ul> <li>For Google and Login with Amazon: </ul>
   *
   * <ul> <li><code>client_id</code> <li><code>client_secret</code>
   * <li><code>authorize_scopes</code> <li>For Facebook: </ul>
   *
   * <ul> <li><code>client_id</code> <li><code>client_secret</code>
   * <li><code>authorize_scopes</code> <li><code>api_version</code> <li>For Sign in with Apple:
   * </ul>
   *
   * <ul> <li><code>client_id</code> <li><code>team_id</code> <li><code>key_id</code>
   * <li><code>private_key</code> <li><code>authorize_scopes</code> <li>For OIDC providers: </ul>
   *
   * <ul> <li><code>client_id</code> <li><code>client_secret</code>
   * <li><code>attributes_request_method</code> <li><code>oidc_issuer</code>
   * <li><code>authorize_scopes</code> <li><code>authorize_url</code> <em>if not available from
   * discovery URL specified by oidc_issuer key</em> <li><code>token_url</code> <em>if not available
   * from discovery URL specified by oidc_issuer key</em> <li><code>attributes_url</code> <em>if not
   * available from discovery URL specified by oidc_issuer key</em> <li><code>jwks_uri</code> <em>if
   * not available from discovery URL specified by oidc_issuer key</em> <li>For SAML providers:
   * </ul>
   *
   * <ul> <li><code>MetadataFile</code> OR <code>MetadataURL</code> <li><code>IDPSignout</code>
   * (boolean) <em>optional</em> <li><code>IDPInit</code> (boolean) <em>optional</em>
   * <li><code>RequestSigningAlgorithm</code> (string) <em>optional</em> - Only accepts
   * <code>rsa-sha256</code> <li><code>EncryptedResponses</code> (boolean) <em>optional</em> </ul>
   *
   * <p>Required. CloudFormation property {@code IdentityProviderDetails}.
   */
  public IdentityProvider identityProviderDetails(Map<String, String> value) {
    return set("IdentityProviderDetails", Value.mapOf(value));
  }

  /**
   * Sets {@code IdentityProviderDetails} to this value; see {@link #identityProviderDetails(Map)}.
   */
  public IdentityProvider identityProviderDetails(Value<Map<String, String>> value) {
    return set("IdentityProviderDetails", value);
  }

  /**
   * The identity provider name.
   *
   * <p>Required. Length: 1 to 32 characters. Pattern: {@code
   * ^[^_][&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}][^_]+$}. CloudFormation property {@code
   * IdentityProviderName}.
   */
  public IdentityProvider identityProviderName(String value) {
    return set("IdentityProviderName", Value.of(value));
  }

  /** Sets {@code IdentityProviderName} to this value; see {@link #identityProviderName(String)}. */
  public IdentityProvider identityProviderName(Value<String> value) {
    return set("IdentityProviderName", value);
  }

  /**
   * The identity provider type.
   *
   * <p>Required. Allowed values: {@code SAML}, {@code Facebook}, {@code Google}, {@code
   * LoginWithAmazon}, {@code SignInWithApple}, {@code OIDC}. CloudFormation property {@code
   * IdentityProviderType}.
   */
  public IdentityProvider identityProviderType(String value) {
    return set("IdentityProviderType", Value.of(value));
  }

  /** Sets {@code IdentityProviderType} to this value; see {@link #identityProviderType(String)}. */
  public IdentityProvider identityProviderType(Value<String> value) {
    return set("IdentityProviderType", value);
  }

  /**
   * The ARN of the identity provider.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code PortalArn}.
   */
  public IdentityProvider portalArn(String value) {
    return set("PortalArn", Value.of(value));
  }

  /** Sets {@code PortalArn} to this value; see {@link #portalArn(String)}. */
  public IdentityProvider portalArn(Value<String> value) {
    return set("PortalArn", value);
  }

  /** CloudFormation property {@code Tags}. */
  public IdentityProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IdentityProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IdentityProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the identity provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityProviderArn}.
   */
  public Value<String> identityProviderArn() {
    return getAtt("IdentityProviderArn");
  }
}
