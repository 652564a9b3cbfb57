// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * This resource specifies user settings that can be associated with a web portal. Once associated
 * with a web portal, user settings control how users can transfer data between a streaming session
 * and the their local devices.
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::UserSettings}.
 */
public final class UserSettings extends Resource<UserSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserSettings")
      .required("CopyAllowed", "DownloadAllowed", "PasteAllowed", "PrintAllowed", "UploadAllowed")
      .allowed("CopyAllowed", "Disabled", "Enabled")
      .constrain("CustomerManagedKey", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
      .allowed("DeepLinkAllowed", "Disabled", "Enabled")
      .constrain("DisconnectTimeoutInMinutes", Constraint.of().minimum(1).maximum(600))
      .allowed("DownloadAllowed", "Disabled", "Enabled")
      .constrain("IdleDisconnectTimeoutInMinutes", Constraint.of().minimum(0).maximum(60))
      .allowed("PasteAllowed", "Disabled", "Enabled")
      .allowed("PrintAllowed", "Disabled", "Enabled")
      .allowed("UploadAllowed", "Disabled", "Enabled")
      .allowed("WebAuthnAllowed", "Disabled", "Enabled")
      .refYields("UserSettingsArn")
      .attributes("AssociatedPortalArns", "BrandingConfiguration.FaviconMetadata",
          "BrandingConfiguration.LogoMetadata", "BrandingConfiguration.WallpaperMetadata",
          "UserSettingsArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public UserSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The additional encryption context of the user settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalEncryptionContext}.
   */
  public UserSettings additionalEncryptionContext(Map<String, String> value) {
    return set("AdditionalEncryptionContext", Value.mapOf(value));
  }

  /**
   * Sets {@code AdditionalEncryptionContext} to this value; see {@link
   * #additionalEncryptionContext(Map)}.
   */
  public UserSettings additionalEncryptionContext(Value<Map<String, String>> value) {
    return set("AdditionalEncryptionContext", value);
  }

  /**
   * The branding configuration that customizes the appearance of the web portal for end users. This
   * includes a custom logo, favicon, wallpaper, localized strings, color theme, and an optional
   * terms of service.
   *
   * <p>CloudFormation property {@code BrandingConfiguration}.
   */
  public UserSettings brandingConfiguration(Value<BrandingConfiguration> value) {
    return set("BrandingConfiguration", value);
  }

  /**
   * The configuration that specifies which cookies should be synchronized from the end user's local
   * browser to the remote browser.
   *
   * <p>CloudFormation property {@code CookieSynchronizationConfiguration}.
   */
  public UserSettings cookieSynchronizationConfiguration(Value<CookieSynchronizationConfiguration> value) {
    return set("CookieSynchronizationConfiguration", value);
  }

  /**
   * Specifies whether the user can copy text from the streaming session to the local device.
   *
   * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * CopyAllowed}.
   */
  public UserSettings copyAllowed(String value) {
    return set("CopyAllowed", Value.of(value));
  }

  /** Sets {@code CopyAllowed} to this value; see {@link #copyAllowed(String)}. */
  public UserSettings copyAllowed(Value<String> value) {
    return set("CopyAllowed", value);
  }

  /**
   * The customer managed key used to encrypt sensitive information in the user settings.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code CustomerManagedKey}.
   */
  public UserSettings customerManagedKey(String value) {
    return set("CustomerManagedKey", Value.of(value));
  }

  /** Sets {@code CustomerManagedKey} to this value; see {@link #customerManagedKey(String)}. */
  public UserSettings customerManagedKey(Value<String> value) {
    return set("CustomerManagedKey", value);
  }

  /**
   * Specifies whether the user can use deep links that open automatically when connecting to a
   * session.
   *
   * <p>Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * DeepLinkAllowed}.
   */
  public UserSettings deepLinkAllowed(String value) {
    return set("DeepLinkAllowed", Value.of(value));
  }

  /** Sets {@code DeepLinkAllowed} to this value; see {@link #deepLinkAllowed(String)}. */
  public UserSettings deepLinkAllowed(Value<String> value) {
    return set("DeepLinkAllowed", value);
  }

  /**
   * The amount of time that a streaming session remains active after users disconnect.
   *
   * <p>Range: 1 to 600. CloudFormation property {@code DisconnectTimeoutInMinutes}.
   */
  public UserSettings disconnectTimeoutInMinutes(double value) {
    return set("DisconnectTimeoutInMinutes", Value.of(value));
  }

  /**
   * Sets {@code DisconnectTimeoutInMinutes} to this value; see {@link
   * #disconnectTimeoutInMinutes(double)}.
   */
  public UserSettings disconnectTimeoutInMinutes(Value<Double> value) {
    return set("DisconnectTimeoutInMinutes", value);
  }

  /**
   * Specifies whether the user can download files from the streaming session to the local device.
   *
   * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * DownloadAllowed}.
   */
  public UserSettings downloadAllowed(String value) {
    return set("DownloadAllowed", Value.of(value));
  }

  /** Sets {@code DownloadAllowed} to this value; see {@link #downloadAllowed(String)}. */
  public UserSettings downloadAllowed(Value<String> value) {
    return set("DownloadAllowed", value);
  }

  /**
   * The amount of time that users can be idle (inactive) before they are disconnected from their
   * streaming session and the disconnect timeout interval begins.
   *
   * <p>Range: 0 to 60. CloudFormation property {@code IdleDisconnectTimeoutInMinutes}.
   */
  public UserSettings idleDisconnectTimeoutInMinutes(double value) {
    return set("IdleDisconnectTimeoutInMinutes", Value.of(value));
  }

  /**
   * Sets {@code IdleDisconnectTimeoutInMinutes} to this value; see {@link
   * #idleDisconnectTimeoutInMinutes(double)}.
   */
  public UserSettings idleDisconnectTimeoutInMinutes(Value<Double> value) {
    return set("IdleDisconnectTimeoutInMinutes", value);
  }

  /**
   * Specifies whether the user can paste text from the local device to the streaming session.
   *
   * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * PasteAllowed}.
   */
  public UserSettings pasteAllowed(String value) {
    return set("PasteAllowed", Value.of(value));
  }

  /** Sets {@code PasteAllowed} to this value; see {@link #pasteAllowed(String)}. */
  public UserSettings pasteAllowed(Value<String> value) {
    return set("PasteAllowed", value);
  }

  /**
   * Specifies whether the user can print to the local device.
   *
   * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * PrintAllowed}.
   */
  public UserSettings printAllowed(String value) {
    return set("PrintAllowed", Value.of(value));
  }

  /** Sets {@code PrintAllowed} to this value; see {@link #printAllowed(String)}. */
  public UserSettings printAllowed(Value<String> value) {
    return set("PrintAllowed", value);
  }

  /**
   * The tags to add to the user settings resource. A tag is a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public UserSettings tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public UserSettings tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public UserSettings tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration of the toolbar. This allows administrators to select the toolbar type and
   * visual mode, set maximum display resolution for sessions, and choose which items are visible to
   * end users during their sessions. If administrators do not modify these settings, end users
   * retain control over their toolbar preferences.
   *
   * <p>CloudFormation property {@code ToolbarConfiguration}.
   */
  public UserSettings toolbarConfiguration(Value<ToolbarConfiguration> value) {
    return set("ToolbarConfiguration", value);
  }

  /**
   * Specifies whether the user can upload files from the local device to the streaming session.
   *
   * <p>Required. Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * UploadAllowed}.
   */
  public UserSettings uploadAllowed(String value) {
    return set("UploadAllowed", Value.of(value));
  }

  /** Sets {@code UploadAllowed} to this value; see {@link #uploadAllowed(String)}. */
  public UserSettings uploadAllowed(Value<String> value) {
    return set("UploadAllowed", value);
  }

  /**
   * Specifies whether the user can use WebAuthn redirection for passwordless login to websites
   * within the streaming session.
   *
   * <p>Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * WebAuthnAllowed}.
   */
  public UserSettings webAuthnAllowed(String value) {
    return set("WebAuthnAllowed", Value.of(value));
  }

  /** Sets {@code WebAuthnAllowed} to this value; see {@link #webAuthnAllowed(String)}. */
  public UserSettings webAuthnAllowed(Value<String> value) {
    return set("WebAuthnAllowed", value);
  }

  /**
   * A list of web portal ARNs that this user settings resource is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * Read-only. Metadata for the favicon image file, including the MIME type, file extension, and
   * upload timestamp. This property is automatically populated by the service and cannot be
   * specified in your template. It can be retrieved using the <code>Fn::GetAtt</code> intrinsic
   * function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BrandingConfiguration.FaviconMetadata}.
   */
  public Value<ImageMetadata> brandingConfigurationFaviconMetadata() {
    return getAtt("BrandingConfiguration.FaviconMetadata");
  }

  /**
   * Read-only. Metadata for the logo image file, including the MIME type, file extension, and
   * upload timestamp. This property is automatically populated by the service and cannot be
   * specified in your template. It can be retrieved using the <code>Fn::GetAtt</code> intrinsic
   * function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BrandingConfiguration.LogoMetadata}.
   */
  public Value<ImageMetadata> brandingConfigurationLogoMetadata() {
    return getAtt("BrandingConfiguration.LogoMetadata");
  }

  /**
   * Read-only. Metadata for the wallpaper image file, including the MIME type, file extension, and
   * upload timestamp. This property is automatically populated by the service and cannot be
   * specified in your template. It can be retrieved using the <code>Fn::GetAtt</code> intrinsic
   * function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BrandingConfiguration.WallpaperMetadata}.
   */
  public Value<ImageMetadata> brandingConfigurationWallpaperMetadata() {
    return getAtt("BrandingConfiguration.WallpaperMetadata");
  }

  /**
   * The ARN of the user settings.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserSettingsArn}.
   */
  public Value<String> userSettingsArn() {
    return getAtt("UserSettingsArn");
  }

  /**
   * The branding configuration that customizes the appearance of the web portal for end users. This
   * includes a custom logo, favicon, wallpaper, localized strings, color theme, and an optional
   * terms of service.
   *
   * <p>The <code>LogoMetadata</code> , <code>FaviconMetadata</code> , and
   * <code>WallpaperMetadata</code> properties are read-only and cannot be specified in your
   * template. They are automatically populated by the service after you upload images and can be
   * retrieved using the <code>Fn::GetAtt</code> intrinsic function.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::UserSettings.BrandingConfiguration}.
   */
  public static final class BrandingConfiguration extends Struct<BrandingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserSettings.BrandingConfiguration")
        .allowed("ColorTheme", "Light", "Dark")
        .constrain("Favicon", Constraint.of().pattern("(^s3://[a-z0-9][a-z0-9\\.\\-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)"))
        .constrain("Logo", Constraint.of().pattern("(^s3://[a-z0-9][a-z0-9\\.\\-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)"))
        .constrain("TermsOfService", Constraint.of().maxLength(153600))
        .constrain("Wallpaper", Constraint.of().pattern("(^s3://[a-z0-9][a-z0-9\\.\\-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)"))
        .build();

    public BrandingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The color theme for components on the web portal. Choose <code>Light</code> if you upload a
     * dark wallpaper, or <code>Dark</code> for a light wallpaper.
     *
     * <p>Allowed values: {@code Light}, {@code Dark}. CloudFormation property {@code ColorTheme}.
     */
    public BrandingConfiguration colorTheme(String value) {
      return set("ColorTheme", Value.of(value));
    }

    /** Sets {@code ColorTheme} to this value; see {@link #colorTheme(String)}. */
    public BrandingConfiguration colorTheme(Value<String> value) {
      return set("ColorTheme", value);
    }

    /**
     * The favicon image for the portal. Provide either a binary image file or an S3 URI pointing to
     * the image file. Maximum 100 KB in JPEG, PNG, or ICO format.
     *
     * <p>Pattern: {@code
     * (^s3://[a-z0-9][a-z0-9&#92;.&#92;-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)}.
     * CloudFormation property {@code Favicon}.
     */
    public BrandingConfiguration favicon(String value) {
      return set("Favicon", Value.of(value));
    }

    /** Sets {@code Favicon} to this value; see {@link #favicon(String)}. */
    public BrandingConfiguration favicon(Value<String> value) {
      return set("Favicon", value);
    }

    /**
     * Read-only. Metadata for the favicon image file, including the MIME type, file extension, and
     * upload timestamp. This property is automatically populated by the service and cannot be
     * specified in your template. It can be retrieved using the <code>Fn::GetAtt</code> intrinsic
     * function.
     *
     * <p>CloudFormation property {@code FaviconMetadata}.
     */
    public BrandingConfiguration faviconMetadata(Value<ImageMetadata> value) {
      return set("FaviconMetadata", value);
    }

    /**
     * A map of localized text strings for different languages, allowing the portal to display
     * content in the user's preferred language.
     *
     * <p>CloudFormation property {@code LocalizedStrings}.
     */
    public BrandingConfiguration localizedStrings(Map<String, LocalizedBrandingStrings> value) {
      return set("LocalizedStrings", Value.mapOf(value));
    }

    /** Sets {@code LocalizedStrings} to this value; see {@link #localizedStrings(Map)}. */
    public BrandingConfiguration localizedStrings(Value<Map<String, LocalizedBrandingStrings>> value) {
      return set("LocalizedStrings", value);
    }

    /**
     * The logo image for the portal. Provide either a binary image file or an S3 URI pointing to
     * the image file. Maximum 100 KB in JPEG, PNG, or ICO format.
     *
     * <p>Pattern: {@code
     * (^s3://[a-z0-9][a-z0-9&#92;.&#92;-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)}.
     * CloudFormation property {@code Logo}.
     */
    public BrandingConfiguration logo(String value) {
      return set("Logo", Value.of(value));
    }

    /** Sets {@code Logo} to this value; see {@link #logo(String)}. */
    public BrandingConfiguration logo(Value<String> value) {
      return set("Logo", value);
    }

    /**
     * Read-only. Metadata for the logo image file, including the MIME type, file extension, and
     * upload timestamp. This property is automatically populated by the service and cannot be
     * specified in your template. It can be retrieved using the <code>Fn::GetAtt</code> intrinsic
     * function.
     *
     * <p>CloudFormation property {@code LogoMetadata}.
     */
    public BrandingConfiguration logoMetadata(Value<ImageMetadata> value) {
      return set("LogoMetadata", value);
    }

    /**
     * The terms of service text in Markdown format that users must accept before accessing the
     * portal.
     *
     * <p>Length: at most 153600 characters. CloudFormation property {@code TermsOfService}.
     */
    public BrandingConfiguration termsOfService(String value) {
      return set("TermsOfService", Value.of(value));
    }

    /** Sets {@code TermsOfService} to this value; see {@link #termsOfService(String)}. */
    public BrandingConfiguration termsOfService(Value<String> value) {
      return set("TermsOfService", value);
    }

    /**
     * The wallpaper image for the portal. Provide either a binary image file or an S3 URI pointing
     * to the image file. Maximum 5 MB in JPEG or PNG format.
     *
     * <p>Pattern: {@code
     * (^s3://[a-z0-9][a-z0-9&#92;.&#92;-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)}.
     * CloudFormation property {@code Wallpaper}.
     */
    public BrandingConfiguration wallpaper(String value) {
      return set("Wallpaper", Value.of(value));
    }

    /** Sets {@code Wallpaper} to this value; see {@link #wallpaper(String)}. */
    public BrandingConfiguration wallpaper(Value<String> value) {
      return set("Wallpaper", value);
    }

    /**
     * Read-only. Metadata for the wallpaper image file, including the MIME type, file extension,
     * and upload timestamp. This property is automatically populated by the service and cannot be
     * specified in your template. It can be retrieved using the <code>Fn::GetAtt</code> intrinsic
     * function.
     *
     * <p>CloudFormation property {@code WallpaperMetadata}.
     */
    public BrandingConfiguration wallpaperMetadata(Value<ImageMetadata> value) {
      return set("WallpaperMetadata", value);
    }
  }

  /**
   * Specifies a single cookie or set of cookies in an end user's browser.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::UserSettings.CookieSpecification}.
   */
  public static final class CookieSpecification extends Struct<CookieSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserSettings.CookieSpecification")
        .required("Domain")
        .constrain("Domain", Constraint.of().pattern("^(\\.?)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$").minLength(0).maxLength(253))
        .constrain("Name", Constraint.of().minLength(0).maxLength(4096))
        .constrain("Path", Constraint.of().pattern("^/(\\S)*$").minLength(0).maxLength(2000))
        .build();

    public CookieSpecification() {
      super(SCHEMA);
    }

    /**
     * The domain of the cookie.
     *
     * <p>Required. Length: 0 to 253 characters. Pattern: {@code
     * ^(&#92;.?)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?&#92;.)*[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$}.
     * CloudFormation property {@code Domain}.
     */
    public CookieSpecification domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public CookieSpecification domain(Value<String> value) {
      return set("Domain", value);
    }

    /**
     * The name of the cookie.
     *
     * <p>Length: 0 to 4096 characters. CloudFormation property {@code Name}.
     */
    public CookieSpecification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CookieSpecification name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The path of the cookie.
     *
     * <p>Length: 0 to 2000 characters. Pattern: {@code ^/(&#92;S)*$}. CloudFormation property
     * {@code Path}.
     */
    public CookieSpecification path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public CookieSpecification path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * The configuration that specifies which cookies should be synchronized from the end user's local
   * browser to the remote browser.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::UserSettings.CookieSynchronizationConfiguration}.
   */
  public static final class CookieSynchronizationConfiguration extends Struct<CookieSynchronizationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserSettings.CookieSynchronizationConfiguration")
        .required("Allowlist")
        .build();

    public CookieSynchronizationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of cookie specifications that are allowed to be synchronized to the remote browser.
     *
     * <p>Required. CloudFormation property {@code Allowlist}.
     */
    public CookieSynchronizationConfiguration allowlist(List<CookieSpecification> value) {
      return set("Allowlist", Value.listOf(value));
    }

    /** Sets {@code Allowlist} to this value; see {@link #allowlist(List)}. */
    public CookieSynchronizationConfiguration allowlist(Value<List<CookieSpecification>> value) {
      return set("Allowlist", value);
    }

    /** Sets {@code Allowlist} to a list of these; see {@link #allowlist(List)}. */
    public CookieSynchronizationConfiguration allowlist(CookieSpecification... values) {
      return set("Allowlist", Value.list(values));
    }

    /**
     * The list of cookie specifications that are blocked from being synchronized to the remote
     * browser.
     *
     * <p>CloudFormation property {@code Blocklist}.
     */
    public CookieSynchronizationConfiguration blocklist(List<CookieSpecification> value) {
      return set("Blocklist", Value.listOf(value));
    }

    /** Sets {@code Blocklist} to this value; see {@link #blocklist(List)}. */
    public CookieSynchronizationConfiguration blocklist(Value<List<CookieSpecification>> value) {
      return set("Blocklist", value);
    }

    /** Sets {@code Blocklist} to a list of these; see {@link #blocklist(List)}. */
    public CookieSynchronizationConfiguration blocklist(CookieSpecification... values) {
      return set("Blocklist", Value.list(values));
    }
  }

  /**
   * Metadata information about an uploaded image file.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::UserSettings.ImageMetadata}.
   */
  public static final class ImageMetadata extends Struct<ImageMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserSettings.ImageMetadata")
        .required("FileExtension", "LastUploadTimestamp", "MimeType")
        .constrain("FileExtension", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(131072))
        .constrain("LastUploadTimestamp", Constraint.of().format("date-time"))
        .allowed("MimeType", "image/png", "image/jpeg", "image/x-icon")
        .build();

    public ImageMetadata() {
      super(SCHEMA);
    }

    /**
     * The file extension of the image.
     *
     * <p>Required. Length: 0 to 131072 characters. Pattern: {@code ^[&#92;s&#92;S]*$}.
     * CloudFormation property {@code FileExtension}.
     */
    public ImageMetadata fileExtension(String value) {
      return set("FileExtension", Value.of(value));
    }

    /** Sets {@code FileExtension} to this value; see {@link #fileExtension(String)}. */
    public ImageMetadata fileExtension(Value<String> value) {
      return set("FileExtension", value);
    }

    /**
     * The timestamp when the image was last uploaded.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code LastUploadTimestamp}.
     */
    public ImageMetadata lastUploadTimestamp(String value) {
      return set("LastUploadTimestamp", Value.of(value));
    }

    /** Sets {@code LastUploadTimestamp} to this value; see {@link #lastUploadTimestamp(String)}. */
    public ImageMetadata lastUploadTimestamp(Value<String> value) {
      return set("LastUploadTimestamp", value);
    }

    /**
     * The MIME type of the image.
     *
     * <p>Required. Allowed values: {@code image/png}, {@code image/jpeg}, {@code image/x-icon}.
     * CloudFormation property {@code MimeType}.
     */
    public ImageMetadata mimeType(String value) {
      return set("MimeType", Value.of(value));
    }

    /** Sets {@code MimeType} to this value; see {@link #mimeType(String)}. */
    public ImageMetadata mimeType(Value<String> value) {
      return set("MimeType", value);
    }
  }

  /**
   * Localized text strings for a specific language that customize the web portal.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::UserSettings.LocalizedBrandingStrings}.
   */
  public static final class LocalizedBrandingStrings extends Struct<LocalizedBrandingStrings> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserSettings.LocalizedBrandingStrings")
        .required("BrowserTabTitle", "WelcomeText")
        .build();

    public LocalizedBrandingStrings() {
      super(SCHEMA);
    }

    /**
     * The text displayed in the browser tab title.
     *
     * <p>Required. CloudFormation property {@code BrowserTabTitle}.
     */
    public LocalizedBrandingStrings browserTabTitle(String value) {
      return set("BrowserTabTitle", Value.of(value));
    }

    /** Sets {@code BrowserTabTitle} to this value; see {@link #browserTabTitle(String)}. */
    public LocalizedBrandingStrings browserTabTitle(Value<String> value) {
      return set("BrowserTabTitle", value);
    }

    /**
     * The text displayed on the contact button. This field is optional and defaults to "Contact
     * us".
     *
     * <p>CloudFormation property {@code ContactButtonText}.
     */
    public LocalizedBrandingStrings contactButtonText(String value) {
      return set("ContactButtonText", Value.of(value));
    }

    /** Sets {@code ContactButtonText} to this value; see {@link #contactButtonText(String)}. */
    public LocalizedBrandingStrings contactButtonText(Value<String> value) {
      return set("ContactButtonText", value);
    }

    /**
     * A contact link URL. The URL must start with <code>https://</code> or <code>mailto:</code> .
     * If not provided, the contact button will be hidden from the web portal screen.
     *
     * <p>CloudFormation property {@code ContactLink}.
     */
    public LocalizedBrandingStrings contactLink(String value) {
      return set("ContactLink", Value.of(value));
    }

    /** Sets {@code ContactLink} to this value; see {@link #contactLink(String)}. */
    public LocalizedBrandingStrings contactLink(Value<String> value) {
      return set("ContactLink", value);
    }

    /**
     * The text displayed during session loading. This field is optional and defaults to "Loading
     * your session".
     *
     * <p>CloudFormation property {@code LoadingText}.
     */
    public LocalizedBrandingStrings loadingText(String value) {
      return set("LoadingText", Value.of(value));
    }

    /** Sets {@code LoadingText} to this value; see {@link #loadingText(String)}. */
    public LocalizedBrandingStrings loadingText(Value<String> value) {
      return set("LoadingText", value);
    }

    /**
     * The text displayed on the login button. This field is optional and defaults to "Sign In".
     *
     * <p>CloudFormation property {@code LoginButtonText}.
     */
    public LocalizedBrandingStrings loginButtonText(String value) {
      return set("LoginButtonText", Value.of(value));
    }

    /** Sets {@code LoginButtonText} to this value; see {@link #loginButtonText(String)}. */
    public LocalizedBrandingStrings loginButtonText(Value<String> value) {
      return set("LoginButtonText", value);
    }

    /**
     * The description text for the login section. This field is optional and defaults to "Sign in
     * to your session".
     *
     * <p>CloudFormation property {@code LoginDescription}.
     */
    public LocalizedBrandingStrings loginDescription(String value) {
      return set("LoginDescription", Value.of(value));
    }

    /** Sets {@code LoginDescription} to this value; see {@link #loginDescription(String)}. */
    public LocalizedBrandingStrings loginDescription(Value<String> value) {
      return set("LoginDescription", value);
    }

    /**
     * The title text for the login section. This field is optional and defaults to "Sign In".
     *
     * <p>CloudFormation property {@code LoginTitle}.
     */
    public LocalizedBrandingStrings loginTitle(String value) {
      return set("LoginTitle", Value.of(value));
    }

    /** Sets {@code LoginTitle} to this value; see {@link #loginTitle(String)}. */
    public LocalizedBrandingStrings loginTitle(Value<String> value) {
      return set("LoginTitle", value);
    }

    /**
     * The welcome text displayed on the sign-in page.
     *
     * <p>Required. CloudFormation property {@code WelcomeText}.
     */
    public LocalizedBrandingStrings welcomeText(String value) {
      return set("WelcomeText", Value.of(value));
    }

    /** Sets {@code WelcomeText} to this value; see {@link #welcomeText(String)}. */
    public LocalizedBrandingStrings welcomeText(Value<String> value) {
      return set("WelcomeText", value);
    }
  }

  /**
   * The configuration of the toolbar. This allows administrators to select the toolbar type and
   * visual mode, set maximum display resolution for sessions, and choose which items are visible to
   * end users during their sessions. If administrators do not modify these settings, end users
   * retain control over their toolbar preferences.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::UserSettings.ToolbarConfiguration}.
   */
  public static final class ToolbarConfiguration extends Struct<ToolbarConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserSettings.ToolbarConfiguration")
        .allowed("HiddenToolbarItems", "Windows", "DualMonitor", "FullScreen", "Webcam",
            "Microphone")
        .allowed("MaxDisplayResolution", "size4096X2160", "size3840X2160", "size3440X1440",
            "size2560X1440", "size1920X1080", "size1280X720", "size1024X768", "size800X600")
        .allowed("ToolbarType", "Floating", "Docked")
        .allowed("VisualMode", "Dark", "Light")
        .build();

    public ToolbarConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of toolbar items to be hidden.
     *
     * <p>Allowed values: {@code Windows}, {@code DualMonitor}, {@code FullScreen}, {@code Webcam},
     * {@code Microphone}. CloudFormation property {@code HiddenToolbarItems}.
     */
    public ToolbarConfiguration hiddenToolbarItems(List<String> value) {
      return set("HiddenToolbarItems", Value.listOf(value));
    }

    /** Sets {@code HiddenToolbarItems} to this value; see {@link #hiddenToolbarItems(List)}. */
    public ToolbarConfiguration hiddenToolbarItems(Value<List<String>> value) {
      return set("HiddenToolbarItems", value);
    }

    /**
     * The maximum display resolution that is allowed for the session.
     *
     * <p>Allowed values: {@code size4096X2160}, {@code size3840X2160}, {@code size3440X1440},
     * {@code size2560X1440}, {@code size1920X1080}, {@code size1280X720}, {@code size1024X768},
     * {@code size800X600}. CloudFormation property {@code MaxDisplayResolution}.
     */
    public ToolbarConfiguration maxDisplayResolution(String value) {
      return set("MaxDisplayResolution", Value.of(value));
    }

    /**
     * Sets {@code MaxDisplayResolution} to this value; see {@link #maxDisplayResolution(String)}.
     */
    public ToolbarConfiguration maxDisplayResolution(Value<String> value) {
      return set("MaxDisplayResolution", value);
    }

    /**
     * The type of toolbar displayed during the session.
     *
     * <p>Allowed values: {@code Floating}, {@code Docked}. CloudFormation property {@code
     * ToolbarType}.
     */
    public ToolbarConfiguration toolbarType(String value) {
      return set("ToolbarType", Value.of(value));
    }

    /** Sets {@code ToolbarType} to this value; see {@link #toolbarType(String)}. */
    public ToolbarConfiguration toolbarType(Value<String> value) {
      return set("ToolbarType", value);
    }

    /**
     * The visual mode of the toolbar.
     *
     * <p>Allowed values: {@code Dark}, {@code Light}. CloudFormation property {@code VisualMode}.
     */
    public ToolbarConfiguration visualMode(String value) {
      return set("VisualMode", Value.of(value));
    }

    /** Sets {@code VisualMode} to this value; see {@link #visualMode(String)}. */
    public ToolbarConfiguration visualMode(Value<String> value) {
      return set("VisualMode", value);
    }
  }
}
