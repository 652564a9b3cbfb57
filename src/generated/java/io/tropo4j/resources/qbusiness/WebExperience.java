// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon Q Business web experience.
 *
 * <p>CloudFormation type {@code AWS::QBusiness::WebExperience}.
 */
public final class WebExperience extends Resource<WebExperience> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::WebExperience")
      .required("ApplicationId")
      .constrain("ApplicationId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("Origins", Constraint.of().pattern("^(http:\\/\\/|https:\\/\\/)[a-zA-Z0-9-_.]+(?::[0-9]{1,5})?$").minLength(1).maxLength(64))
      .constrain("RoleArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(0).maxLength(1284).format("AWS::IAM::Role.Arn"))
      .allowed("SamplePromptsControlMode", "ENABLED", "DISABLED")
      .constrain("Subtitle", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(500))
      .constrain("Title", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(500))
      .constrain("WelcomeMessage", Constraint.of().minLength(0).maxLength(300))
      .attributes("CreatedAt", "DefaultEndpoint", "Status", "UpdatedAt", "WebExperienceArn",
          "WebExperienceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WebExperience(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon Q Business web experience.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code ApplicationId}.
   */
  public WebExperience applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public WebExperience applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The container for browser extension configuration for an Amazon Q Business web experience.
   *
   * <p>CloudFormation property {@code BrowserExtensionConfiguration}.
   */
  public WebExperience browserExtensionConfiguration(Value<BrowserExtensionConfiguration> value) {
    return set("BrowserExtensionConfiguration", value);
  }

  /**
   * Contains the configuration information to customize the logo, font, and color of an Amazon Q
   * Business web experience with individual files for each property or a CSS file for them all.
   *
   * <p>CloudFormation property {@code CustomizationConfiguration}.
   */
  public WebExperience customizationConfiguration(Value<CustomizationConfiguration> value) {
    return set("CustomizationConfiguration", value);
  }

  /**
   * Provides information about the identity provider (IdP) used to authenticate end users of an
   * Amazon Q Business web experience.
   *
   * <p>CloudFormation property {@code IdentityProviderConfiguration}.
   */
  public WebExperience identityProviderConfiguration(Value<IdentityProviderConfiguration> value) {
    return set("IdentityProviderConfiguration", value);
  }

  /**
   * Sets the website domain origins that are allowed to embed the Amazon Q Business web experience.
   * The <em>domain origin</em> refers to the base URL for accessing a website including the
   * protocol ( <code>http/https</code> ), the domain name, and the port number (if specified).
   *
   * <p>You must only submit a <em>base URL</em> and not a full path. For example,
   * <code>https://docs.aws.amazon.com</code> .
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code
   * ^(http:&#92;/&#92;/|https:&#92;/&#92;/)[a-zA-Z0-9-_.]+(?::[0-9]{1,5})?$}. CloudFormation
   * property {@code Origins}.
   */
  public WebExperience origins(List<String> value) {
    return set("Origins", Value.listOf(value));
  }

  /** Sets {@code Origins} to this value; see {@link #origins(List)}. */
  public WebExperience origins(Value<List<String>> value) {
    return set("Origins", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the service role attached to your web experience.
   *
   * <p>The <code>roleArn</code> parameter is required when your Amazon Q Business application is
   * created with IAM Identity Center. It is not required for SAML-based applications.
   *
   * <p>Length: 0 to 1284 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public WebExperience roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public WebExperience roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Determines whether sample prompts are enabled in the web experience for an end user.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * SamplePromptsControlMode}.
   */
  public WebExperience samplePromptsControlMode(String value) {
    return set("SamplePromptsControlMode", Value.of(value));
  }

  /**
   * Sets {@code SamplePromptsControlMode} to this value; see {@link
   * #samplePromptsControlMode(String)}.
   */
  public WebExperience samplePromptsControlMode(Value<String> value) {
    return set("SamplePromptsControlMode", value);
  }

  /**
   * A subtitle to personalize your Amazon Q Business web experience.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Subtitle}.
   */
  public WebExperience subtitle(String value) {
    return set("Subtitle", Value.of(value));
  }

  /** Sets {@code Subtitle} to this value; see {@link #subtitle(String)}. */
  public WebExperience subtitle(Value<String> value) {
    return set("Subtitle", value);
  }

  /**
   * A list of key-value pairs that identify or categorize your Amazon Q Business web experience.
   * You can also use tags to help control access to the web experience. Tag keys and values can
   * consist of Unicode letters, digits, white space, and any of the following symbols: _ . : / = +
   * - &#64;.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WebExperience tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WebExperience tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WebExperience tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The title for your Amazon Q Business web experience.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Title}.
   */
  public WebExperience title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public WebExperience title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * A message in an Amazon Q Business web experience.
   *
   * <p>Length: 0 to 300 characters. CloudFormation property {@code WelcomeMessage}.
   */
  public WebExperience welcomeMessage(String value) {
    return set("WelcomeMessage", Value.of(value));
  }

  /** Sets {@code WelcomeMessage} to this value; see {@link #welcomeMessage(String)}. */
  public WebExperience welcomeMessage(Value<String> value) {
    return set("WelcomeMessage", value);
  }

  /**
   * The Unix timestamp when the Amazon Q Business application was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The endpoint URLs for your Amazon Q Business web experience. The URLs are unique and fully
   * hosted by AWS .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultEndpoint}.
   */
  public Value<String> defaultEndpoint() {
    return getAtt("DefaultEndpoint");
  }

  /**
   * The status of your Amazon Q Business web experience.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Unix timestamp when your Amazon Q Business web experience was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of an Amazon Q Business web experience.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebExperienceArn}.
   */
  public Value<String> webExperienceArn() {
    return getAtt("WebExperienceArn");
  }

  /**
   * The identifier of your Amazon Q Business web experience.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebExperienceId}.
   */
  public Value<String> webExperienceId() {
    return getAtt("WebExperienceId");
  }

  /**
   * The container for browser extension configuration for an Amazon Q Business web experience.
   *
   * <p>Property type {@code AWS::QBusiness::WebExperience.BrowserExtensionConfiguration}.
   */
  public static final class BrowserExtensionConfiguration extends Struct<BrowserExtensionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::WebExperience.BrowserExtensionConfiguration")
        .required("EnabledBrowserExtensions")
        .allowed("EnabledBrowserExtensions", "FIREFOX", "CHROME")
        .build();

    public BrowserExtensionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specify the browser extensions allowed for your Amazon Q web experience.
     *
     * <ul> <li><code>CHROME</code> — Enables the extension for Chromium-based browsers (Google
     * Chrome, Microsoft Edge, Opera, etc.). <li><code>FIREFOX</code> — Enables the extension for
     * Mozilla Firefox. <li><code>CHROME</code> and <code>FIREFOX</code> — Enable the extension for
     * Chromium-based browsers and Mozilla Firefox. </ul>
     *
     * <p>Required. Allowed values: {@code FIREFOX}, {@code CHROME}. CloudFormation property {@code
     * EnabledBrowserExtensions}.
     */
    public BrowserExtensionConfiguration enabledBrowserExtensions(List<String> value) {
      return set("EnabledBrowserExtensions", Value.listOf(value));
    }

    /**
     * Sets {@code EnabledBrowserExtensions} to this value; see {@link
     * #enabledBrowserExtensions(List)}.
     */
    public BrowserExtensionConfiguration enabledBrowserExtensions(Value<List<String>> value) {
      return set("EnabledBrowserExtensions", value);
    }
  }

  /**
   * Contains the configuration information to customize the logo, font, and color of an Amazon Q
   * Business web experience with individual files for each property or a CSS file for them all.
   *
   * <p>Property type {@code AWS::QBusiness::WebExperience.CustomizationConfiguration}.
   */
  public static final class CustomizationConfiguration extends Struct<CustomizationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::WebExperience.CustomizationConfiguration")
        .constrain("CustomCSSUrl", Constraint.of().pattern("^(https?://[a-zA-Z0-9-_.+%/]+\\.css)?$").minLength(0).maxLength(1284))
        .constrain("FaviconUrl", Constraint.of().pattern("^(https?://[a-zA-Z0-9-_.+%/]+\\.(svg|ico))?$").minLength(0).maxLength(1284))
        .constrain("FontUrl", Constraint.of().pattern("^(https?://[a-zA-Z0-9-_.+%/]+\\.(ttf|woff|woff2|otf))?$").minLength(0).maxLength(1284))
        .constrain("LogoUrl", Constraint.of().pattern("^(https?://[a-zA-Z0-9-_.+%/]+\\.(svg|png))?$").minLength(0).maxLength(1284))
        .build();

    public CustomizationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Provides the URL where the custom CSS file is hosted for an Amazon Q web experience.
     *
     * <p>Length: 0 to 1284 characters. Pattern: {@code ^(https?://[a-zA-Z0-9-_.+%/]+&#92;.css)?$}.
     * CloudFormation property {@code CustomCSSUrl}.
     */
    public CustomizationConfiguration customCSSUrl(String value) {
      return set("CustomCSSUrl", Value.of(value));
    }

    /** Sets {@code CustomCSSUrl} to this value; see {@link #customCSSUrl(String)}. */
    public CustomizationConfiguration customCSSUrl(Value<String> value) {
      return set("CustomCSSUrl", value);
    }

    /**
     * Provides the URL where the custom favicon file is hosted for an Amazon Q web experience.
     *
     * <p>Length: 0 to 1284 characters. Pattern: {@code
     * ^(https?://[a-zA-Z0-9-_.+%/]+&#92;.(svg|ico))?$}. CloudFormation property {@code FaviconUrl}.
     */
    public CustomizationConfiguration faviconUrl(String value) {
      return set("FaviconUrl", Value.of(value));
    }

    /** Sets {@code FaviconUrl} to this value; see {@link #faviconUrl(String)}. */
    public CustomizationConfiguration faviconUrl(Value<String> value) {
      return set("FaviconUrl", value);
    }

    /**
     * Provides the URL where the custom font file is hosted for an Amazon Q web experience.
     *
     * <p>Length: 0 to 1284 characters. Pattern: {@code
     * ^(https?://[a-zA-Z0-9-_.+%/]+&#92;.(ttf|woff|woff2|otf))?$}. CloudFormation property {@code
     * FontUrl}.
     */
    public CustomizationConfiguration fontUrl(String value) {
      return set("FontUrl", Value.of(value));
    }

    /** Sets {@code FontUrl} to this value; see {@link #fontUrl(String)}. */
    public CustomizationConfiguration fontUrl(Value<String> value) {
      return set("FontUrl", value);
    }

    /**
     * Provides the URL where the custom logo file is hosted for an Amazon Q web experience.
     *
     * <p>Length: 0 to 1284 characters. Pattern: {@code
     * ^(https?://[a-zA-Z0-9-_.+%/]+&#92;.(svg|png))?$}. CloudFormation property {@code LogoUrl}.
     */
    public CustomizationConfiguration logoUrl(String value) {
      return set("LogoUrl", Value.of(value));
    }

    /** Sets {@code LogoUrl} to this value; see {@link #logoUrl(String)}. */
    public CustomizationConfiguration logoUrl(Value<String> value) {
      return set("LogoUrl", value);
    }
  }

  /**
   * Provides information about the identity provider (IdP) used to authenticate end users of an
   * Amazon Q Business web experience.
   *
   * <p>Property type {@code AWS::QBusiness::WebExperience.IdentityProviderConfiguration}.
   */
  public static final class IdentityProviderConfiguration extends Struct<IdentityProviderConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::WebExperience.IdentityProviderConfiguration");

    public IdentityProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The OIDC-compliant identity provider (IdP) used to authenticate end users of an Amazon Q
     * Business web experience.
     *
     * <p>CloudFormation property {@code OpenIDConnectConfiguration}.
     */
    public IdentityProviderConfiguration openIDConnectConfiguration(Value<OpenIDConnectProviderConfiguration> value) {
      return set("OpenIDConnectConfiguration", value);
    }

    /**
     * The SAML 2.0-compliant identity provider (IdP) used to authenticate end users of an Amazon Q
     * Business web experience.
     *
     * <p>CloudFormation property {@code SamlConfiguration}.
     */
    public IdentityProviderConfiguration samlConfiguration(Value<SamlProviderConfiguration> value) {
      return set("SamlConfiguration", value);
    }
  }

  /**
   * Information about the OIDC-compliant identity provider (IdP) used to authenticate end users of
   * an Amazon Q Business web experience.
   *
   * <p>Property type {@code AWS::QBusiness::WebExperience.OpenIDConnectProviderConfiguration}.
   */
  public static final class OpenIDConnectProviderConfiguration extends Struct<OpenIDConnectProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::WebExperience.OpenIDConnectProviderConfiguration")
        .required("SecretsArn", "SecretsRole")
        .build();

    public OpenIDConnectProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of a Secrets Manager secret containing the OIDC client secret.
     *
     * <p>Required. CloudFormation property {@code SecretsArn}.
     */
    public OpenIDConnectProviderConfiguration secretsArn(String value) {
      return set("SecretsArn", Value.of(value));
    }

    /** Sets {@code SecretsArn} to this value; see {@link #secretsArn(String)}. */
    public OpenIDConnectProviderConfiguration secretsArn(Value<String> value) {
      return set("SecretsArn", value);
    }

    /**
     * An IAM role with permissions to access AWS to decrypt the Secrets Manager secret containing
     * your OIDC client secret.
     *
     * <p>Required. CloudFormation property {@code SecretsRole}.
     */
    public OpenIDConnectProviderConfiguration secretsRole(String value) {
      return set("SecretsRole", Value.of(value));
    }

    /** Sets {@code SecretsRole} to this value; see {@link #secretsRole(String)}. */
    public OpenIDConnectProviderConfiguration secretsRole(Value<String> value) {
      return set("SecretsRole", value);
    }
  }

  /**
   * Information about the SAML 2.0-compliant identity provider (IdP) used to authenticate end users
   * of an Amazon Q Business web experience.
   *
   * <p>Property type {@code AWS::QBusiness::WebExperience.SamlProviderConfiguration}.
   */
  public static final class SamlProviderConfiguration extends Struct<SamlProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::WebExperience.SamlProviderConfiguration")
        .required("AuthenticationUrl")
        .build();

    public SamlProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The URL where Amazon Q Business end users will be redirected for authentication.
     *
     * <p>Required. CloudFormation property {@code AuthenticationUrl}.
     */
    public SamlProviderConfiguration authenticationUrl(String value) {
      return set("AuthenticationUrl", Value.of(value));
    }

    /** Sets {@code AuthenticationUrl} to this value; see {@link #authenticationUrl(String)}. */
    public SamlProviderConfiguration authenticationUrl(Value<String> value) {
      return set("AuthenticationUrl", value);
    }
  }
}
