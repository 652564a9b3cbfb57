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
 * This resource specifies a web portal, which users use to start browsing sessions. A
 * <code>Standard</code> web portal can't start browsing sessions unless you have at defined and
 * associated an <code>IdentityProvider</code> and <code>NetworkSettings</code> resource. An
 * <code>IAM Identity Center</code> web portal does not require an <code>IdentityProvider</code>
 * resource.
 *
 * <p>For more information about web portals, see <a
 * href="https://docs.aws.amazon.com/workspaces-web/latest/adminguide/what-is-workspaces-web.html.html">What
 * is Amazon WorkSpaces Secure Browser?</a> .
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::Portal}.
 */
public final class Portal extends Resource<Portal> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::Portal")
      .allowed("AuthenticationType", "Standard", "IAM_Identity_Center")
      .constrain("BrowserSettingsArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .constrain("CustomerManagedKey", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
      .constrain("DataProtectionSettingsArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .constrain("DisplayName", Constraint.of().pattern("^.+$").minLength(1).maxLength(64))
      .allowed("InstanceType", "standard.regular", "standard.large", "standard.xlarge")
      .constrain("IpAccessSettingsArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .constrain("MaxConcurrentSessions", Constraint.of().minimum(1).maximum(5000))
      .constrain("NetworkSettingsArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .constrain("PortalCustomDomain", Constraint.of().pattern("^[a-zA-Z0-9]?((?!-)([A-Za-z0-9-]*[A-Za-z0-9])\\.)+[a-zA-Z0-9]+$").minLength(0).maxLength(128))
      .constrain("SessionLoggerArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .constrain("TrustStoreArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .constrain("UserAccessLoggingSettingsArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .constrain("UserSettingsArn", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$").minLength(20).maxLength(2048))
      .refYields("PortalArn")
      .attributes("BrowserType", "CreationDate", "PortalArn", "PortalEndpoint", "PortalStatus",
          "RendererType", "ServiceProviderSamlMetadata", "StatusReason")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Portal(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The additional encryption context of the portal.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalEncryptionContext}.
   */
  public Portal additionalEncryptionContext(Map<String, String> value) {
    return set("AdditionalEncryptionContext", Value.mapOf(value));
  }

  /**
   * Sets {@code AdditionalEncryptionContext} to this value; see {@link
   * #additionalEncryptionContext(Map)}.
   */
  public Portal additionalEncryptionContext(Value<Map<String, String>> value) {
    return set("AdditionalEncryptionContext", value);
  }

  /**
   * The type of authentication integration points used when signing into the web portal. Defaults
   * to <code>Standard</code> .
   *
   * <p><code>Standard</code> web portals are authenticated directly through your identity provider
   * (IdP). User and group access to your web portal is controlled through your IdP. You need to
   * include an IdP resource in your template to integrate your IdP with your web portal. Completing
   * the configuration for your IdP requires exchanging WorkSpaces Secure Browser’s SP metadata with
   * your IdP’s IdP metadata. If your IdP requires the SP metadata first before returning the IdP
   * metadata, you should follow these steps:
   *
   * <p>1. Create and deploy a CloudFormation template with a <code>Standard</code> portal with no
   * <code>IdentityProvider</code> resource.
   *
   * <p>2. Retrieve the SP metadata using <code>Fn:GetAtt</code> , the WorkSpaces Secure Browser
   * console, or by the calling the <code>GetPortalServiceProviderMetadata</code> API.
   *
   * <p>3. Submit the data to your IdP.
   *
   * <p>4. Add an <code>IdentityProvider</code> resource to your CloudFormation template.
   *
   * <p><code>SSO</code> web portals are authenticated through SSOlong . They provide additional
   * features, such as IdP-initiated authentication. Identity sources (including external identity
   * provider integration) and other identity provider information must be configured in SSO . User
   * and group assignment must be done through the WorkSpaces Secure Browser console. These cannot
   * be configured in CloudFormation.
   *
   * <p>Allowed values: {@code Standard}, {@code IAM_Identity_Center}. CloudFormation property
   * {@code AuthenticationType}.
   */
  public Portal authenticationType(String value) {
    return set("AuthenticationType", Value.of(value));
  }

  /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
  public Portal authenticationType(Value<String> value) {
    return set("AuthenticationType", value);
  }

  /**
   * The ARN of the browser settings that is associated with this web portal.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code BrowserSettingsArn}.
   */
  public Portal browserSettingsArn(String value) {
    return set("BrowserSettingsArn", Value.of(value));
  }

  /** Sets {@code BrowserSettingsArn} to this value; see {@link #browserSettingsArn(String)}. */
  public Portal browserSettingsArn(Value<String> value) {
    return set("BrowserSettingsArn", value);
  }

  /**
   * The customer managed key of the web portal.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$</code>
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code CustomerManagedKey}.
   */
  public Portal customerManagedKey(String value) {
    return set("CustomerManagedKey", Value.of(value));
  }

  /** Sets {@code CustomerManagedKey} to this value; see {@link #customerManagedKey(String)}. */
  public Portal customerManagedKey(Value<String> value) {
    return set("CustomerManagedKey", value);
  }

  /**
   * The ARN of the data protection settings.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code DataProtectionSettingsArn}.
   */
  public Portal dataProtectionSettingsArn(String value) {
    return set("DataProtectionSettingsArn", Value.of(value));
  }

  /**
   * Sets {@code DataProtectionSettingsArn} to this value; see {@link
   * #dataProtectionSettingsArn(String)}.
   */
  public Portal dataProtectionSettingsArn(Value<String> value) {
    return set("DataProtectionSettingsArn", value);
  }

  /**
   * The name of the web portal.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * DisplayName}.
   */
  public Portal displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Portal displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The type and resources of the underlying instance.
   *
   * <p>Allowed values: {@code standard.regular}, {@code standard.large}, {@code standard.xlarge}.
   * CloudFormation property {@code InstanceType}.
   */
  public Portal instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public Portal instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The ARN of the IP access settings that is associated with the web portal.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code IpAccessSettingsArn}.
   */
  public Portal ipAccessSettingsArn(String value) {
    return set("IpAccessSettingsArn", Value.of(value));
  }

  /** Sets {@code IpAccessSettingsArn} to this value; see {@link #ipAccessSettingsArn(String)}. */
  public Portal ipAccessSettingsArn(Value<String> value) {
    return set("IpAccessSettingsArn", value);
  }

  /**
   * The maximum number of concurrent sessions for the portal.
   *
   * <p>Range: 1 to 5000. CloudFormation property {@code MaxConcurrentSessions}.
   */
  public Portal maxConcurrentSessions(double value) {
    return set("MaxConcurrentSessions", Value.of(value));
  }

  /**
   * Sets {@code MaxConcurrentSessions} to this value; see {@link #maxConcurrentSessions(double)}.
   */
  public Portal maxConcurrentSessions(Value<Double> value) {
    return set("MaxConcurrentSessions", value);
  }

  /**
   * The ARN of the network settings that is associated with the web portal.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code NetworkSettingsArn}.
   */
  public Portal networkSettingsArn(String value) {
    return set("NetworkSettingsArn", Value.of(value));
  }

  /** Sets {@code NetworkSettingsArn} to this value; see {@link #networkSettingsArn(String)}. */
  public Portal networkSettingsArn(Value<String> value) {
    return set("NetworkSettingsArn", value);
  }

  /**
   * Length: 0 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9]?((?!-)([A-Za-z0-9-]*[A-Za-z0-9])&#92;.)+[a-zA-Z0-9]+$}. CloudFormation property
   * {@code PortalCustomDomain}.
   */
  public Portal portalCustomDomain(String value) {
    return set("PortalCustomDomain", Value.of(value));
  }

  /** Sets {@code PortalCustomDomain} to this value; see {@link #portalCustomDomain(String)}. */
  public Portal portalCustomDomain(Value<String> value) {
    return set("PortalCustomDomain", value);
  }

  /**
   * The ARN of the session logger that is associated with the portal.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code SessionLoggerArn}.
   */
  public Portal sessionLoggerArn(String value) {
    return set("SessionLoggerArn", Value.of(value));
  }

  /** Sets {@code SessionLoggerArn} to this value; see {@link #sessionLoggerArn(String)}. */
  public Portal sessionLoggerArn(Value<String> value) {
    return set("SessionLoggerArn", value);
  }

  /**
   * The tags to add to the web portal. A tag is a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Portal tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Portal tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Portal tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the trust store that is associated with the web portal.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code TrustStoreArn}.
   */
  public Portal trustStoreArn(String value) {
    return set("TrustStoreArn", Value.of(value));
  }

  /** Sets {@code TrustStoreArn} to this value; see {@link #trustStoreArn(String)}. */
  public Portal trustStoreArn(Value<String> value) {
    return set("TrustStoreArn", value);
  }

  /**
   * The ARN of the user access logging settings that is associated with the web portal.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code UserAccessLoggingSettingsArn}.
   */
  public Portal userAccessLoggingSettingsArn(String value) {
    return set("UserAccessLoggingSettingsArn", Value.of(value));
  }

  /**
   * Sets {@code UserAccessLoggingSettingsArn} to this value; see {@link
   * #userAccessLoggingSettingsArn(String)}.
   */
  public Portal userAccessLoggingSettingsArn(Value<String> value) {
    return set("UserAccessLoggingSettingsArn", value);
  }

  /**
   * The ARN of the user settings that is associated with the web portal.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:[a-zA-Z0-9&#92;-]+:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(&#92;/[a-fA-F0-9&#92;-]{36})+$}.
   * CloudFormation property {@code UserSettingsArn}.
   */
  public Portal userSettingsArn(String value) {
    return set("UserSettingsArn", Value.of(value));
  }

  /** Sets {@code UserSettingsArn} to this value; see {@link #userSettingsArn(String)}. */
  public Portal userSettingsArn(Value<String> value) {
    return set("UserSettingsArn", value);
  }

  /**
   * The browser that users see when using a streaming session.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BrowserType}.
   */
  public Value<String> browserType() {
    return getAtt("BrowserType");
  }

  /**
   * The creation date of the web portal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The ARN of the web portal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalArn}.
   */
  public Value<String> portalArn() {
    return getAtt("PortalArn");
  }

  /**
   * The endpoint URL of the web portal that users access in order to start streaming sessions.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalEndpoint}.
   */
  public Value<String> portalEndpoint() {
    return getAtt("PortalEndpoint");
  }

  /**
   * The status of the web portal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalStatus}.
   */
  public Value<String> portalStatus() {
    return getAtt("PortalStatus");
  }

  /**
   * The renderer that is used in streaming sessions.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RendererType}.
   */
  public Value<String> rendererType() {
    return getAtt("RendererType");
  }

  /**
   * The SAML metadata of the service provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceProviderSamlMetadata}.
   */
  public Value<String> serviceProviderSamlMetadata() {
    return getAtt("ServiceProviderSamlMetadata");
  }

  /**
   * A message that explains why the web portal is in its current status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }
}
